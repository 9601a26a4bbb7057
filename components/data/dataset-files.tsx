import type { DatasetFileItem } from "@/lib/views";

/** The dataset's files, each with its size, row count and download link. */
export function DatasetFiles({ files }: { files: DatasetFileItem[] }) {
  return (
    <ul className="mt-3 divide-y divide-rule rounded-lg border border-rule bg-white" data-testid="dataset-files">
      {files.map((f) => (
        <li key={f.name} className="p-3 sm:p-4" data-testid="dataset-file" data-file={f.name}>
          <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
            <h3 className="font-semibold">
              {f.title} <span className="text-sm font-normal text-muted">({f.format})</span>
            </h3>
            <a href={f.href} download={f.downloadName} className="figures font-medium" aria-label={`Download ${f.name}: ${f.title} (${f.format}, ${f.size})`}>
              {f.name}
            </a>
          </div>
          <p className="figures mt-0.5 text-sm text-muted" data-testid="dataset-file-facts">
            {f.rows} · {f.size}
          </p>
          <p className="mt-1 text-sm">{f.description}</p>
        </li>
      ))}
    </ul>
  );
}
