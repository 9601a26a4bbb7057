import { describe, expect, it } from "vitest";
import { archivedCopy, compilationUrl, COMPILATIONS, sourcingOf } from "./sourcing";

describe("the three kinds of sourcing", () => {
  it("an official text with no compilation named is one the project read", () => {
    expect(sourcingOf([{ kind: "official-notice" }])).toBe("official-text");
    expect(sourcingOf([{ kind: "news-report" }, { kind: "congressional-record", via: null }])).toBe("official-text");
    expect(sourcingOf([{ kind: "federal-register" }])).toBe("official-text");
  });

  it("a record whose only official texts come through a compilation is 'as compiled'", () => {
    expect(sourcingOf([{ kind: "official-notice", via: "atlas" }])).toBe("official-compiled");
    expect(sourcingOf([{ kind: "news-report" }, { kind: "official-notice", via: "atlas" }, { kind: "federal-register", via: "atlas" }])).toBe("official-compiled");
  });

  it("one official text read by the project outweighs a compiled one", () => {
    expect(sourcingOf([{ kind: "official-notice", via: "atlas" }, { kind: "congressional-record" }])).toBe("official-text");
  });

  it("reporting, official context and official records (roll calls) are not an official text of the notification", () => {
    expect(sourcingOf([{ kind: "news-report" }, { kind: "official-record" }, { kind: "official-context" }, { kind: "unverified-report" }])).toBe("reporting-only");
    expect(sourcingOf([])).toBe("reporting-only");
  });

  it("names each compilation's file at its commit", () => {
    expect(COMPILATIONS.atlas.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(compilationUrl("atlas")).toBe("https://github.com/abhirocks06/atlas/blob/9ea034709f078020cee24cf91a43a081e37acbdf/data/fms_notifications.json");
  });
});

describe("archived copies", () => {
  it("a web.archive.org address is a copy of the address it names, captured on the day its timestamp gives", () => {
    expect(archivedCopy("https://web.archive.org/web/20110527065144id_/http://www.dsca.mil/PressReleases/36-b/2009/ROK_09-23.pdf")).toEqual({
      original: "http://www.dsca.mil/PressReleases/36-b/2009/ROK_09-23.pdf",
      capturedOn: "2011-05-27",
    });
    // A timestamp without its day still names a copy; the day is then unknown.
    expect(archivedCopy("http://web.archive.org/web/2019/https://www.dsca.mil/x")).toEqual({ original: "https://www.dsca.mil/x", capturedOn: null });
  });

  it("any other address is not", () => {
    expect(archivedCopy("https://media.defense.gov/2024/Dec/12/2003610667/-1/-1/0/AUSTRALIA_08-51.PDF")).toBeNull();
    expect(archivedCopy("https://www.archive.org/web/20110527065144/http://x")).toBeNull();
    expect(archivedCopy(null)).toBeNull();
  });
});
