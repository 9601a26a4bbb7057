/**
 * The second e2e server (see playwright.config.ts): the same build on the next port, serving
 * tests/fixtures/hostile-seeds/ from prisma/e2e-hostile.db.
 */
export const HOSTILE_URL = `http://localhost:${Number(process.env.E2E_PORT ?? 3100) + 1}`;

/** The hostile fixture notification; its title and summary are markup and script. */
export const HOSTILE = {
  slug: "2025-06-01-canada-m142-himars",
  title: '<script>alert("title")</script> HIMARS "><b id="injected-title">bold</b>',
  summary: '<img src=x onerror="alert(\'summary\')"> Summary & <i id="injected-summary">italic</i> </p><h1>heading</h1>',
  /** A benign notification the WAL test re-seeds with a changed summary. */
  benignSlug: "2025-05-01-netherlands-amraam",
  /** The hostile notification's contractor (tests/fixtures/hostile-seeds/contractors.json), its history and note. */
  contractor: '<iframe src="javascript:alert(\'contractor\')"></iframe>Contractor',
  history: "<script>alert('history')</script><span id=\"injected-history\">Acquired</span> in 2020.",
  note: '<img src=x onerror="alert(\'note\')" id="injected-contractor-note">A note.',
  /** The fiscal year of both fixture notifications. */
  fiscalYear: 2025,
} as const;
