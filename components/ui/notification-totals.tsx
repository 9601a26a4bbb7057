import { plural } from "@/lib/format";
import { Usd } from "./money";

/**
 * The one summary sentence of a view: "12 notifications to 3 recipients, worth US$4.2 billion in
 * estimated value", "5 notifications since 1 October 2023, worth …". The caller adds what follows
 * (a headline, the full stop). The timeline's count line (components/timeline/results-summary.tsx)
 * is a status line of its own, without the comma.
 */
export function NotificationTotals({ count, valueUsd, recipients, since }: { count: number; valueUsd: bigint; recipients?: number; since?: string }) {
  return (
    <>
      <strong className="figures">{plural(count, "notification", "notifications")}</strong>
      {since ? ` since ${since}` : null}
      {recipients === undefined ? null : (
        <>
          {" to "}
          <strong className="figures">{plural(recipients, "recipient", "recipients")}</strong>
        </>
      )}
      {count > 0 ? (
        <>
          {", worth "}
          <strong>
            <Usd amount={valueUsd} />
          </strong>
          {" in estimated value"}
        </>
      ) : null}
    </>
  );
}
