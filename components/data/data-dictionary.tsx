"use client";

import type { DictionaryEntry } from "@/lib/exports";

export type DictionaryFile = { name: string; title: string; entries: DictionaryEntry[] };

/**
 * The data dictionary: every column of every file, each with its type, meaning, unit, what an
 * empty value means and where it comes from. A file's columns fold away (a browser's find
 * still opens them), so the page starts short. A client component fed plain props, like the
 * other long lists: its hundreds of lines travel to the browser once as data, not again as an
 * element tree (docs/architecture.md, "Client components for the payload's sake").
 */
export function DataDictionary({ files }: { files: DictionaryFile[] }) {
  return (
    <div className="mt-3 space-y-3">
      {files.map((f) => (
        <details key={f.name} id={`dictionary-${f.name.replace(".", "-")}`} className="rounded-lg border border-rule bg-white" data-testid="dictionary-file" data-file={f.name}>
          <summary className="cursor-pointer p-3 font-semibold">
            <span className="figures">{f.name}</span> <span className="font-normal text-muted">· {f.title}, {f.entries.length} {f.entries.length === 1 ? "column" : "columns"}</span>
          </summary>
          <dl className="divide-y divide-rule border-t border-rule text-sm">
            {f.entries.map((e) => (
              <div key={e.name} className="px-3 py-2" data-testid="dictionary-entry">
                <dt>
                  <code className="font-semibold">{e.name}</code> <span className="text-muted">· {e.type}</span>
                </dt>
                <dd className="mt-0.5">{e.meaning}</dd>
                {e.unit && <dd className="text-muted">Unit: {e.unit}</dd>}
                {e.empty && <dd className="text-muted">Empty: {e.empty}</dd>}
                <dd className="text-muted">From: {e.origin}</dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </div>
  );
}
