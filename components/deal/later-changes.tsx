import { ArrowRightIcon } from "@/components/ui/icons";
import { Usd } from "@/components/ui/money";
import { formatLongDate } from "@/lib/format";
import { REPORT_KIND_LABEL, type ReportDetail } from "@/lib/domain";
import { SourceItem } from "./source-item";

/**
 * Reports Congress received about this sale after it was notified (§36(b)(5)(C) enhancements or
 * upgrades, cost increases) and corrections of its published text, oldest first, each with
 * its date, what changed and its sources.
 */
export function LaterChanges({ reports }: { reports: ReportDetail[] }) {
  if (reports.length === 0) return null;
  return (
    <section aria-labelledby="changes-heading" className="mt-10">
      <h2 id="changes-heading" className="font-serif text-xl font-semibold">
        Later changes <span className="figures text-base font-normal text-muted">({reports.length})</span>
      </h2>
      <p className="mt-1 text-sm text-muted">Reports to Congress on this sale after its notification, and corrections of its published text.</p>
      <ol className="mt-4 space-y-3">
        {reports.map((r) => (
          <li key={r.slug} id={`change-${r.slug}`} className="rounded-lg border border-rule bg-white p-4 text-sm" data-testid="later-change">
            <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-muted">
              <span className="rounded bg-violet-100 px-1.5 text-xs font-semibold text-violet-900">{REPORT_KIND_LABEL[r.kind]}</span>
              <time dateTime={r.reportedOn} className="figures">
                {formatLongDate(r.reportedOn)}
              </time>
              {r.transmittalNumber && <span className="figures">Transmittal {r.transmittalNumber}</span>}
            </p>
            <h3 className="mt-1 font-semibold">{r.title}</h3>
            <p className="mt-1">{r.description}</p>
            {(r.valueBeforeUsd !== null || r.valueAfterUsd !== null) && (
              <p className="figures mt-1" data-testid="later-change-value">
                Estimated value: {r.valueBeforeUsd !== null ? <Usd amount={r.valueBeforeUsd} exact /> : "not given"}{" "}
                <ArrowRightIcon />
                <span className="sr-only">to</span>{" "}
                <strong>{r.valueAfterUsd !== null ? <Usd amount={r.valueAfterUsd} exact /> : "not given"}</strong>
              </p>
            )}
            <dl className="figures mt-2 grid grid-cols-[auto_1fr] gap-x-3 text-muted">
              {r.deliveredOn && (
                <>
                  <dt>Delivered to Congress</dt>
                  <dd>{formatLongDate(r.deliveredOn)}</dd>
                </>
              )}
              {r.congressionalRecordOn && (
                <>
                  <dt>Printed in the Congressional Record</dt>
                  <dd>{formatLongDate(r.congressionalRecordOn)}</dd>
                </>
              )}
              {r.federalRegisterOn && (
                <>
                  <dt>Published in the Federal Register</dt>
                  <dd>{formatLongDate(r.federalRegisterOn)}</dd>
                </>
              )}
            </dl>
            {r.notes && <p className="mt-2 text-muted">{r.notes}</p>}
            <ul className="mt-2 space-y-1">
              {r.sources.map((s) => (
                <SourceItem key={s.key} source={s} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
