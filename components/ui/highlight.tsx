import { Fragment } from "react";
import type { TextPart } from "@/lib/definitions";

/** Text with the parts a search matched in `<mark>`; React escapes every part. */
export function Highlight({ parts }: { parts: TextPart[] }) {
  return (
    <>
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink">
            {p.text}
          </mark>
        ) : (
          <Fragment key={i}>{p.text}</Fragment>
        ),
      )}
    </>
  );
}
