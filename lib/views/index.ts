/**
 * A function from a URL to a view, for each page: `load<Page>(params)` answers with the page's
 * data, a redirect to the canonical address, or not found (view.ts), and `<page>Metadata` with
 * its `<head>`. Pages, the bench (scripts/bench/routes.ts) and tests call the same loaders.
 * Server-only: built on lib/queries.
 */
import "server-only";
export * from "./changes";
export * from "./congress";
export * from "./contractors";
export * from "./countries";
export * from "./country";
export * from "./coverage";
export * from "./data";
export * from "./deal";
export * from "./exports";
export type { FiscalYearHistory } from "./history";
export * from "./system";
export * from "./systems";
export * from "./tables";
export * from "./timeline";
export * from "./view";
export * from "./years";
export * from "./filter-options";
export * from "./panel-actions";
