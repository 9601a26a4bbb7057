import type { Chamber, FundingSource, ReportKind, SourceKind, Sourcing, Verdict } from "./kinds";

/** What each kind in the record is called where a reader sees it. Styles and icons stay with the components (components/deal/kind-styles.ts). */

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  "official-notice": "Official notice",
  "congressional-record": "Congressional Record",
  "federal-register": "Federal Register",
  "official-record": "Official record",
  "news-report": "News report",
  "official-context": "Official context",
  "unverified-report": "Unverified report",
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  confirmed: "Confirmed",
  consistent: "Consistent",
  unsupported: "Unsupported",
  contradicted: "Contradicted",
};

export const FUNDING_LABEL: Record<FundingSource, string> = {
  "national-funds": "National funds",
  fmf: "Foreign Military Financing (FMF)",
  "partner-funds": "Partners' funds",
};

export const REPORT_KIND_LABEL: Record<ReportKind, string> = {
  "enhancement-or-upgrade": "Enhancement or upgrade",
  "cost-increase": "Cost increase",
  correction: "Correction",
};

export const CHAMBER_NAME: Record<Chamber, string> = { senate: "Senate", house: "House" };

/** The three kinds of sourcing, as a deal page's badge names them. */
export const SOURCING_LABEL: Record<Sourcing, string> = {
  "official-text": "official text",
  "official-compiled": "official release as compiled",
  "reporting-only": "reporting only",
};

/** What each means, in a line under the badge. */
export const SOURCING_EXPLANATION: Record<Sourcing, string> = {
  "official-text": "The project read an official text of this notification itself: the release, the Congressional Record or the Federal Register.",
  "official-compiled": "The facts come from the official release as a published compilation gives them; the project has not yet checked them against the release's text.",
  "reporting-only": "No official text of this notification is among its sources: the facts rest on reporting of it.",
};
