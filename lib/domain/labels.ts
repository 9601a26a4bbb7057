import type { Chamber, FundingSource, ReportKind, SourceKind, Verdict } from "./kinds";

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
