import { Link } from "@/components/ui/link";
import { PAGE_HREF } from "@/lib/format";

export const metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="figures text-sm font-semibold uppercase tracking-wide text-muted">404</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">No such page</h1>
      <p className="mt-3 text-muted">There is no notification or page at this address. It may have been mistyped, or the record renamed.</p>
      <p className="mt-6">
        <Link href={PAGE_HREF.timeline} className="rounded-md bg-accent px-4 py-2 font-semibold text-white no-underline">
          Browse all notifications
        </Link>
      </p>
    </div>
  );
}
