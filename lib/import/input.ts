import { closeSync, openSync, readSync, statSync } from "node:fs";
import { parse, type HTMLElement, type Node } from "node-html-parser";
import { safeHref } from "@/lib/format";

/**
 * What the importer accepts as a document, and how it becomes plain text: a UTF-8 text file, or
 * a saved HTML page whose text is read without running or keeping anything in it. Every refusal
 * names the file and says what is wrong; nothing is read past the first problem.
 */

/** The largest file read. A Congressional Record day saved as HTML is well under 2 MB. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export type InputText = {
  /** Plain text, line breaks kept where the document had them. */
  text: string;
  format: "text" | "html";
  /** The page's own address, when a saved page names it (canonical link or og:url). */
  pageUrl: string | null;
};

export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "InputError";
  }
}

/** Reads a file named on the command line, refusing what is too large before reading it. */
export function readInputFile(file: string, options: InputOptions = {}): InputText {
  const size = statSync(file).size;
  if (size > MAX_INPUT_BYTES) {
    throw new InputError(file, `is ${(size / 1024 / 1024).toFixed(1)} MB; the importer reads files up to ${MAX_INPUT_BYTES / 1024 / 1024} MB (one saved page or text). Nothing was written.`);
  }
  const fd = openSync(file, "r");
  try {
    const bytes = Buffer.alloc(size);
    let read = 0;
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read);
      if (n === 0) break;
      read += n;
    }
    return decodeInput(file, bytes.subarray(0, read), options);
  } finally {
    closeSync(fd);
  }
}

export type InputOptions = {
  /** Read an HTML page that holds scripts, removing them unread (--drop-scripts). */
  dropScripts?: boolean;
};

/** Bytes to text: refuses binary data, text that is not UTF-8, and HTML that carries scripts. */
export function decodeInput(file: string, bytes: Uint8Array, options: InputOptions = {}): InputText {
  if (bytes.byteLength > MAX_INPUT_BYTES) throw new InputError(file, `is larger than ${MAX_INPUT_BYTES / 1024 / 1024} MB. Nothing was written.`);
  if (bytes.includes(0)) throw new InputError(file, "is a binary file (it holds NUL bytes), not a text or a saved HTML page. Nothing was written.");
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(file, "is not UTF-8 text (a binary file, or a text in another encoding: save it as UTF-8). Nothing was written.");
  }
  text = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const controls = (text.match(/[\u0001-\u0008\u000E-\u001F\u007F]/g) ?? []).length;
  if (controls > 0 && controls > text.length / 1000) throw new InputError(file, `holds ${controls} control characters: it is not a text. Nothing was written.`);
  if (!looksLikeHtml(text)) return { text, format: "text", pageUrl: null };
  return htmlToText(file, text, options);
}

function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase();
  return head.startsWith("<!doctype html") || head.startsWith("<html") || /<(?:html|head|body)[\s>]/.test(head) || /^<(?:div|p|pre|article|main|section|table)[\s>]/.test(head);
}

const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
  "h6", "header", "hr", "html", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
]);
/** Elements whose content is never text of the page. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "head", "button", "select", "option"]);
/** Executable content: an HTML file holding any of it is refused unless --drop-scripts. */
const ACTIVE = "script, iframe, object, embed, applet, frame, frameset";

/**
 * A saved page's text. Its scripts are never run: the page is parsed as data, and an HTML file
 * with scripts or inline event handlers is refused (unless the user asks to drop them, in which
 * case they are removed before anything is read). Nothing of the page is kept.
 */
export function htmlToText(file: string, html: string, options: InputOptions = {}): InputText {
  const root = parse(html, { comment: false, blockTextElements: { script: true, noscript: true, style: true, pre: true } });
  const active = root.querySelectorAll(ACTIVE);
  const handlers = root.querySelectorAll("*").filter((el) => Object.keys(el.attributes).some((a) => /^on/i.test(a)) || Object.values(el.attributes).some((v) => /^\s*javascript:/i.test(v)));
  if ((active.length > 0 || handlers.length > 0) && !options.dropScripts) {
    const what = [
      active.length > 0 ? `${active.length} script element${active.length === 1 ? "" : "s"} (${[...new Set(active.map((e) => `<${e.tagName.toLowerCase()}>`))].join(", ")})` : null,
      handlers.length > 0 ? `${handlers.length} element${handlers.length === 1 ? "" : "s"} with inline script (on… handlers or javascript: links)` : null,
    ]
      .filter(Boolean)
      .join(" and ");
    throw new InputError(
      file,
      `is HTML with scripts: ${what}. The importer never runs or keeps scripts. Save the page's text instead (plain text, or the notice copied from the page), or pass --drop-scripts to read it with every script removed unread. Nothing was written.`,
    );
  }
  for (const el of active) el.remove();
  const pageUrl = safeHref(root.querySelector('link[rel="canonical"]')?.getAttribute("href")) ?? safeHref(root.querySelector('meta[property="og:url"]')?.getAttribute("content"));
  const body = root.querySelector("body") ?? root;
  const out: string[] = [];
  walk(body, false, out);
  const text = out
    .join("")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, format: "html", pageUrl };
}

function walk(node: Node, inPre: boolean, out: string[]) {
  // node-html-parser: nodeType 3 is text, 1 an element.
  if (node.nodeType === 3) {
    const raw = decodeEntities(node.rawText);
    out.push(inPre ? raw : raw.replace(/\s+/g, " "));
    return;
  }
  if (node.nodeType !== 1) return;
  const el = node as HTMLElement;
  const tag = el.tagName?.toLowerCase() ?? "";
  if (SKIPPED.has(tag)) return;
  const block = BLOCK.has(tag);
  if (block) out.push("\n");
  const pre = inPre || tag === "pre";
  for (const child of el.childNodes) walk(child, pre, out);
  if (block) out.push("\n");
  if (tag === "td" || tag === "th") out.push(" ");
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", hellip: "…", shy: "" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === "#") {
      const code = entity[1] === "x" || entity[1] === "X" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return NAMED[entity.toLowerCase()] ?? whole;
  });
}

