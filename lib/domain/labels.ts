import type { ReactNode } from "react";
import { ApproximatelyIcon, CheckIcon, CrossIcon, QuestionIcon } from "@/components/ui/icons";
import type { FundingSource, ReportKind, SourceKind, Verdict } from "@/lib/definitions";

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  "official-notice": "Official notice",
  "congressional-record": "Congressional Record",
  "federal-register": "Federal Register",
  "official-record": "Official record",
  "news-report": "News report",
  "official-context": "Official context",
  "unverified-report": "Unverified report",
};

export const SOURCE_KIND_STYLE: Record<SourceKind, string> = {
  "official-notice": "bg-emerald-100 text-emerald-900",
  "congressional-record": "bg-emerald-100 text-emerald-900",
  "federal-register": "bg-emerald-100 text-emerald-900",
  "official-record": "bg-teal-100 text-teal-900",
  "news-report": "bg-sky-100 text-sky-900",
  "official-context": "bg-violet-100 text-violet-900",
  "unverified-report": "bg-amber-100 text-amber-900",
};

export const VERDICT_LABEL: Record<Verdict, string> = {
  confirmed: "Confirmed",
  consistent: "Consistent",
  unsupported: "Unsupported",
  contradicted: "Contradicted",
};

export const VERDICT_STYLE: Record<Verdict, string> = {
  confirmed: "border-emerald-300 bg-emerald-50 text-emerald-900",
  consistent: "border-sky-300 bg-sky-50 text-sky-900",
  unsupported: "border-amber-300 bg-amber-50 text-amber-900",
  contradicted: "border-red-300 bg-red-50 text-red-900",
};

/** Drawn as SVG (components/ui/icons.tsx) beside the verdict's word, which carries the meaning. */
export const VERDICT_ICON: Record<Verdict, (props: { className?: string }) => ReactNode> = {
  confirmed: CheckIcon,
  consistent: ApproximatelyIcon,
  unsupported: QuestionIcon,
  contradicted: CrossIcon,
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
