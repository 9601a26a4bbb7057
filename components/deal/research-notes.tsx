/** The researchers' notes on a deal: how its facts were found and what is uncertain. The caveats link here. */
export function ResearchNotes({ notes }: { notes: string | null }) {
  if (!notes) return null;
  return (
    <section aria-labelledby="notes-heading" className="mt-10">
      <h2 id="notes-heading" className="font-serif text-xl font-semibold">
        Research notes
      </h2>
      <p className="mt-2 whitespace-pre-line rounded-lg border border-rule bg-white p-4 text-sm">{notes}</p>
    </section>
  );
}
