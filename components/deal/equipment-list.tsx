import type { LineItem } from "@/lib/domain";

export function EquipmentList({ mde, other }: { mde: LineItem[]; other: string[] }) {
  return (
    <section aria-labelledby="equipment-heading">
      <h2 id="equipment-heading" className="font-serif text-xl font-semibold">
        What was notified
      </h2>
      <h3 className="mt-3 text-sm font-semibold uppercase tracking-wide text-muted">Major defense equipment</h3>
      {mde.length > 0 ? (
        <table className="mt-2 w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-rule text-left text-muted">
              <th scope="col" className="w-28 py-1.5 pr-3 text-right font-medium">
                Quantity
              </th>
              <th scope="col" className="py-1.5 font-medium">
                Item
              </th>
            </tr>
          </thead>
          <tbody>
            {mde.map((item, i) => (
              <tr key={i} className="border-b border-rule/70 align-top" data-testid="mde-line">
                <td className="figures py-1.5 pr-3 text-right font-semibold">
                  {item.quantity === null ? (
                    <span className="font-normal text-muted">not stated</span>
                  ) : (
                    <>
                      {item.upTo && <span className="font-normal text-muted">up to </span>}
                      {item.quantity.toLocaleString("en-US")}
                    </>
                  )}
                </td>
                <td className="py-1.5">{item.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="mt-1 text-sm text-muted">No major defense equipment lines are recorded for this notification.</p>
      )}
      <h3 className="mt-5 text-sm font-semibold uppercase tracking-wide text-muted">Also included</h3>
      {other.length > 0 ? (
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
          {other.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ) : (
        <p className="mt-1 text-sm text-muted">The sources do not list the other items.</p>
      )}
    </section>
  );
}
