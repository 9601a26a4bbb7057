import { Fragment } from "react";
import type { TextPart } from "@/lib/domain";

/** Text with the parts a search matched in `<mark>` (styled in app/globals.css); React escapes every part. */
export function Highlight({ parts }: { parts: TextPart[] }) {
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}</>;
}
