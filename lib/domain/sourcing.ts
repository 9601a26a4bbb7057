import { isOfficialTextKind, type SourceKind, type Sourcing } from "./kinds";

/**
 * How a record's facts were read. A source may say its facts were taken from a compilation of
 * the official release (`via`) rather than read from the release by the project; the record is
 * then "as compiled" until someone reads the text itself. Each compilation the record uses is
 * named here once, with the exact file and commit its facts were copied from (credited in
 * docs/data.md).
 */
export const COMPILATIONS = {
  atlas: {
    name: "the atlas compilation",
    about: "an open-source explorer's compilation of the DSCA and State Department releases",
    repository: "abhirocks06/atlas",
    file: "data/fms_notifications.json",
    commit: "9ea034709f078020cee24cf91a43a081e37acbdf",
  },
} as const;

export type CompilationId = keyof typeof COMPILATIONS;
export const COMPILATION_IDS = Object.keys(COMPILATIONS) as [CompilationId, ...CompilationId[]];

/** The compiled file at the commit the facts were copied from. */
export function compilationUrl(id: CompilationId): string {
  const c = COMPILATIONS[id];
  return `https://github.com/${c.repository}/blob/${c.commit}/${c.file}`;
}

export type SourcingInput = { kind: SourceKind; via?: CompilationId | null };

/**
 * Which of three a record is: an official text of the notification (release, Congressional
 * Record, Federal Register) read by the project; only official releases as a compilation gives
 * them; or reporting only.
 */
export function sourcingOf(sources: readonly SourcingInput[]): Sourcing {
  const official = sources.filter((s) => isOfficialTextKind(s.kind));
  if (official.some((s) => !s.via)) return "official-text";
  if (official.length > 0) return "official-compiled";
  return "reporting-only";
}

/**
 * A web.archive.org address is an archived copy of the page it names: the original address and
 * the day it was captured (from the 14-digit timestamp), or null for any other address.
 */
export function archivedCopy(url: string | null): { original: string; capturedOn: string | null } | null {
  if (!url) return null;
  const m = /^https?:\/\/web\.archive\.org\/web\/(\d{4,14})[a-z_]*\/(.+)$/i.exec(url.trim());
  if (!m) return null;
  const [, stamp, original] = m;
  const day = /^(\d{4})(\d{2})(\d{2})/.exec(stamp!);
  const valid = day && Number(day[2]) >= 1 && Number(day[2]) <= 12 && Number(day[3]) >= 1 && Number(day[3]) <= 31;
  return { original: original!, capturedOn: valid ? `${day[1]}-${day[2]}-${day[3]}` : null };
}
