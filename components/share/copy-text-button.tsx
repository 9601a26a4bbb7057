"use client";

import { useEffect, useState, useSyncExternalStore } from "react";

/**
 * Copies the text of the element `target` names (a citation's `<pre>`). A progressive
 * enhancement: the text is on the page to select and copy by hand, and without JavaScript the
 * button is never shown (it renders only once the browser has run this component).
 */
export function CopyTextButton({ target, label }: { target: string; label: string }) {
  // False on the server and while hydrating, true once running in a browser with a clipboard.
  const ready = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.clipboard?.writeText === "function",
    () => false,
  );
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  useEffect(() => {
    if (status === "idle") return;
    const t = window.setTimeout(() => setStatus("idle"), 4000);
    return () => window.clearTimeout(t);
  }, [status]);

  if (!ready) return null;
  async function copy() {
    try {
      await navigator.clipboard.writeText(document.getElementById(target)?.textContent ?? "");
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }
  return (
    <span className="inline-flex items-center gap-2">
      <button type="button" onClick={copy} className="rounded-md border border-rule bg-white px-2.5 py-1 text-sm font-medium text-ink shadow-sm hover:border-accent focus-visible:border-accent">
        {label}
      </button>
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === "copied" ? "Copied" : status === "failed" ? "Could not copy: select the text instead" : ""}
      </span>
    </span>
  );
}

const noSubscription = () => () => {};
