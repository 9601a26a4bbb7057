"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import { LinkIcon } from "@/components/ui/icons";

/**
 * Copies the address of the current view. Where the browser has the Web Share API (phones,
 * mostly) a Share button sits beside it. Without JavaScript the address bar already holds
 * the shareable link, so the button is simply inert.
 */
export function CopyLinkButton({ label = "Copy link", title }: { label?: string; title?: string }) {
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");
  const canShare = useSyncExternalStore(
    noSubscription,
    () => typeof navigator.share === "function",
    () => false,
  );

  useEffect(() => {
    if (status === "idle") return;
    const t = window.setTimeout(() => setStatus("idle"), 4000);
    return () => window.clearTimeout(t);
  }, [status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  }

  async function share() {
    try {
      await navigator.share({ url: window.location.href, title: title ?? document.title });
    } catch {
      // The user closed the share sheet: nothing to report.
    }
  }

  const button =
    "inline-flex items-center gap-1.5 rounded-md border border-rule bg-white px-3 py-1.5 text-sm font-medium text-ink shadow-sm hover:border-accent focus-visible:border-accent";
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={copy} className={button}>
        <LinkIcon />
        {label}
      </button>
      {canShare && (
        <button type="button" onClick={share} className={button}>
          Share…
        </button>
      )}
      <span role="status" aria-live="polite" className="text-sm text-muted">
        {status === "copied" ? "Link copied" : status === "failed" ? "Could not copy: use the address bar" : ""}
      </span>
    </div>
  );
}

const noSubscription = () => () => {};
