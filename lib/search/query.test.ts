import { describe, expect, it } from "vitest";
import { highlightParts, MARK_END, MARK_START, matchExpression, searchTerms } from "./query";

describe("matchExpression", () => {
  it("turns each word into a quoted phrase, all required", () => {
    expect(matchExpression("Lockheed")).toBe('"lockheed"');
    expect(matchExpression("Zone 5")).toBe('"zone" "5"');
    expect(matchExpression("GMLRS pods")).toBe('"gmlrs" "pods"');
  });

  it("matches a hyphenated word as a phrase of its parts, the way the index splits it", () => {
    expect(matchExpression("air-to-air")).toBe('"air to air"');
    expect(matchExpression("AIM-120C-8")).toBe('"aim 120c 8"');
  });

  it("keeps a quoted phrase together, closed or not", () => {
    expect(matchExpression('"Lockheed Martin" Texas')).toBe('"lockheed martin" "texas"');
    expect(matchExpression('"Grand Prairie')).toBe('"grand prairie"');
  });

  it("never lets FTS5 syntax through: operators, quotes, stars, columns and NEAR are words or dropped", () => {
    const hostile = [
      'NEAR(" * ^x',
      "lockheed OR 1=1",
      "title:lockheed",
      "a AND NOT b",
      '""""',
      "-lockheed",
      "lock*",
      "(unbalanced",
      "'; DROP TABLE Notification; --",
      "{title summary}: x",
      "\u0000\u0001",
    ];
    for (const q of hostile) {
      const e = matchExpression(q);
      if (e === null) continue;
      // Only quoted runs of lower-case letters, digits and single spaces, separated by spaces.
      expect(e, q).toMatch(/^"[\p{Ll}\p{Lo}\p{N}]+(?: [\p{Ll}\p{Lo}\p{N}]+)*"(?: "[\p{Ll}\p{Lo}\p{N}]+(?: [\p{Ll}\p{Lo}\p{N}]+)*")*$/u);
    }
    expect(matchExpression("lockheed OR 1=1")).toBe('"lockheed" "or" "1 1"');
    expect(matchExpression("title:lockheed")).toBe('"title lockheed"');
    expect(matchExpression("lock*")).toBe('"lock"');
  });

  it("is null when nothing can be searched for, so a search of punctuation matches nothing", () => {
    expect(matchExpression("")).toBeNull();
    expect(matchExpression("   ")).toBeNull();
    expect(matchExpression('*** "" -- ()')).toBeNull();
  });

  it("keeps letters of any script and folds width variants", () => {
    expect(matchExpression("Türkiye")).toBe('"türkiye"');
    expect(matchExpression("ＧＭＬＲＳ")).toBe('"gmlrs"');
  });

  it("bounds the number of terms", () => {
    expect(searchTerms(Array.from({ length: 50 }, (_, i) => `w${i}`).join(" "))).toHaveLength(12);
  });
});

describe("highlightParts", () => {
  const m = (s: string) => `${MARK_START}${s}${MARK_END}`;

  it("splits marked text into plain and marked parts", () => {
    expect(highlightParts(`26 HIMARS with ${m("GMLRS")} and ER ${m("GMLRS")} pods`)).toEqual([
      { text: "26 HIMARS with ", mark: false },
      { text: "GMLRS", mark: true },
      { text: " and ER ", mark: false },
      { text: "GMLRS", mark: true },
      { text: " pods", mark: false },
    ]);
  });

  it("returns the text unmarked when nothing matched", () => {
    expect(highlightParts("no match here", "no match here")).toEqual([{ text: "no match here", mark: false }]);
  });

  it("falls back to the original text when the markers do not fit it", () => {
    expect(highlightParts(`a ${m("b")}`, "something else")).toEqual([{ text: "something else", mark: false }]);
  });

  it("keeps markup-looking text as text (the component renders it escaped)", () => {
    expect(highlightParts(`<script>${m("x")}</script>`)).toEqual([
      { text: "<script>", mark: false },
      { text: "x", mark: true },
      { text: "</script>", mark: false },
    ]);
  });
});
