import { readFileSync } from "node:fs";
import path from "node:path";
import { geoArea } from "d3-geo";
import type { FeatureCollection } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { allAlpha2Codes, alpha2OfShape, numericOf } from "./codes";
import { MAP_WIDTH, placeOf, SMALL_AREA, worldMap } from "./geometry";

const recipients = (JSON.parse(readFileSync(path.resolve(__dirname, "../../seeds/recipients.json"), "utf8")) as { recipients: { code: string; name: string; kind: string }[] })
  .recipients;

/**
 * Territories Natural Earth draws as part of another country at every scale (Réunion in France,
 * Svalbard in Norway, Bonaire in the Netherlands…), and Antarctica, which the map leaves out.
 * A recipient with one of these codes is listed beside the map; no sovereign state is here.
 */
const NOT_DRAWN = ["AQ", "BQ", "BV", "CC", "CX", "GF", "GP", "MQ", "RE", "SJ", "TK", "YT"];

/** The absolute points of a path written by lib/map/geometry.ts ("M x y l dx dy … z m dx dy l … z"). */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  const commands = d.match(/[Mmlz][^Mmlz]*/g) ?? [];
  let [x, y] = [0, 0];
  let [startX, startY] = [0, 0];
  for (const c of commands) {
    const numbers = (c.slice(1).match(/-?\d+/g) ?? []).map(Number);
    if (c[0] === "z") {
      [x, y] = [startX, startY];
      continue;
    }
    for (let i = 0; i < numbers.length; i += 2) {
      const [a, b] = [numbers[i]!, numbers[i + 1]!];
      if (c[0] === "M") [x, y] = [a, b];
      else [x, y] = [x + a, y + b];
      if (c[0] !== "l" && i === 0) [startX, startY] = [x, y];
      points.push([x, y]);
    }
  }
  return points;
}

describe("the world map's shapes", () => {
  const world = worldMap();

  it("are projected once per process, to the SVG's width, with a height that fits the land", () => {
    expect(worldMap()).toBe(world);
    expect(world.width).toBe(MAP_WIDTH);
    expect(world.height).toBeGreaterThan(350);
    expect(world.height).toBeLessThan(MAP_WIDTH / 2);
  });

  it("every path is whole numbers only, and every point lies inside the viewBox", () => {
    const outside: string[] = [];
    for (const shape of world.shapes) {
      expect(shape.d, shape.name).toMatch(/^M-?\d+ -?\d+l[-\d ]+z([Mm]-?\d+ ?-?\d+l[-\d ]+z)*$/);
      for (const [x, y] of pointsOf(shape.d)) {
        if (!(x >= 0 && x <= world.width && y >= 0 && y <= world.height)) outside.push(`${shape.name} ${x},${y}`);
      }
      expect(Number.isFinite(shape.area) && Number.isFinite(shape.centroid[0]) && Number.isFinite(shape.centroid[1]), shape.name).toBe(true);
    }
    expect(outside).toEqual([]);
  });

  it("are small enough for the page: under 45 KB of path data for the whole world", () => {
    const total = world.shapes.reduce((sum, s) => sum + s.d.length, 0);
    expect(total).toBeLessThan(45_000);
    expect(total).toBeGreaterThan(20_000); // and still a world map, not a few blobs
  });

  it("are equal-area: projected area is in proportion to area on the globe", () => {
    // The atlas's own features, measured on the sphere (steradians) against their projected area.
    const topology = JSON.parse(readFileSync(path.resolve(__dirname, "../../node_modules/world-atlas/countries-110m.json"), "utf8")) as Topology<{ countries: GeometryCollection }>;
    const features = (feature(topology, topology.objects.countries) as FeatureCollection).features;
    const ratio = (code: string) => {
      const f = features.find((x) => String(x.id) === numericOf(code))!;
      return world.byCode.get(code)!.area / geoArea(f);
    };
    const reference = ratio("BR");
    // Far north, near the equator, far south: Mercator would make the first several times larger.
    for (const code of ["CA", "NO", "IN", "EG", "AU", "AR"]) expect(ratio(code) / reference, code).toBeCloseTo(1, 1);
  });

  it("names Taiwan (ISO numeric 158) and Kosovo (no ISO number, found by name)", () => {
    expect(numericOf("TW")).toBe("158");
    expect(world.byCode.get("TW")?.name).toBe("Taiwan");
    expect(alpha2OfShape(undefined, "Kosovo")).toBe("XK");
    expect(world.byCode.has("XK")).toBe(true);
  });
});

describe("where a recipient is drawn", () => {
  const world = worldMap();
  const inside = ([x, y]: [number, number]) => x >= 0 && x <= world.width && y >= 0 && y <= world.height;

  it("every country in seeds/recipients.json has a shape or a dot; every organisation is listed beside the map", () => {
    expect(recipients.length).toBeGreaterThan(0);
    for (const r of recipients) {
      const place = placeOf(r.code);
      if (r.kind === "organization") {
        expect(place, r.code).toBeNull();
        continue;
      }
      expect(place, `${r.code} (${r.name}) has no shape or dot`).not.toBeNull();
      if (place!.shape) expect(pointsOf(place!.shape.d).length, r.code).toBeGreaterThan(2);
      if (place!.dot) expect(inside(place!.dot), r.code).toBe(true);
    }
  });

  it("any ISO 3166-1 country code a recipient may have is placed, bar territories Natural Earth draws inside another country", () => {
    const unplaced: string[] = [];
    for (const code of allAlpha2Codes()) {
      const place = placeOf(code);
      if (!place) {
        unplaced.push(code);
        continue;
      }
      expect(place.shape || place.dot, code).toBeTruthy();
      if (place.dot) expect(inside(place.dot), `${code} at ${place.dot}`).toBe(true);
      if (place.shape) expect(place.shape.d.length, code).toBeGreaterThan(0);
    }
    expect(unplaced.sort()).toEqual(NOT_DRAWN);
  });

  it("states too small for 1:110m are dots from 1:50m or 1:10m; shapes too small to see get a dot too", () => {
    for (const code of ["SG", "BH", "MT", "MV"]) {
      const place = placeOf(code)!;
      expect(place.shape, code).toBeNull();
      expect(place.from, code).toBe("50m");
    }
    expect(placeOf("TV")?.from).toBe("10m"); // Tuvalu, on the 180th meridian: inside the map all the same
    // Kiribati lies on both sides of the 180th meridian: its dot is on its largest island (Kiritimati,
    // at the map's left edge), not at the mean of both edges, mid-Atlantic.
    const kiribati = placeOf("KI")!.dot![0];
    expect(kiribati < world.width * 0.1 || kiribati > world.width * 0.9).toBe(true);

    const qatar = placeOf("QA")!;
    expect(qatar.shape!.area).toBeLessThan(SMALL_AREA);
    expect(qatar.dot).toEqual(qatar.shape!.centroid);
    expect(placeOf("CA")!.dot).toBeNull();
  });

  it("codes that are not ISO 3166-1 alpha-2 are nowhere on the map", () => {
    for (const code of ["NSPA", "NATO", "ZZ", "pl", "P1"]) expect(placeOf(code), code).toBeNull();
  });
});
