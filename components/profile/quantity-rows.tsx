"use client";

import { Link } from "@/components/ui/link";
import { Flag } from "@/components/ui/flag";
import { countryHref, dealHref } from "@/lib/format";

/** One row of a system's quantities table, formatted on the server. */
export type QuantityRowProps = {
  slug: string;
  /** "14 Nov 2026" */
  date: string;
  dateApproximate?: true;
  recipient: { code: string; name: string; kind: string };
  /** Quantity as shown ("1,200"), or null where the line gives none. */
  items: { quantity: string | null; upTo?: true; description: string }[];
};

/**
 * The rows of a system's quantities table (components/profile/quantity-table.tsx), a client
 * component for the payload's sake (docs/architecture.md#client-components-for-the-payloads-sake).
 */
export function QuantityRows({ rows }: { rows: QuantityRowProps[] }) {
  return rows.map((q) => (
    <tr key={q.slug}>
      <td>
        <Link href={dealHref(q.slug)}>{q.date}</Link>
        {q.dateApproximate && <span>approx.</span>}
      </td>
      <td>
        <Link href={countryHref(q.recipient.code)}>
          <Flag code={q.recipient.code} kind={q.recipient.kind} />
          {q.recipient.name}
        </Link>
      </td>
      <td>
        <ul>
          {q.items.map((i, n) => (
            <li key={n}>
              <strong>
                {i.upTo && "up to "}
                {i.quantity}
              </strong>{" "}
              {i.description}
            </li>
          ))}
        </ul>
      </td>
    </tr>
  ));
}
