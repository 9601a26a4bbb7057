import type { ReactNode } from "react";
import { Usd } from "@/components/ui/money";
import { MAP_LAND_HREF, plural } from "@/lib/format";
import type { RecipientMap } from "@/lib/map";
import { MapShapes } from "./recipient-rows";
import { Swatch } from "./swatch";

/**
 * The world map of recipients: an inline SVG rendered on the server, with no script. Each
 * shaded country is a link to its page, named (and titled, for a tooltip) by its figures;
 * organisations, which have no territory, are listed beside it with the same figures and
 * colours. It scales to its container through the viewBox. Paint (borders, focus, dot size on
 * phones) is in app/globals.css (.world-map); a shape's colour is its fill attribute, since
 * the policy allows no style attributes.
 */
export function RecipientMapFigure({ id, heading, caption, map, empty }: { id: string; heading: string; caption: ReactNode; map: RecipientMap; empty: string }) {
  const shaded = map.regions.length + map.offMap.length;
  return (
    <figure aria-labelledby={`${id}-heading`} className="rounded-lg border border-rule bg-white p-3 sm:p-4" data-testid={id}>
      <h2 id={`${id}-heading`} className="font-serif text-lg font-semibold">
        {heading}
      </h2>
      <figcaption className="mt-0.5 text-xs text-muted">{caption}</figcaption>
      <div className={map.offMap.length > 0 ? "mt-3 grid gap-4 md:grid-cols-[minmax(0,1fr)_13rem]" : "mt-3"}>
        <svg
          viewBox={`0 0 ${map.width} ${map.height}`}
          className="world-map"
          role="group"
          aria-label={`World map: ${shaded === 0 ? empty : `${plural(map.regions.length, "recipient", "recipients")} shaded by estimated value; each links to its page`}`}
          data-testid={`${id}-svg`}
        >
          {/* The land: one file for every map, fetched once and kept (lib/map landSvg). */}
          <image href={MAP_LAND_HREF} width={map.width} height={map.height} aria-hidden="true" />
          <MapShapes
            shapes={map.regions.map((r) => ({
              code: r.code,
              href: r.href,
              step: r.step,
              title: r.title,
              color: r.color,
              ...(r.d ? { shape: true as const } : {}),
              ...(r.dot ? { dot: r.dot } : {}),
            }))}
          />
        </svg>
        {map.offMap.length > 0 && (
          <div className="text-sm" data-testid={`${id}-off-map`}>
            <h3 className="font-semibold">Not on the map</h3>
            <p className="text-xs text-muted">
              {map.offMap.every((r) => r.kind === "organization")
                ? "Organisations have no territory of their own: their figures, in the same colours."
                : "Organisations have no territory of their own, and Natural Earth draws some territories as part of another country: their figures, in the same colours."}
            </p>
            <ul className="mt-2 space-y-1.5">
              {map.offMap.map((r) => (
                <li key={r.code} className="flex items-baseline gap-2" data-step={r.step}>
                  <Swatch color={r.color} />
                  <span>
                    <a href={r.href} title={r.title}>
                      {r.name}
                    </a>
                    <br />
                    <span className="figures text-xs text-muted">
                      {plural(r.count, "notification", "notifications")}, <Usd amount={r.valueUsd} />
                    </span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
      {shaded === 0 ? (
        <p className="mt-2 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1 text-xs" aria-label="Legend: estimated value notified" data-testid={`${id}-legend`}>
          {map.legend.map((step) => (
            <li key={step.color} className="flex items-center gap-1.5">
              <Swatch color={step.color} />
              <span>
                {step.label} <span className="text-muted">({plural(step.count, "recipient", "recipients")})</span>
              </span>
            </li>
          ))}
          <li className="flex items-center gap-1.5">
            <Swatch color={map.landColor} />
            <span>none in view</span>
          </li>
          {map.hasDots && (
            <li className="flex items-center gap-1.5">
              <svg viewBox="0 0 14 14" aria-hidden="true" className="swatch">
                <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />
              </svg>
              <span>a dot marks a state too small to see</span>
            </li>
          )}
        </ul>
      )}
    </figure>
  );
}
