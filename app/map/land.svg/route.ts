import { landSvg, mapFileResponse } from "@/lib/map";

/**
 * GET /map/land.svg: the world map's land, every shape of the atlas in one path, drawn under the
 * shaded recipients of every map (components/map/recipient-map.tsx). The same for every view and
 * changed only by a new atlas, so a browser keeps it for a day rather than each page carrying it.
 */
export function GET() {
  return mapFileResponse(landSvg());
}
