import { CopyTextButton } from "@/components/share/copy-text-button";
import type { Citation } from "@/lib/exports";
import { formatLongDate } from "@/lib/format";

/**
 * How to cite the record, in three formats, each a `<details>` of preformatted text that works
 * with JavaScript off (select and copy it); a Copy button is added where JavaScript runs.
 */
export function CiteRecord({ citation, accessedOn }: { citation: Citation; accessedOn: string }) {
  const formats = [
    { id: "cite-text", label: "Plain text", body: citation.text, open: true },
    { id: "cite-bibtex", label: "BibTeX", body: citation.bibtex, open: false },
    // A CSL-JSON file is a list of items: this one pastes as a whole file (Zotero, Pandoc).
    { id: "cite-csl", label: "CSL-JSON", body: JSON.stringify([citation.csl], null, 2), open: false },
  ];
  return (
    <section aria-labelledby="cite-heading" className="mt-10" data-testid="cite-record">
      <h2 id="cite-heading" className="font-serif text-xl font-semibold">
        Cite this record
      </h2>
      <p className="mt-1 text-sm text-muted">
        Its address is stable. The retrieval date is today in Washington, {formatLongDate(accessedOn)}: the record may change as sources are found, so cite the day you read it.
      </p>
      <div className="mt-3 space-y-2">
        {formats.map((f) => (
          <details key={f.id} open={f.open} className="rounded-lg border border-rule bg-white text-sm">
            <summary className="cursor-pointer px-4 py-2 font-medium">{f.label}</summary>
            <div className="border-t border-rule px-4 py-3">
              <pre id={f.id} className="whitespace-pre-wrap break-words font-mono text-xs leading-relaxed [overflow-wrap:anywhere]">
                {f.body}
              </pre>
              <div className="mt-2">
                <CopyTextButton target={f.id} label={`Copy ${f.label}`} />
              </div>
            </div>
          </details>
        ))}
      </div>
    </section>
  );
}
