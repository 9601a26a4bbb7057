import { mapFileResponse, shapesSvg } from "@/lib/map";

/**
 * GET /map/shapes.svg: every recipient's shape, by its code (`#PL`), which the maps draw shaded
 * with `<use>` (components/map/recipient-rows.tsx). The same for every view and changed only by a
 * new atlas, so a browser keeps it for a day rather than each page carrying the shapes it shades.
 */
export function GET() {
  return mapFileResponse(shapesSvg());
}
