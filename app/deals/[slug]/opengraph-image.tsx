import { ImageResponse } from "next/og";
import * as flags from "country-flag-icons/string/3x2";
import { formatLongDate, formatUsdCompact } from "@/lib/format";
import { SITE_NAME } from "@/lib/site";
import { loadDealPreview } from "@/lib/views";

// The link-preview image of a deal: recipient, systems, estimated value and date. Rendered
// with the font bundled in next/og (no network), so the text stays Latin.
export const alt = "The notification's recipient, systems, estimated value and date";
export const size = { width: 1200, height: 630 };
export const contentType = "image/png";

const flagSvg = flags as unknown as Record<string, string | undefined>;

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const deal = await loadDealPreview(slug);
  if (!deal) return new Response("No such notification", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

  const flag = deal.recipient.kind === "country" ? flagSvg[deal.recipient.code] : undefined;
  const systems = deal.systems.map((s) => s.name).join(" · ");
  const date = `${deal.dateApproximate ? "About " : ""}${formatLongDate(deal.announcedOn)}`;
  const title = deal.title.length > 100 ? `${deal.title.slice(0, 99).trimEnd()}…` : deal.title;

  return new ImageResponse(
    (
      <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fbfaf7", color: "#1c2430", padding: "56px 64px" }}>
        <div style={{ display: "flex", justifyContent: "space-between", fontSize: 26, color: "#4f5b6b" }}>
          <span style={{ fontWeight: 700, color: "#1d4f91" }}>{SITE_NAME}</span>
          <span>U.S. arms sale notified to Congress</span>
        </div>
        <div style={{ display: "flex", alignItems: "center", marginTop: 36 }}>
          {flag && (
            <img src={`data:image/svg+xml;base64,${Buffer.from(flag).toString("base64")}`} width={96} height={64} alt="" style={{ marginRight: 28, border: "1px solid #d9dee5" }} />
          )}
          <span style={{ fontSize: 60, fontWeight: 700 }}>{deal.recipient.name}</span>
        </div>
        <div style={{ display: "flex", flexWrap: "wrap", marginTop: 16, fontSize: 38, color: "#1d4f91", fontWeight: 700 }}>{systems}</div>
        <div style={{ display: "flex", marginTop: 16, fontSize: 28, color: "#4f5b6b", lineHeight: 1.3 }}>{title}</div>
        <div style={{ display: "flex", marginTop: "auto", flexShrink: 0, alignItems: "flex-end", justifyContent: "space-between", borderTop: "3px solid #d9dee5", paddingTop: 24 }}>
          <div style={{ display: "flex", flexDirection: "column" }}>
            <span style={{ fontSize: 24, color: "#4f5b6b" }}>Estimated value</span>
            <span style={{ fontSize: 64, fontWeight: 700 }}>{`US${formatUsdCompact(deal.estimatedValueUsd)}`}</span>
          </div>
          <span style={{ fontSize: 34 }}>{date}</span>
        </div>
      </div>
    ),
    size,
  );
}
