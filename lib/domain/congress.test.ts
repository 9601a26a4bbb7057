import { describe, expect, it } from "vitest";
import { congressGovUrl, congressOrdinal, dealStage, memberName, resolutionLabel, resolutionOutcome, tallyText, unsplitSeats, type ResolutionVote } from "./congress";
import { reviewPeriod } from "./review-period";

const israel = { code: "IL", name: "Israel", nato: false, kind: "country" };
const vote = (over: Partial<ResolutionVote> = {}): ResolutionVote => ({
  chamber: "senate",
  on: "2024-11-20",
  question: "Motion to discharge the Committee on Foreign Relations",
  threshold: "simple-majority",
  yeas: 18,
  nays: 79,
  present: 1,
  notVoting: 2,
  result: "rejected",
  rollCall: 292,
  sourceKey: "kiche",
  ...over,
});

describe("resolution labels", () => {
  it("names, numbers and links a resolution as Congress does", () => {
    expect(resolutionLabel({ type: "sjres", number: 111 })).toBe("S.J.Res. 111");
    expect(resolutionLabel({ type: "hjres", number: 84 })).toBe("H.J.Res. 84");
    expect(congressOrdinal(118)).toBe("118th Congress");
    expect(congressOrdinal(121)).toBe("121st Congress");
    expect(congressOrdinal(111)).toBe("111th Congress");
    expect(congressGovUrl({ congress: 119, type: "sjres", number: 33 })).toBe("https://www.congress.gov/bill/119th-congress/senate-joint-resolution/33");
    expect(congressGovUrl({ congress: 119, type: "hjres", number: 84 })).toBe("https://www.congress.gov/bill/119th-congress/house-joint-resolution/84");
    expect(memberName({ name: "Bernie Sanders", party: "I", state: "VT" }, "senate")).toBe("Sen. Bernie Sanders (I-VT)");
    expect(memberName({ name: "Pramila Jayapal", party: "D", state: "WA" }, "house")).toBe("Rep. Pramila Jayapal (D-WA)");
  });

  it("writes a tally with the present and not voting a source gives, and counts the seats it leaves unsplit", () => {
    expect(tallyText(vote())).toBe("18–79, 1 present, 2 not voting");
    expect(tallyText(vote({ present: null, notVoting: null, yeas: 15, nays: 82 }))).toBe("15–82");
    expect(unsplitSeats(vote({ present: null, notVoting: null, yeas: 15, nays: 82 }))).toBe(3);
    expect(unsplitSeats(vote())).toBeNull();
  });

  it("says what came of it from its own record only", () => {
    expect(resolutionOutcome({ votes: [], becameLaw: null })).toEqual({ kind: "pending", text: "No floor vote recorded" });
    expect(resolutionOutcome({ votes: [vote()], becameLaw: null }).text).toBe("Motion to discharge rejected 18–79 on 20 November 2024");
    expect(resolutionOutcome({ votes: [vote({ on: null, yeas: 40, nays: 59 })], becameLaw: null }).text).toBe("Motion to discharge rejected 40–59");
    expect(resolutionOutcome({ votes: [vote({ question: "Passage", yeas: 60, nays: 38, result: "agreed" })], becameLaw: null }).text).toBe("Agreed to 60–38 in the Senate on 20 November 2024");
    expect(resolutionOutcome({ votes: [vote()], becameLaw: { on: "2025-01-10", publicLaw: "P.L. 119-1", sourceKey: "x" } })).toEqual({
      kind: "law",
      text: "Became law (P.L. 119-1) on 10 January 2025",
    });
  });
});

describe("where a sale stands", () => {
  const dates = { announcedOn: "2024-08-13", deliveredOn: null };

  it("a sale nobody challenged: notified, review over, not challenged, not blocked", () => {
    const review = reviewPeriod(israel, dates, false, "2025-01-01");
    const stage = dealStage(dates, review, []);
    expect(stage.label).toBe("Notified; review period over");
    expect(stage.steps.map((s) => [s.key, s.status])).toEqual([
      ["notified", "done"],
      ["review", "done"],
      ["congress", "none"],
      ["blocked", "none"],
    ]);
    expect(stage.steps[1]!.text).toBe("Over since 28 August 2024.");
    expect(stage.steps[3]!.text).toBe("No source shows the sale blocked.");
  });

  it("a running review says how many days are left, counted from the delivered date when known", () => {
    const d = { announcedOn: "2024-08-13", deliveredOn: "2024-08-12" };
    const stage = dealStage(d, reviewPeriod(israel, d, false, "2024-08-20"), []);
    expect(stage.label).toBe("Notified; review period running");
    expect(stage.steps[0]!.text).toBe("Delivered to Congress 12 August 2024.");
    expect(stage.steps[1]).toMatchObject({ status: "current", text: "Running: 7 days left (ends 27 August 2024)." });
  });

  it("an emergency sale had no review period", () => {
    const stage = dealStage(dates, reviewPeriod(israel, dates, true, "2025-01-01"), []);
    expect(stage.steps[1]).toMatchObject({ status: "waived" });
    expect(stage.label).toBe("Notified under an emergency (no review period)");
  });

  it("a challenged sale is challenged, and not blocked unless a resolution became law", () => {
    const review = reviewPeriod(israel, dates, false, "2025-01-01");
    const challenged = dealStage(dates, review, [{ type: "sjres", number: 111, votes: [vote()], becameLaw: null }]);
    expect(challenged.label).toBe("Challenged in Congress");
    expect(challenged.steps[2]).toMatchObject({ status: "current", text: "A joint resolution of disapproval was introduced (S.J.Res. 111); a floor vote rejected it." });
    expect(challenged.steps[3]!.status).toBe("none");
    const blocked = dealStage(dates, review, [{ type: "sjres", number: 111, votes: [vote({ yeas: 60, nays: 39, notVoting: 0, present: 1, result: "agreed" })], becameLaw: { on: "2025-01-10", publicLaw: "P.L. 119-1", sourceKey: "x" } }]);
    expect(blocked.label).toBe("Blocked by Congress");
    expect(blocked.steps[3]).toMatchObject({ status: "done", text: "Blocked by S.J.Res. 111, enacted as P.L. 119-1." });
  });

  it("does not claim a sale from before 2023 went unchallenged: the record does not cover it", () => {
    const d = { announcedOn: "2019-07-30", deliveredOn: null };
    const stage = dealStage(d, reviewPeriod(israel, d, false, "2025-01-01"), []);
    expect(stage.steps[2]!.text).toMatch(/^Not known: the record lists resolutions of disapproval from 2023/);
  });
});
