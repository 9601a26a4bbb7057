import { describe, expect, it } from "vitest";
import { FILTER_KEYS } from "@/lib/filters";
import { KEEPS, NOT_IN_VIEWS } from "../../e2e/seed-data";

// The browser tests compute what a view should show with their own oracle (e2e/seed-data.ts:
// matching()), written from the seed files rather than from the app's SQL. It must know every
// filter the app has, or a view with a new filter would be checked against the wrong rows.
describe("the browser tests' oracle", () => {
  it("knows every filter of the table (but the search, the order and the page, which it leaves to the pages)", () => {
    expect([...Object.keys(KEEPS), ...NOT_IN_VIEWS].sort()).toEqual([...FILTER_KEYS].sort());
  });
});
