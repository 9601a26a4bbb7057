import type { Metadata } from "next";
import type { ReleaseItem, ReleaseSummary } from "@/lib/domain";
import { changesFeed } from "@/lib/exports";
import { rawQueryString } from "@/lib/filters";
import { CHANGES_FEED_HREF, changesReleaseHref, formatLongDate, isValidIsoDate, PAGE_HREF } from "@/lib/format";
import { getReleaseItems, getReleasePreviews, getReleases } from "@/lib/queries";
import { pageMetadata, siteUrl } from "@/lib/site";
import type { SearchParams, View } from "./view";

/** How many records of each release /changes shows; the rest are on the release's own page. */
export const RELEASE_PREVIEW = 12;
/** How many records a release page lists at a time. */
export const RELEASE_PAGE_SIZE = 200;

export type ChangesPage = { releases: (ReleaseSummary & { items: ReleaseItem[]; total: number; href: string })[] };

/** `/changes`: every release, newest first, each with its first records. Takes no parameters. */
export async function loadChanges(raw: SearchParams): Promise<View<ChangesPage>> {
  if (rawQueryString(raw) !== "") return { redirect: PAGE_HREF.changes };
  const [releases, previews] = await Promise.all([getReleases(), getReleasePreviews(RELEASE_PREVIEW)]);
  return {
    data: {
      releases: releases.map((r) => ({ ...r, items: previews.get(r.id) ?? [], total: r.added + r.changed + r.renamed + r.removed, href: changesReleaseHref(r.date) })),
    },
  };
}

export type ReleasePage = {
  date: string;
  releases: ReleaseSummary[];
  items: ReleaseItem[];
  total: number;
  page: number;
  pageCount: number;
  first: number;
  prev: string | null;
  next: string | null;
};

/** `/changes/2026-12-06`: a day's releases, every record they name, `RELEASE_PAGE_SIZE` at a time (`?page=2`). */
export async function loadRelease(date: string, raw: SearchParams): Promise<View<ReleasePage>> {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !isValidIsoDate(date)) return { notFound: true };
  const query = rawQueryString(raw);
  const match = /^page=([1-9]\d{0,5})$/.exec(query);
  if (query !== "" && !match) return { notFound: true };
  const page = match ? Number(match[1]) : 1;
  if (page === 1 && match) return { redirect: changesReleaseHref(date), permanent: true };
  const { releases, items, total } = await getReleaseItems(date, (page - 1) * RELEASE_PAGE_SIZE, RELEASE_PAGE_SIZE);
  const pageCount = Math.max(1, Math.ceil(total / RELEASE_PAGE_SIZE));
  if (releases.length === 0 || page > pageCount) return { notFound: true };
  return {
    data: {
      date,
      releases,
      items,
      total,
      page,
      pageCount,
      first: (page - 1) * RELEASE_PAGE_SIZE + 1,
      prev: page > 1 ? changesReleaseHref(date, page - 1) : null,
      next: page < pageCount ? changesReleaseHref(date, page + 1) : null,
    },
  };
}

/** `/changes.xml`: the Atom feed of the releases. */
export async function loadChangesFeed(): Promise<string> {
  const [releases, previews] = await Promise.all([getReleases(), getReleasePreviews(RELEASE_PREVIEW)]);
  return changesFeed(releases, previews, siteUrl());
}

export const changesMetadata: Metadata = pageMetadata({
  title: "Changes to the record",
  description: "Each release of FMS Timeline's record of U.S. arms sales notifications: what was added, changed (field by field, with sources), renamed and removed.",
  path: PAGE_HREF.changes,
  feed: { url: CHANGES_FEED_HREF, title: "FMS Timeline: changes to the record" },
});

export function releaseMetadata(date: string): Metadata {
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(date) && isValidIsoDate(date);
  return pageMetadata({
    title: valid ? `Changes of ${formatLongDate(date)}` : "Release not found",
    description: "One release of FMS Timeline's record: every record it added, changed, renamed or removed.",
    path: valid ? changesReleaseHref(date) : PAGE_HREF.changes,
  });
}
