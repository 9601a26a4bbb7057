import { Fragment } from "react";
import type { TextPart } from "@/lib/domain";

/** A part of a text as a client component is sent it: `mark` only where it is true. */
export type ShownPart = { text: string; mark?: true };

/** Text with the parts a search matched in `<mark>` (styled in app/globals.css); React escapes every part. */
export function Highlight({ parts }: { parts: (TextPart | ShownPart)[] }) {
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <Fragment key={i}>{p.text}</Fragment>))}</>;
}
