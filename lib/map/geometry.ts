import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea, geoEqualEarth, geoPath, type GeoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { alpha2OfShape, numericOf } from "./codes";

/**
 * The world map's shapes, projected once per process into the SVG's own units.
 *
 * Shapes come from Natural Earth through world-atlas at 1:110m: at the width the map is drawn
 * (at most about 1,000 CSS pixels) the 1:50m coastlines differ by less than a pixel almost
 * everywhere, and the page would carry twice the path data (22 KB gzip against 11 KB, and App
 * Router sends every element twice: as HTML and again in the payload it hydrates from). States
 * too small for 1:110m (Singapore, Bahrain, Malta, most island states) are placed from the
 * 1:50m file, or failing that the 1:10m one, and drawn as a dot at their centroid; those files are
 * read only when a recipient needs them.
 *
 * The projection is Equal Earth, an equal-area projection: a country's area on the map is in
 * proportion to its area on the globe, so no recipient looks bigger than it is (Mercator would
 * draw Canada and Norway several times too large). Antarctica, which is no one's and takes a
 * sixth of the height, is left out.
 *
 * Paths are written with whole-unit coordinates, relative after the first point, with points
 * that round onto the previous one dropped, and rings that shrink to under three points dropped
 * (islands smaller than a unit): 41 KB of path data for the whole world instead of 76 KB
 * from d3's own writer at the same precision.
 */

/** The SVG's width in its own units; the height follows from the projection. */
export const MAP_WIDTH = 960;

/** Space above the northernmost land and below the southernmost, in the SVG's units. */
const MARGIN = 6;

/** Below this projected area (square units), a shape gets a dot too: otherwise it cannot be seen or clicked. */
export const SMALL_AREA = 30;

export type Resolution = "110m" | "50m" | "10m";

/**
 * The atlas files are read from the installed package when first needed, not imported: as
 * modules, TypeScript would infer a type for 4 MB of JSON (15 s more per typecheck) and the
 * bundler would copy them into the public static files. The server, the tests and the bench
 * all run from the project's root (scripts/start.mjs changes to it).
 */
function atlasFile(resolution: Resolution): string {
  return path.join(process.cwd(), "node_modules", "world-atlas", `countries-${resolution}.json`);
}

type CountryProperties = { name?: string };
type CountryFeature = Feature<Geometry, CountryProperties>;

type CountriesTopology = Topology<{ countries: GeometryCollection<CountryProperties> }>;

function readTopology(resolution: Resolution): CountriesTopology {
  return JSON.parse(readFileSync(atlasFile(resolution), "utf8")) as CountriesTopology;
}

function readCountries(resolution: Resolution): CountryFeature[] {
  const topology = readTopology(resolution);
  const collection = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, CountryProperties>;
  return collection.features;
}

/** A drawn country: its path, and the centroid and area of the projected shape. */
export type Shape = { code: string | null; name: string; d: string; centroid: [number, number]; area: number };

export type World = {
  width: number;
  height: number;
  /** Every shape at 1:110m, in the atlas's order. */
  shapes: Shape[];
  byCode: Map<string, Shape>;
};

/** Where a recipient is on the map: its shape, a dot where its shape is too small to draw, or nowhere. */
export type Placement = { shape: Shape | null; dot: [number, number] | null; from: Resolution } | null;

const ANTARCTICA = numericOf("AQ");

let world: { world: World; projection: GeoProjection } | null = null;

function load() {
  if (world) return world;
  const features = readCountries("110m").filter((f) => String(f.id) !== ANTARCTICA);
  // The whole globe's outline fits the width (so a dot near the antimeridian, Tuvalu's, stays
  // inside); the height is cut to the land, from the Arctic islands to Tierra del Fuego.
  const projection = geoEqualEarth().fitWidth(MAP_WIDTH, { type: "Sphere" });
  const [[, top], [, bottom]] = geoPath(projection).bounds({ type: "FeatureCollection", features });
  const shift = Math.floor(top) - MARGIN;
  projection.translate([projection.translate()[0], projection.translate()[1] - shift]);
  const measure = geoPath(projection);
  const height = Math.ceil(bottom - shift + MARGIN);
  const shapes: Shape[] = features.map((f) => ({
    code: alpha2OfShape(f.id, f.properties.name) ?? null,
    name: f.properties.name ?? "",
    d: svgPath(projection, f),
    centroid: anchorOf(measure, f),
    area: measure.area(f),
  }));
  const byCode = new Map(shapes.flatMap((s) => (s.code && s.d ? [[s.code, s] as const] : [])));
  world = { world: { width: MAP_WIDTH, height, shapes, byCode }, projection };
  return world;
}

/** The world at 1:110m, projected: computed on first use, then shared by every request. */
export function worldMap(): World {
  return load().world;
}

// The finer atlases, read when a recipient first needs one; a shape is decoded from its arcs
// only when asked for (decoding all of 1:10m takes seconds).
const finer = new Map<Resolution, { topology: CountriesTopology; byCode: Map<string, CountriesTopology["objects"]["countries"]["geometries"][number]> }>();
const dots = new Map<string, [number, number] | null>();

function dotAt(resolution: "50m" | "10m", code: string): [number, number] | null {
  const key = `${resolution}/${code}`;
  if (dots.has(key)) return dots.get(key)!;
  let atlas = finer.get(resolution);
  if (!atlas) {
    const topology = readTopology(resolution);
    const byCode = new Map(
      topology.objects.countries.geometries.flatMap((g) => {
        const found = alpha2OfShape(g.id, (g.properties as CountryProperties | undefined)?.name);
        return found ? [[found, g] as const] : [];
      }),
    );
    finer.set(resolution, (atlas = { topology, byCode }));
  }
  const geometry = atlas.byCode.get(code);
  const dot = geometry ? anchorOf(geoPath(load().projection), feature(atlas.topology, geometry) as CountryFeature) : null;
  dots.set(key, dot && Number.isFinite(dot[0]) && Number.isFinite(dot[1]) ? dot : null);
  return dots.get(key)!;
}

/**
 * Where a recipient code is drawn: its 1:110m shape (with a dot as well when the shape is
 * smaller than SMALL_AREA), or a dot from the 1:50m or 1:10m atlas, or null when no atlas has a
 * shape for it (an organisation's code, Antarctica, or a territory Natural Earth draws as part of another
 * country, such as Réunion).
 */
export function placeOf(code: string): Placement {
  if (!numericOf(code) || code === "AQ") return null;
  const shape = worldMap().byCode.get(code);
  if (shape) return { shape, dot: shape.area < SMALL_AREA ? shape.centroid : null, from: "110m" };
  for (const resolution of ["50m", "10m"] as const) {
    const dot = dotAt(resolution, code);
    if (dot) return { shape: null, dot, from: resolution };
  }
  return null;
}

/**
 * Where a country's dot goes: the centroid of its largest part. The centroid of all its parts
 * can fall in the sea, or, for a state on both sides of the 180th meridian (Kiribati, Fiji),
 * on the other side of the map.
 */
function anchorOf(measure: GeoPath, f: CountryFeature): [number, number] {
  const g = f.geometry;
  const largest =
    g.type === "MultiPolygon"
      ? g.coordinates.map((coordinates) => ({ type: "Polygon" as const, coordinates })).reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a))
      : g;
  const [x, y] = measure.centroid(largest);
  return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
}

/** The feature's outline as SVG path data in whole units (see the module comment). */
function svgPath(projection: GeoProjection, f: CountryFeature): string {
  const writer = new PathWriter();
  geoPath(projection, writer)(f);
  return writer.toString();
}

/** A d3-geo path context that writes compact SVG path data. */
class PathWriter {
  private out = "";
  /** The current point after the last ring: its first point (SVG's "z" returns there). */
  private x = 0;
  private y = 0;
  private ring: number[] = [];

  moveTo(x: number, y: number) {
    this.ring = [Math.round(x), Math.round(y)];
  }

  lineTo(x: number, y: number) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    const n = this.ring.length;
    if (rx !== this.ring[n - 2] || ry !== this.ring[n - 1]) this.ring.push(rx, ry);
  }

  closePath() {
    const r = this.ring;
    if (r.length >= 4 && r[r.length - 2] === r[0] && r[r.length - 1] === r[1]) r.length -= 2;
    this.ring = [];
    if (r.length < 6) return; // fewer than three distinct points: smaller than a unit
    let d = this.out === "" ? `M${r[0]} ${r[1]}` : `m${pair(r[0]! - this.x, r[1]! - this.y)}`;
    d += "l";
    for (let i = 2; i < r.length; i += 2) d += (i > 2 ? sep(r[i]! - r[i - 2]!) : "") + pair(r[i]! - r[i - 2]!, r[i + 1]! - r[i - 1]!);
    this.out += `${d}z`;
    this.x = r[0]!;
    this.y = r[1]!;
  }

  // Points (arcs) and the canvas-only call: countries need neither.
  arc() {}
  beginPath() {}

  toString() {
    return this.out;
  }
}

/** "3 -2" written as "3-2": a minus sign separates numbers by itself. */
function pair(dx: number, dy: number): string {
  return `${dx}${sep(dy)}${dy}`;
}

function sep(next: number): string {
  return next < 0 ? "" : " ";
}
