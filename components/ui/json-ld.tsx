import { headers } from "next/headers";
import { jsonForScript } from "@/lib/exports";

/**
 * A JSON-LD block. The JSON is escaped by jsonForScript (`<` as \u003c), so no value can end
 * the element; the nonce keeps every <script> on the page under the CSP.
 */
export async function JsonLd({ data }: { data: unknown }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // dangerouslySetInnerHTML is how React writes a script's text unescaped; the JSON is escaped above.
  return <script type="application/ld+json" nonce={nonce} dangerouslySetInnerHTML={{ __html: jsonForScript(data) }} />;
}
