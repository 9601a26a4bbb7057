import { flagHref } from "@/lib/format";
/** A recipient's flag, decorative (the name always sits beside it). Organisations get none. Styles: .flag in app/globals.css. */
export function Flag({ code, kind }: { code: string; kind: string }) {
  if (kind !== "country" || !/^[A-Z]{2}$/.test(code)) return <span aria-hidden="true" className="flag-none" />;
  // eslint-disable-next-line @next/next/no-img-element -- a tiny cached SVG; next/image adds nothing here
  return <img src={flagHref(code)} alt="" width={21} height={14} className="flag" />;
}
