import "server-only";
import { isBounded, type Filters } from "@/lib/filters";
import { recipientMap, type RecipientMapView } from "@/lib/map";
import { countryHref } from "@/lib/format";
import { getRecipientSummaries } from "./profiles";
import type { RecipientSummary } from "@/lib/domain";

// getRecipientSummaries hands every request the same rows until the seed runs; the map built
// from them (the land path is 40 KB of text) is kept with them, not rebuilt per request.
const built = new WeakMap<RecipientSummary[], RecipientMapView>();

/** The recipients map for a view: the range and category of /countries, or a system for its page. */
export async function getRecipientMap(filters: Filters): Promise<RecipientMapView> {
  const rows = await getRecipientSummaries(filters);
  let view = built.get(rows);
  if (!view) {
    view = {
      map: recipientMap(rows, isBounded(filters)),
      none: rows.filter((r) => r.count === 0).map((r) => ({ code: r.code, name: r.name, href: countryHref(r.code) })),
    };
    built.set(rows, view);
  }
  return view;
}
