import { SOURCE_KIND_LABEL, type ContextFact } from "@/lib/domain";
import { SourceLink } from "@/components/ui/source-link";

/** Official context about the recipient (e.g. Canada's FMS portfolio): background, not part of the notification. */
export function RecipientContext({
  name,
  facts,
  note = "Background from official sources; not part of this notification.",
}: {
  name: string;
  facts: ContextFact[];
  note?: string;
}) {
  if (facts.length === 0) return null;
  return (
    <section aria-labelledby="context-heading" className="mt-10">
      <h2 id="context-heading" className="font-serif text-xl font-semibold">
        {name} and Foreign Military Sales
      </h2>
      <p className="mt-1 text-sm text-muted">{note}</p>
      <ul className="mt-3 space-y-2 text-sm">
        {facts.map((c, i) => (
          // Styles: .context-card in app/globals.css.
          <li key={i} className="context-card">
            <p>{c.fact}</p>
            <p>
              {SOURCE_KIND_LABEL[c.source.kind]}: <SourceLink source={c.source} variant="publisher" />
              {c.source.title && <>, “{c.source.title}”</>}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
