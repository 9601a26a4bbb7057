import { flagHref } from "@/lib/format";
/** A recipient's flag, decorative (the name always sits beside it). Organisations get none. Styles: .flag in app/globals.css. */
export function Flag({ code, kind }: { code: string; kind: string }) {
  if (kind !== "country" || !/^[A-Z]{2}$/.test(code)) return <span aria-hidden="true" className="flag-none" />;
  // Lazy: React preloads every eager <img> from the head (72 flags on /countries), and each SVG flag
  // is a small document Chromium parses and lays out on the main thread before the page's own first
  // layout. Lazy, only the flags near the screen load, after it (issue 22, docs/benchmark.md).
  // eslint-disable-next-line @next/next/no-img-element -- a tiny cached SVG; next/image adds nothing here
  return <img src={flagHref(code)} alt="" width={21} height={14} className="flag" loading="lazy" decoding="async" />;
}
