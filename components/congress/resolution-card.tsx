import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { Usd } from "@/components/ui/money";
import {
  CHAMBER_NAME,
  chamberOf,
  congressGovUrl,
  congressOrdinal,
  memberName,
  resolutionLabel,
  resolutionOutcome,
  tallyText,
  unsplitSeats,
  type ResolutionDetail,
} from "@/lib/domain";
import { dealHref, formatLongDate } from "@/lib/format";
import { SourceItem } from "@/components/deal/source-item";
import { SourceLink } from "@/components/ui/source-link";


const OUTCOME_STYLE = {
  law: "bg-red-50 text-red-900 border-red-300",
  voted: "bg-slate-100 text-ink border-rule",
  pending: "bg-white text-muted border-rule",
} as const;

/** The anchor of a resolution's source, so each fact can point at the source that gives it. */
const sourceAnchor = (id: string, key: string) => `${id}-source-${key}`;

function ResolutionSourceLink({ resolution, sourceKey }: { resolution: ResolutionDetail; sourceKey: string }) {
  const source = resolution.sources.find((s) => s.key === sourceKey);
  if (!source) return null;
  return (
    <span className="text-xs text-muted">
      {" "}
      (source: <SourceLink source={source} variant="cite" fallback={<a href={`#${sourceAnchor(resolution.id, sourceKey)}`}>{source.publisher}</a>} />
      )
    </span>
  );
}

/**
 * One joint resolution of disapproval: number, sponsor, date introduced, what it would block,
 * what happened, each floor vote, and its sources. `showSales` lists the sales it is aimed at
 * (on /congress; a deal page already is the sale). `headingLevel` keeps the outline of the page it is on.
 */
export function ResolutionCard({ resolution: r, showSales, headingLevel }: { resolution: ResolutionDetail; showSales: boolean; headingLevel: 3 | 4 }) {
  const Heading = headingLevel === 3 ? "h3" : "h4";
  const chamber = chamberOf(r);
  const outcome = resolutionOutcome(r);
  const official = congressGovUrl(r);
  return (
    <article id={r.id} aria-labelledby={`${r.id}-heading`} className="rounded-lg border border-rule bg-white p-4 text-sm" data-testid="resolution">
      <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <Heading id={`${r.id}-heading`} className="font-serif text-lg font-semibold">
          {resolutionLabel(r)} <span className="text-sm font-normal text-muted">({congressOrdinal(r.congress)})</span>
        </Heading>
        <p className={`rounded border px-2 py-0.5 text-xs font-semibold ${OUTCOME_STYLE[outcome.kind]}`} data-testid="resolution-outcome">
          {outcome.text}
        </p>
      </header>
      <p className="mt-1">{r.summary}</p>
      <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1">
        <dt className="text-muted">Sponsor</dt>
        <dd>{memberName(r.sponsor, chamber)}</dd>
        {r.cosponsors.length > 0 && (
          <>
            <dt className="text-muted">Co-sponsors named</dt>
            <dd>{r.cosponsors.map((m) => memberName(m, chamber)).join(", ")}</dd>
          </>
        )}
        <dt className="text-muted">Introduced</dt>
        <dd className="figures">{r.introducedOn ? <time dateTime={r.introducedOn}>{formatLongDate(r.introducedOn)}</time> : <span className="text-muted">date not given by the sources</span>}</dd>
        <dt className="text-muted">Names the sale as</dt>
        <dd>{r.sales.map((s) => s.named).join("; ")}</dd>
      </dl>

      {showSales && (
        <div className="mt-3">
          <p className="font-semibold">Aimed at</p>
          <ul className="mt-1 space-y-1">
            {r.sales.map((s) => (
              <li key={s.slug} className="flex flex-wrap items-baseline gap-x-2">
                <Flag code={s.recipient.code} kind={s.recipient.kind} />
                <Link href={dealHref(s.slug)}>
                  {s.recipient.name}: {s.title}
                </Link>
                <span className="figures text-muted">
                  <Usd amount={s.estimatedValueUsd} />, announced {formatLongDate(s.announcedOn)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}

      {r.actions.length > 0 && (
        <div className="mt-3">
          <p className="font-semibold">What happened</p>
          <ul className="mt-1 list-disc space-y-1 pl-5">
            {r.actions.map((a, i) => (
              <li key={i}>
                {a.on ? (
                  <time dateTime={a.on} className="figures">
                    {formatLongDate(a.on)}
                  </time>
                ) : (
                  <span className="text-muted">Date not given</span>
                )}
                : {a.text}
                <ResolutionSourceLink resolution={r} sourceKey={a.sourceKey} />
              </li>
            ))}
          </ul>
        </div>
      )}

      {r.votes.length > 0 ? (
        <div className="mt-3">
          <table className="figures w-full border-collapse text-left" data-testid="votes">
            <caption className="text-left font-semibold">Floor votes</caption>
            <thead>
              <tr className="border-b border-rule text-xs text-muted">
                <th scope="col" className="py-1 pr-3 font-medium">
                  Date
                </th>
                <th scope="col" className="py-1 pr-3 font-medium">
                  Question
                </th>
                <th scope="col" className="py-1 font-medium">
                  Result (yeas–nays)
                </th>
              </tr>
            </thead>
            <tbody>
              {r.votes.map((v, i) => {
                const rest = unsplitSeats(v);
                return (
                  <tr key={i} className="border-b border-rule align-top last:border-0" data-testid="vote">
                    <td className="py-1 pr-3">{v.on ? <time dateTime={v.on}>{formatLongDate(v.on)}</time> : <span className="text-muted">not given</span>}</td>
                    <td className="py-1 pr-3">
                      {v.question} ({CHAMBER_NAME[v.chamber]}
                      {v.rollCall ? `, roll call ${v.rollCall}` : ""})
                    </td>
                    <td className="py-1">
                      <strong>{v.result === "agreed" ? "Agreed to" : "Rejected"}</strong> {tallyText(v)}
                      {rest ? <span className="block text-xs text-muted">{rest} not split between present and not voting</span> : null}
                      <ResolutionSourceLink resolution={r} sourceKey={v.sourceKey} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="mt-3 text-muted">No floor vote is recorded.</p>
      )}

      {r.becameLaw && (
        <p className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-red-900">
          Became law as {r.becameLaw.publicLaw} on {formatLongDate(r.becameLaw.on)}.
          <ResolutionSourceLink resolution={r} sourceKey={r.becameLaw.sourceKey} />
        </p>
      )}

      {(r.notes || r.lowConfidence) && (
        <p className="mt-3 rounded border border-amber-300 bg-amber-50 p-2 text-amber-950">
          {r.lowConfidence && <strong>Low confidence. </strong>}
          {r.notes}
        </p>
      )}

      <details className="mt-3">
        <summary className="cursor-pointer font-semibold">Sources ({r.sources.length})</summary>
        <ul className="mt-2 space-y-2">
          <li>
            <a href={official} rel="noopener noreferrer" target="_blank">
              {resolutionLabel(r)} on congress.gov
              <span className="sr-only"> (opens in a new tab)</span>
            </a>{" "}
            <span className="text-muted">(the official record of its text and actions)</span>
          </li>
          {r.sources.map((s) => (
            <SourceItem key={s.key} id={sourceAnchor(r.id, s.key)} source={s} />
          ))}
        </ul>
      </details>
    </article>
  );
}
