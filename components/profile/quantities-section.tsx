import type { SystemProfile } from "@/lib/domain";
import { plural } from "@/lib/format";
import { ListWindow } from "./list-window";
import { QuantityTable } from "./quantity-table";

/** The major defense equipment each notification lists for a system, oldest first: its quantities over time. */
export function QuantitiesSection({ profile, timelineHref }: { profile: SystemProfile; timelineHref: string }) {
  const { system, quantities, quantityCount, notificationCount } = profile;
  const without = notificationCount - quantityCount;
  return (
    <section aria-labelledby="quantities-heading" className="mt-10">
      <h2 id="quantities-heading" className="font-serif text-xl font-semibold">
        Quantities over time
      </h2>
      <p className="mt-1 text-sm text-muted">
        {`Major defense equipment each notification lists for the ${system.name}, oldest first, as the record gives it.`}
        {without > 0 && ` ${plural(without, "notification gives", "notifications give")} no quantity for it (a support or sustainment case, or quantities not reported).`}
      </p>
      <ListWindow shown={quantities.length} total={quantityCount} href={timelineHref} testId="quantities-window" />
      {quantities.length > 0 ? (
        <div className="mt-3 overflow-x-auto rounded-lg border border-rule bg-white">
          <QuantityTable quantities={quantities} />
        </div>
      ) : (
        <p className="mt-3 rounded-lg border border-dashed border-rule bg-white p-4 text-sm">{`No notification in the record gives a quantity for the ${system.name}.`}</p>
      )}
    </section>
  );
}
