"use client";

// Shown when a page cannot be rendered, e.g. the database is unreachable. Production builds
// pass only a digest to the client, never the server's message or stack; the digest matches
// the line in the server log.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="figures text-sm font-semibold uppercase tracking-wide text-muted">Error</p>
      <h1 className="mt-2 font-serif text-3xl font-semibold">This page could not be loaded</h1>
      <p className="mt-3 text-muted">
        The notifications could not be read just now. Try again in a moment; if it keeps happening, the site&rsquo;s
        database may be unavailable.
      </p>
      {error.digest ? <p className="figures mt-2 text-sm text-muted">Reference: {error.digest}</p> : null}
      <p className="mt-6">
        <button type="button" onClick={reset} className="rounded-md bg-accent px-4 py-2 font-semibold text-white">
          Try again
        </button>
      </p>
    </div>
  );
}
