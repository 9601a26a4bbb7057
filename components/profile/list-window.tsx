import { Link } from "@/components/ui/link";
import { ArrowRightIcon } from "@/components/ui/icons";

/**
 * Says that a profile's list is a window on the newest rows, and where all of them are: the
 * timeline, filtered to the recipient or system, pages through every one. Renders nothing
 * when the list is complete.
 */
export function ListWindow({ shown, total, href, testId }: { shown: number; total: number; href: string; testId: string }) {
  if (shown >= total) return null;
  return (
    <p className="mt-2 text-sm" data-testid={testId}>
      Showing the newest {shown.toLocaleString("en-US")} of {total.toLocaleString("en-US")} — <Link href={href} className="inline-flex items-center gap-1">
        see all on the timeline
        <ArrowRightIcon />
      </Link>
    </p>
  );
}
