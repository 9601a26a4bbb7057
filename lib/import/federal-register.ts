/**
 * The Federal Register's public API (no key): the documents search, documents.json, and each
 * document's raw text. Every failure becomes a SyncError that names what failed (the address, and
 * whether it answered an HTTP error, too slowly, or with something that is not what the API's
 * documentation describes).
 */

export const DEFAULT_API = "https://www.federalregister.gov/api/v1";

export type FrDocument = {
  document_number: string;
  publication_date: string;
  title: string;
  html_url: string;
  raw_text_url: string;
  type: string | null;
};

export class SyncError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SyncError";
  }
}

export type FetchOptions = { timeoutMs: number };

async function get(url: string, what: string, options: FetchOptions): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { signal: controller.signal, headers: { accept: what === "search" ? "application/json" : "text/plain, text/html;q=0.5" } });
  } catch (error) {
    clearTimeout(timer);
    if (controller.signal.aborted) throw new SyncError(`the Federal Register API did not answer within ${options.timeoutMs / 1000} s (GET ${url})`);
    throw new SyncError(`the Federal Register API could not be reached (GET ${url}: ${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`);
  }
  try {
    if (!response.ok) throw new SyncError(`the Federal Register API answered ${response.status} ${response.statusText || "(no reason given)"} (GET ${url})`);
    return await response.text();
  } catch (error) {
    if (error instanceof SyncError) throw error;
    if (controller.signal.aborted) throw new SyncError(`the Federal Register API did not finish answering within ${options.timeoutMs / 1000} s (GET ${url})`);
    throw new SyncError(`the Federal Register API's answer could not be read (GET ${url}: ${(error as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

const FIELDS = ["document_number", "publication_date", "title", "html_url", "raw_text_url", "type"];

/** The documents.json address for one page of arms sales notices published on or after `since`. */
export function searchUrl(base: string, since: string, page: number, perPage = 100): string {
  const params = new URLSearchParams();
  params.set("conditions[term]", '"arms sales notification"');
  for (const agency of ["defense-department", "defense-security-cooperation-agency", "state-department"]) params.append("conditions[agencies][]", agency);
  params.append("conditions[type][]", "NOTICE");
  params.set("conditions[publication_date][gte]", since);
  params.set("order", "newest");
  params.set("per_page", String(perPage));
  params.set("page", String(page));
  for (const f of FIELDS) params.append("fields[]", f);
  return `${base.replace(/\/+$/, "")}/documents.json?${params.toString()}`;
}

function isHttp(value: unknown): value is string {
  if (typeof value !== "string") return false;
  try {
    const u = new URL(value);
    return u.protocol === "https:" || u.protocol === "http:";
  } catch {
    return false;
  }
}

/** Checks one page of the search answer against the shape the API documents. */
export function readSearchPage(body: string, url: string): { results: FrDocument[]; totalPages: number } {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new SyncError(`the Federal Register API answered with text that is not JSON (GET ${url}: ${JSON.stringify(body.slice(0, 60))}…)`);
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) throw new SyncError(`the Federal Register API answered JSON that is not a search result (GET ${url})`);
  const page = json as { count?: unknown; total_pages?: unknown; results?: unknown };
  if (page.count === 0 && page.results === undefined) return { results: [], totalPages: 0 };
  if (!Array.isArray(page.results)) throw new SyncError(`the Federal Register API answered without a "results" list (GET ${url})`);
  const results = page.results.map((r: unknown, i: number) => {
    const d = r as Record<string, unknown>;
    const problems = [
      typeof d.document_number === "string" && /^[\w-]{4,30}$/.test(d.document_number) ? null : "document_number",
      typeof d.publication_date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d.publication_date) ? null : "publication_date",
      isHttp(d.html_url) ? null : "html_url",
      isHttp(d.raw_text_url) ? null : "raw_text_url",
    ].filter(Boolean);
    if (problems.length > 0) throw new SyncError(`the Federal Register API answered a result without a valid ${problems.join(", ")} (result ${i + 1} of GET ${url})`);
    return {
      document_number: d.document_number as string,
      publication_date: d.publication_date as string,
      title: typeof d.title === "string" ? d.title : "",
      html_url: d.html_url as string,
      raw_text_url: d.raw_text_url as string,
      type: typeof d.type === "string" ? d.type : null,
    };
  });
  const totalPages = typeof page.total_pages === "number" && page.total_pages >= 0 ? page.total_pages : 1;
  return { results, totalPages };
}

/** Every arms sales notice published on or after `since`, newest first. */
export async function listNotices(base: string, since: string, options: FetchOptions & { maxPages: number; progress?: (line: string) => void }): Promise<FrDocument[]> {
  const all: FrDocument[] = [];
  for (let page = 1; page <= options.maxPages; page++) {
    const url = searchUrl(base, since, page);
    const { results, totalPages } = readSearchPage(await get(url, "search", options), url);
    all.push(...results);
    options.progress?.(`search page ${page} of ${Math.max(totalPages, 1)}: ${results.length} notice${results.length === 1 ? "" : "s"}`);
    if (page >= totalPages || results.length === 0) break;
  }
  return all;
}

export async function fetchRawText(doc: FrDocument, options: FetchOptions): Promise<string> {
  return get(doc.raw_text_url, "raw text", options);
}
