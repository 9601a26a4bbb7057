import { Link } from "@/components/ui/link";
import { ArrowLeftIcon } from "./icons";

/** The breadcrumb back to an index ("All notifications"), its arrow drawn as SVG. */
export function BackLink({ href, children }: { href: string; children: string }) {
  return (
    <Link href={href} className="inline-flex items-center gap-1">
      <ArrowLeftIcon />
      {children}
    </Link>
  );
}
