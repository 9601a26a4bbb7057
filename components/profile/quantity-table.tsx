import { QuantityRows, type QuantityRowProps } from "./quantity-rows";
import { formatShortDate } from "@/lib/format";
import type { SystemQuantity } from "@/lib/domain";

/** A system's quantities over time: date, recipient, and the equipment lines with their quantities. Styles: .quantity-table in app/globals.css. */
export function QuantityTable({ quantities }: { quantities: SystemQuantity[] }) {
  const rows = quantities.map(
    (q): QuantityRowProps => ({
      slug: q.slug,
      date: formatShortDate(q.announcedOn),
      ...(q.dateApproximate ? { dateApproximate: true } : {}),
      recipient: { code: q.recipient.code, name: q.recipient.name, kind: q.recipient.kind },
      items: q.items.map((i) => ({ quantity: i.quantity?.toLocaleString("en-US") ?? null, ...(i.upTo ? { upTo: true } : {}), description: i.description })),
    }),
  );
  return (
    <table className="quantity-table" data-testid="quantities">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">Recipient</th>
          <th scope="col">Equipment</th>
        </tr>
      </thead>
      <tbody>
        <QuantityRows rows={rows} />
      </tbody>
    </table>
  );
}
