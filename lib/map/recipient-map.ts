import { countryHref, formatShortDate, formatUsdCompact, plural } from "@/lib/format";
import type { RecipientSummary, RegionCode } from "@/lib/domain";
import { placeOf, worldMap, type World } from "./geometry";
import { LAND_COLOR, valueScale, type LegendStep } from "./scale";

/**
 * What the recipients map draws, as plain data: every recipient with a notification in view,
 * placed on the world (a shape, a dot, or the list beside the map) and coloured by its step.
 * Built from the rows lib/queries/profiles.ts returns; pure, so the page and the tests build the same.
 */

/** A recipient with notifications in view, as the map and its table show it. */
export type MapRecipient = {
  code: string;
  name: string;
  kind: string;
  nato: boolean;
  /** The geographic combatant command whose area holds it (lib/domain/regions.ts). */
  region: RegionCode | null;
  href: string;
  count: number;
  valueUsd: bigint;
  firstOn: string | null;
  lastOn: string | null;
  color: string;
  step: number;
  /** "Poland: 14 notifications, US$3.2 billion since 12 Mar 2019": the shape's name and tooltip. */
  title: string;
};

export type MapRegion = MapRecipient & {
  /** Path data, or null for a state drawn as a dot only. */
  d: string | null;
  dot: [number, number] | null;
};

export type RecipientMap = {
  width: number;
  height: number;
  /** The land's colour (the legend's "none in view"); the land itself is the file landSvg() writes, drawn under the regions. */
  landColor: string;
  /** Every recipient with a notification in view, largest value first: the table's rows. */
  recipients: MapRecipient[];
  /** Shaded recipients, largest value first. */
  regions: MapRegion[];
  /** Organisations, and codes no atlas has a shape for: listed beside the map with the same figures and colours. */
  offMap: MapRecipient[];
  legend: LegendStep[];
  /** Whether any region is drawn as a dot (the legend then says what a dot is). */
  hasDots: boolean;
};

export type RecipientMapView = {
  map: RecipientMap;
  /** Recipients in the record with no notification in view, by name. */
  none: { code: string; name: string; href: string }[];
};

/** `bounded`: the view ends before today (a year or a `to` date), so a title says "from … to …", not "since …". */
export function recipientMap(rows: RecipientSummary[], bounded: boolean): RecipientMap {
  const world = worldMap();
  const notified = rows.filter((r) => r.count > 0).sort((a, b) => (a.valueUsd < b.valueUsd ? 1 : a.valueUsd > b.valueUsd ? -1 : a.name.localeCompare(b.name)));
  const scale = valueScale(notified.map((r) => r.valueUsd));

  const recipients: MapRecipient[] = [];
  const regions: MapRegion[] = [];
  const offMap: MapRecipient[] = [];
  for (const r of notified) {
    const recipient: MapRecipient = {
      code: r.code,
      name: r.name,
      kind: r.kind,
      nato: r.nato,
      region: r.region,
      href: countryHref(r.code),
      count: r.count,
      valueUsd: r.valueUsd,
      firstOn: r.firstOn,
      lastOn: r.lastOn,
      color: scale.colorOf(r.valueUsd),
      step: scale.stepOf(r.valueUsd),
      title: titleOf(r, bounded),
    };
    recipients.push(recipient);
    const place = r.kind === "country" ? placeOf(r.code) : null;
    if (place) regions.push({ ...recipient, d: place.shape?.d ?? null, dot: place.dot });
    else offMap.push(recipient);
  }

  return {
    width: world.width,
    height: world.height,
    landColor: LAND_COLOR,
    recipients,
    regions,
    offMap,
    legend: scale.legend,
    hasDots: regions.some((r) => r.dot),
  };
}

function titleOf(r: RecipientSummary, bounded: boolean): string {
  const head = `${r.name}: ${plural(r.count, "notification", "notifications")}, US${formatUsdCompact(r.valueUsd)}`;
  if (!r.firstOn || !r.lastOn) return head;
  if (r.firstOn === r.lastOn) return `${head} on ${formatShortDate(r.firstOn)}`;
  return bounded ? `${head} from ${formatShortDate(r.firstOn)} to ${formatShortDate(r.lastOn)}` : `${head} since ${formatShortDate(r.firstOn)}`;
}

/**
 * A map file (/map/land.svg, /map/shapes.svg): an SVG at the world map's size around what `body`
 * draws, written once per process, like the shapes it is made of (worldMap), so every request for
 * the file sends the same text.
 */
function mapFile(body: (world: World) => string): () => string {
  let text: string | null = null;
  return () => {
    if (text !== null) return text;
    const world = worldMap();
    text = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${world.width} ${world.height}" width="${world.width}" height="${world.height}">${body(world)}</svg>\n`;
    return text;
  };
}

/** How a map file is sent: an SVG the browser keeps for a day, which may load nothing itself. */
export function mapFileResponse(svg: string): Response {
  return new Response(svg, { headers: { "Content-Type": "image/svg+xml", "Cache-Control": "public, max-age=86400", "Content-Security-Policy": "default-src 'none'" } });
}

/**
 * Every recipient's shape, one path per atlas shape with its alpha-2 code as its id, as one SVG
 * file (/map/shapes.svg): a map page draws a shaded recipient as `<use href="/map/shapes.svg#PL">`
 * with its colour, instead of carrying the shape's path data in its HTML and again in its payload
 * (about 70 KB on /countries at 10,000 notifications). A browser fetches the file once and keeps
 * it. A path has no fill or stroke of its own, so it takes the colour and the borders of the `use`
 * that draws it (.world-map in app/globals.css); a stroke's width is in screen pixels, as on the page.
 */
export const shapesSvg = mapFile((world) =>
  // The shapes placeOf draws (one per code).
  [...world.byCode].map(([code, s]) => `<path id="${code}" d="${s.d}" vector-effect="non-scaling-stroke"/>`).join(""),
);

/**
 * The land under the shaded shapes: every shape of the atlas, as one SVG file (/map/land.svg). It
 * is the same for every view, so a browser fetches it once and keeps it, instead of every map page
 * carrying its 20 KB of path data twice (HTML and payload). A shaded country is drawn over its own
 * outline; borders are the same white lines as the page's (.world-map in app/globals.css), in the
 * map's own units, since the page's styles do not reach into an image.
 */
export const landSvg = mapFile((world) => {
  const d = world.shapes
    .map((s) => s.d)
    .filter(Boolean)
    .join("");
  return `<path d="${d}" fill="${LAND_COLOR}" stroke="#ffffff" stroke-width="0.6" stroke-linejoin="round"/>`;
});
