import type { ReactNode } from "react";
import { documentHref, hostOf, safeHref } from "@/lib/format";

/** What any source in the record carries that says where it can be read. */
type Readable = { publisher: string; url: string | null; document?: string | null };

/**
 * Where a source can be read: its web page (http(s) only: `javascript:` and the like stay text),
 * else the copy of the document kept with the project (seeds/documents/), else nowhere. The one
 * place that decides it; SourceLink words it for each place a source is shown.
 */
export function sourceTarget(source: Readable): { kind: "web" | "document"; href: string } | null {
  const web = safeHref(source.url);
  if (web) return { kind: "web", href: web };
  return source.document ? { kind: "document", href: documentHref(source.document) } : null;
}

/** A web link opens in a new tab, and says so to a screen reader. */
function WebLink({ href, className }: { href: string; className?: string }) {
  return (
    <a href={href} rel="noopener noreferrer" target="_blank" {...(className ? { className } : {})}>
      {hostOf(href)}
      <span className="sr-only"> (opens in a new tab)</span>
    </a>
  );
}

/**
 * A source's link, worded for where it is shown:
 * - `card`: a deal page's source card (components/deal/source-list.tsx), "No link" when it has none;
 * - `item`: an entry in a list of sources (a later report's, a resolution's);
 * - `line`: the source line under a profile's fact, in brackets;
 * - `publisher`: the publisher's name as the link (a recipient's background facts);
 * - `cite`: a fact's "(source: …)" on a resolution card: the web page, or else `fallback` (the
 *   source's entry in the card's list, which offers the kept document).
 */
export function SourceLink({ source, variant, fallback = null }: { source: Readable; variant: "card" | "item" | "line" | "publisher" | "cite"; fallback?: ReactNode }) {
  const target = sourceTarget(source);
  switch (variant) {
    case "card":
      if (target?.kind === "web") {
        return (
          <p className="mt-1 break-all">
            <WebLink href={target.href} />
          </p>
        );
      }
      if (target) {
        return (
          <p className="mt-1">
            <a href={target.href} aria-label={`Read the document: ${source.publisher}`}>
              Read the document
            </a>{" "}
            <span className="text-muted">(no public link; a copy is kept with this project)</span>
          </p>
        );
      }
      return <p className="mt-1 text-muted">No link</p>;
    case "item":
    case "line": {
      const className = variant === "line" ? "underline" : undefined;
      if (target?.kind === "web") {
        return variant === "line" ? (
          <>
            {" "}
            (
            <WebLink href={target.href} className={className} />)
          </>
        ) : (
          <>
            {" "}
            <WebLink href={target.href} className="break-all" />
          </>
        );
      }
      if (target) {
        return (
          <>
            {" "}
            (
            <a href={target.href} {...(className ? { className } : {})}>
              read the document
            </a>
            , a copy kept with this project)
          </>
        );
      }
      return null;
    }
    case "publisher":
      return target ? (
        <a href={target.href} rel="noopener noreferrer">
          {source.publisher}
        </a>
      ) : (
        source.publisher
      );
    case "cite":
      return target?.kind === "web" ? <WebLink href={target.href} /> : fallback;
  }
}
