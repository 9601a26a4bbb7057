import { CheckIcon, CircleIcon, DashIcon, DotIcon } from "@/components/ui/icons";
import type { DealStage } from "@/lib/domain";

/** Drawn as SVG (components/ui/icons.tsx); the status is said in words beside it. */
const MARK = { done: CheckIcon, current: DotIcon, waived: DashIcon, none: CircleIcon } as const;
const MARK_STYLE = {
  done: "bg-emerald-100 text-emerald-900",
  current: "bg-accent-soft text-accent",
  waived: "bg-amber-100 text-amber-900",
  none: "bg-slate-100 text-muted",
} as const;
const STATUS_TEXT = { done: "done", current: "current", waived: "waived", none: "not shown by any source" } as const;

function StageMark({ status }: { status: keyof typeof MARK }) {
  const Mark = MARK[status];
  return <Mark />;
}

/** Where the sale stands as far as public sources show, inside the review panel. */
export function DealStageList({ stage }: { stage: DealStage }) {
  return (
    <div className="mt-4 border-t border-rule pt-3" data-testid="deal-stage">
      <h3 className="font-semibold">Where it stands</h3>
      <p className="mt-1 font-medium" data-testid="deal-stage-label">
        {stage.label}
      </p>
      <ol className="mt-2 space-y-2">
        {stage.steps.map((step) => (
          <li key={step.key} className="grid grid-cols-[1.5rem_1fr] gap-x-2" data-testid={`stage-${step.key}`} data-status={step.status}>
            <span aria-hidden="true" className={`mt-0.5 flex h-5 w-5 items-center justify-center rounded-full text-xs ${MARK_STYLE[step.status]}`}>
              <StageMark status={step.status} />
            </span>
            <span>
              <strong>{step.title}</strong>
              <span className="sr-only"> ({STATUS_TEXT[step.status]})</span>: {step.text}
            </span>
          </li>
        ))}
      </ol>
      <p className="mt-3 text-xs text-muted">
        A notification is not a contract: the buyer may still sign, change or drop the sale, and the record does not follow letters of offer, contracts or deliveries.
      </p>
    </div>
  );
}
