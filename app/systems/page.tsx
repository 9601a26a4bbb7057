import { SystemCategories } from "@/components/profile/system-categories";
import { TablesLinks } from "@/components/ui/tables-links";
import { PAGE_HREF } from "@/lib/format";
import { loadSystems, systemsMetadata } from "@/lib/views";

export const metadata = systemsMetadata;

export default async function SystemsPage() {
  const { data: categories } = await loadSystems();
  return (
    <div className="mx-auto max-w-4xl">
      <h1 className="font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Weapon systems</h1>
      <p className="mt-2 text-muted">
        Every system in the record, by category. Each page lists who was notified for it, quantities and values over time. A notification
        that lists several systems counts for each; its value is the whole notification&apos;s.
      </p>
      <TablesLinks page={PAGE_HREF.systems} what="Every system's figures" />
      <SystemCategories categories={categories} />
    </div>
  );
}
