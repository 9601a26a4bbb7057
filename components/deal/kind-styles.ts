import type { ReactNode } from "react";
import { ApproximatelyIcon, CheckIcon, CrossIcon, QuestionIcon } from "@/components/ui/icons";
import type { SourceKind, Sourcing, Verdict } from "@/lib/domain";

/** How a source kind and a claim's verdict look: badge colours and the verdict's icon. Their words are in lib/domain/labels.ts. */

export const SOURCE_KIND_STYLE: Record<SourceKind, string> = {
  "official-notice": "bg-emerald-100 text-emerald-900",
  "congressional-record": "bg-emerald-100 text-emerald-900",
  "federal-register": "bg-emerald-100 text-emerald-900",
  "official-record": "bg-teal-100 text-teal-900",
  "news-report": "bg-sky-100 text-sky-900",
  "official-context": "bg-violet-100 text-violet-900",
  "unverified-report": "bg-amber-100 text-amber-900",
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

/** The deal page's badge for each kind of sourcing (lib/domain/sourcing.ts). */
export const SOURCING_STYLE: Record<Sourcing, string> = {
  "official-text": "bg-emerald-100 text-emerald-900",
  "official-compiled": "bg-teal-100 text-teal-900",
  "reporting-only": "bg-slate-100 text-ink",
};
