import { leadingQuantity, parseUsd } from "./numbers";
import type { LineItemDraft } from "./parse";

/**
 * What a release says is sold, read from the text of its description paragraph in every layout
 * DSCA and the State Department used from 2008 on:
 *
 * - one sentence listing everything, quantities in figures (2008–2012: "a possible sale of six
 *   CH-47D … with 12 (2 per helicopter) T55 … engines, 4 M240H machine guns, …, spare and repair
 *   parts, …");
 * - "Major Defense Equipment (MDE):" and "Non-MDE:" blocks, one line each, quantities spelled out
 *   ("Twenty-five (25) …"), which a copy that loses its line breaks runs together (2015–2018);
 * - the MDE list and "The following non-MDE items will also be included: a; b; …" (2019 on), or
 *   "Also included are …";
 * - numbered lists ("i) … ii) …" with "Quantities: i) …: 16");
 * - a Foreign Military Sales Order II (a blanket order for spare parts, no list of equipment);
 * - additions to "a previously implemented case" (below the notification threshold);
 * - the MDE value where the text gives it ("The estimated value of MDE is $96 million").
 *
 * Pure: text in, facts out. A quantity the text does not give is null; a line the reader cannot
 * place (too long, no words, a clause rather than an item) is left out rather than guessed.
 */

export type ReleaseItems = {
  /** "labelled": the text says which items are MDE; "unlabelled": it lists items with quantities but does not say which are MDE. */
  layout: "labelled" | "unlabelled" | "numbered" | "fmso" | "none";
  /** The lines sold with their quantities; null when the text gives no list to read. */
  majorDefenseEquipment: LineItemDraft[] | null;
  otherItems: string[] | null;
  /** "The estimated value of MDE is $96 million". */
  valueMdeUsd: number | null;
  /** The total the text states, if it states one ("The estimated cost is $375 million"). */
  totalUsd: number | null;
  /** The items are added to an earlier case: below the threshold when the text says so; its value when given. */
  addsToEarlierCase: { belowThreshold: boolean; valueUsd: number | null } | null;
};

const DIGITS = String.raw`\d{1,3}(?:,\d{3})+|\d+`;
const WORD = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million";
/** "twenty-six (26)", "Two-hundred and sixty thousand (260,000)", "four ( 4)": the words are not read, the figures are. */
const SPELLED = String.raw`(?:(?:${WORD})(?:[\s-]+(?:and[\s-]+)?(?:${WORD}))*)\s*\(\s*(?:${DIGITS})\s*\)`;
const SPELLED_AT = new RegExp(String.raw`\b(?:up\s+to\s+)?${SPELLED}`, "gi");
/** Quantities written only in words ("four AMRAAM-C8 guidance sections"), read at the start of an item. */
const SMALL: Record<string, number> = Object.fromEntries(
  "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split(" ").map((w, i) => [w, i]),
);
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** "four" → 4, "twenty-four" → 24, "two hundred fifty" → 250, "one thousand two" → 1002; null for anything else. */
export function wordsToNumber(text: string): number | null {
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and");
  if (words.length === 0) return null;
  let total = 0;
  let current = 0;
  for (const w of words) {
    if (w in SMALL) current += SMALL[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === "hundred") current = (current || 1) * 100;
    else if (w === "thousand") {
      total += (current || 1) * 1000;
      current = 0;
    } else return null;
  }
  return total + current;
}

const BARE_WORDS = String.raw`(?:(?:${"zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand"})(?:[\s-]+(?:and[\s-]+)?)?)+`;
const BARE_QUANTITY = new RegExp(String.raw`^(up\s+to\s+)?(${BARE_WORDS})\s+(?=[A-Z0-9])(.+)$`, "i");

/** The quantity an item starts with: figures ("3,335 …", "sixty (60) …") or words alone before a name ("four AMRAAM-C8 …"). */
function itemQuantity(text: string): { quantity: number; upTo: boolean; rest: string } | null {
  // "(34) AN/ALQ-99F(V) …": figures in brackets alone.
  const bracketed = /^(up\s+to\s+)?\((\d[\d,]*)\)\s+(?=[A-Z0-9])(.+)$/i.exec(text);
  if (bracketed) {
    const quantity = Number(bracketed[2]!.replace(/,/g, ""));
    if (Number.isSafeInteger(quantity) && quantity > 0) return { quantity, upTo: Boolean(bracketed[1]), rest: bracketed[3]! };
  }
  const q = leadingQuantity(text.replace(/^(up\s+to\s+)?(\d[\d,]*)\s+(?=\()/i, "$1$2 "));
  if (q) return q;
  const m = BARE_QUANTITY.exec(text);
  // "five years of follow-on support" is a length of time, not a quantity of equipment.
  if (!m || /^(?:years?|months?|weeks?|days?|hours?|percent)\b/i.test(m[3]!)) return null;
  const quantity = wordsToNumber(m[2]!);
  return quantity && quantity > 0 ? { quantity, upTo: Boolean(m[1]), rest: m[3]! } : null;
}

const MONEY = String.raw`\$\s?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:\s+(?:thousand|million|billion))?`;

/** Whitespace collapsed, the broken spacing of copied PDFs inside brackets mended ("( spares)", "( 4)"). */
function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, " ")
    .replace(/\s+/g, " ")
    .replace(/\(\s+/g, "(")
    .replace(/\s+\)/g, ")")
    // "two thousand, five hundred four (2,504)": a comma inside a number written in words.
    .replace(/\b(thousand|million),\s+(?=(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\b)/gi, "$1 ")
    // "AN/ AAS-44": a slash the copy broke at a line end.
    .replace(/([A-Z])\/\s+([A-Z])/g, "$1/$2")
    // "Multi- Purpose", "Tube- launched": a hyphen the copy broke at a line end.
    .replace(/([A-Za-z])-\s+([A-Za-z0-9])/g, "$1-$2")
    // "l aunchers", "c ryptographic": a word the copy split after its first letter ("a" is a word).
    .replace(/(^|[\s(])([b-hj-z])\s([a-z]{3,})\b/g, "$1$2$3")
    .trim();
}

/** Depth of round brackets at each index: a separator or a quantity inside brackets belongs to the item around it. */
function depths(text: string): number[] {
  const out: number[] = [];
  let depth = 0;
  for (const ch of text) {
    if (ch === "(") depth++;
    out.push(depth);
    if (ch === ")") depth = Math.max(0, depth - 1);
  }
  return out;
}

/** Abbreviations whose period does not end a sentence. */
const ABBREVIATION = /(?:\b[A-Z]|\b(?:Inc|Co|Corp|Ltd|No|Nos|Mk|MK|Mod|MOD|St|Ft|Mt|Jr|Sr|vs|etc|approx|Gov|Govt|Dept|lbs?|cal|Cal))$/;

/** Index of the end of the sentence starting at `from` (a period at depth 0 followed by a capital or the end), or the text's length. */
function sentenceEnd(text: string, from: number): number {
  const depth = depths(text);
  for (let i = from; i < text.length; i++) {
    if (text[i] !== "." || depth[i]! > 0) continue;
    const after = text.slice(i + 1, i + 3);
    if (!(after === "" || /^\s["“(]?[A-Z]/.test(after) || /^\s*$/.test(after))) continue;
    if (ABBREVIATION.test(text.slice(Math.max(from, i - 8), i))) continue;
    // "$2.3 million", "2.75 inch": a period between digits is a decimal point.
    if (/\d$/.test(text.slice(0, i)) && /^\d/.test(text.slice(i + 1))) continue;
    return i;
  }
  return text.length;
}

/** Splits at depth-0 positions where `at` matches (the separator is dropped). */
function splitTopLevel(text: string, at: RegExp): string[] {
  const depth = depths(text);
  const parts: string[] = [];
  let start = 0;
  const re = new RegExp(at.source, at.flags.includes("g") ? at.flags : `${at.flags}g`);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    if (depth[m.index]! > 0) continue;
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/**
 * Splits a line at "and" or "with" before a quantity ("six CH-47D … with 12 … engines"), unless
 * the words before hold a quantity of their own after the first: "153 tank structures for
 * conversion to 133 tanks and 20 replacements" is one line, its numbers parts of one whole.
 */
function splitAtAnd(piece: string, at: RegExp): string[] {
  const parts = splitTopLevel(piece, at);
  if (parts.length < 2) return parts;
  const figures = new RegExp(String.raw`(?:^|[\s,;:])(?<!(?:${WORD})\s*)\(?\d[\d,]*\)?\s+[A-Za-z]`, "gi");
  const inner = (text: string) => [...text.matchAll(SPELLED_AT)].length + [...text.matchAll(figures)].length;
  return inner(parts[0]!) > 1 ? [piece] : parts;
}

/** Where each top-level quantity (spelled, or figures at an item's start) begins. */
function quantityStarts(text: string): number[] {
  const depth = depths(text);
  const starts: number[] = [];
  for (const m of text.matchAll(SPELLED_AT)) {
    if (depth[m.index]! > 0) continue;
    const before = text.slice(0, m.index).trimEnd();
    // A quantity starts an item at the start, after a separator, or (a list that lost its line
    // breaks) when it is written with a capital: "… Systems (INS) Twenty-four (24) AN/AAR-57 …".
    const previous = /(\S+)$/.exec(before)?.[1] ?? "";
    const joins = /^(?:of|to|in|with|for|per|than|over|next|each|by|from|at|or|includes?|including|additional|first|last|the|a|an|total|increments|plus|about|approximately|only|remaining|all|these|those|its|their|are|is|be|were|was|existing|current|previously|her|his|our)$/i.test(previous);
    if (before === "" || /[;,:]$|\band$|\bwith$/i.test(before) || /^[A-Z]/.test(m[0]) || (!joins && /(?:[a-z]s|\))$/.test(previous))) starts.push(m.index);
  }
  return starts;
}

/** A line of equipment, tidied: its own words, no separators or conjunctions at its ends. */
function cleanItem(text: string): string {
  let item = text
    .replace(/^(?:Also\s+included\s+(?:are|is)\s*:?\s*)+/i, "")
    .replace(/^the\s+following\s+non-(?:MDE|major\s+defen[cs]e\s+equipment)(?:\s+items)?\s*:?\s*/i, "")
    .replace(/^(?:and|or|as well as|plus|along with)\s+/i, "")
    // "additional non-MDE 65' boats": every item of the other items is non-MDE; the qualifier is not part of the name.
    .replace(/^((?:an?\s+)?additional\s+)?non-(?:MDE|major\s+defen[cs]e\s+equipment)\s+(?!items?\b)/i, "$1")
    // "an additional six hundred twenty-four (624) GBU-39/B …" → "six hundred twenty-four (624) additional GBU-39/B …".
    .replace(new RegExp(String.raw`^(?:an?\s+)?additional\s+((?:up\s+to\s+)?(?:${SPELLED}|\d[\d,]*))\s+`, "i"), "$1 additional ")
    .replace(/[\s,;:.]+$/, "")
    .replace(/^[\s,;:]+/, "")
    .trim();
  // "(2 per helicopter) T55-GA-714A engines" → "T55-GA-714A engines (2 per helicopter)".
  const lead = /^(\((?!\d[\d,]*\))[^()]*\))\s+(.+)$/.exec(item);
  if (lead) item = `${lead[2]} ${lead[1]}`;
  return item;
}

/** The words a line's own clause ends with when the list goes on after it ("… helicopters equipped", "…, which consist of"). */
const TRAILING_CLAUSE = /,?\s+(?:(?:each\s+)?(?:equipped|configured|fitted|outfitted)(?:\s+with\s+the\s+following)?|which\s+consists?\s+of|consisting\s+of|which\s+includes?|including|to\s+include|(?:,\s*)?additional\s+spare\s+.*|with\s+an\s+option\b.*)\s*:?$/i;

/** An item the reader can stand behind: words, of a sensible length, not a clause of a sentence. */
function plausible(item: string): boolean {
  if (item.length < 3 || item.length > 250) return false;
  if (!/[A-Za-z]{2}/.test(item)) return false;
  // The compilation cut the text here: the item is not whole.
  if (/(?:…|\.\.\.)$/.test(item)) return false;
  // ("in-country support" is an item: a hyphen after the word makes it part of a name.)
  if (/^(?:to|for|of|in|which|that|who|will|is|are|was|were|the estimated|this|these)\b(?!-)/i.test(item)) return false;
  // Unbalanced brackets mean the split went through the middle of something.
  return (item.match(/\(/g) ?? []).length === (item.match(/\)/g) ?? []).length;
}

/** "… that will be added to a previously implemented case …": the items end before it. */
const ADDED_TAIL = /,?\s*(?:that|which)\s+will\s+be\s+added\s+to\s+(?:a\s+)?previously\s+implemented\s+cases?\b.*$/i;
const COST_TAIL = /,?\s*(?:for|at)\s+an\s+estimated\s+(?:total\s+)?(?:program\s+|case\s+)?(?:cost|value)\b.*$/i;

type Entry = LineItemDraft & { measured?: boolean };

/** A count of people, visits or reviews: services, not equipment. */
const SERVICE_COUNT = /\b(?:reviews?|visits?|per\s+year|representatives?|personnel|technicians?|instructors?|advisors?|man-?(?:hours|years))\b/i;

/**
 * The entries of a list of what is sold, in order: each with its quantity where one starts it,
 * else a null quantity. Lines that lost their breaks are cut where a capitalised quantity starts;
 * the list is cut at semicolons where it has them, else at commas; "and" or "with" before a
 * quantity also starts a new line ("six CH-47D … with 12 … engines").
 */
function readQuantifiedList(segment: string): Entry[] {
  let marked = segment;
  for (const at of quantityStarts(segment).reverse()) {
    if (at === 0 || /[;,:]\s*$|\b(?:and|with)\s*$/i.test(segment.slice(0, at))) continue;
    marked = `${marked.slice(0, at).trimEnd()}; ${marked.slice(at)}`;
  }
  // "Intelligence, Surveillance, and Reconnaissance": the commas of a name are not separators.
  marked = marked.replace(/\b[A-Z][a-z]+(?:, [A-Z][a-z]+)+,? and [A-Z][a-z]+\b/g, (name) => name.replace(/,/g, "\u0001"));
  marked = marked.replace(/\b(?:engineering|technical|logistics?|logistical|program),\s+(?=(?:and\s+)?(?:engineering|technical|logistics?|logistical|program)\b)/gi, (m) => m.replace(",", "\u0001"));
  const bySemicolon = marked.includes(";");
  if (!bySemicolon) {
    // "fifty-four (54) Stryker Vehicles, to include M1126 …, M1130 …, and M1129 …": the commas of a
    // line's own "to include" list stay in the line, up to the next quantity.
    const starts = quantityStarts(marked);
    for (const inc of [...marked.matchAll(/,?\s+(?:to\s+include|including|consisting\s+of)\s+/gi)].reverse()) {
      if (!starts.some((s) => s < inc.index)) continue;
      const until = starts.find((s) => s > inc.index) ?? marked.length;
      marked = marked.slice(0, inc.index) + marked.slice(inc.index, until).replace(/,/g, "\u0001") + marked.slice(until);
    }
  }
  const QUANTITY_AHEAD = String.raw`(?=(?:up\s+to\s+)?(?:\d[\d,]*\s|\(\d[\d,]*\)\s|${SPELLED}|${BARE_WORDS}\s+[A-Z0-9]))`;
  const pieces = splitTopLevel(
    marked,
    bySemicolon ? new RegExp(String.raw`;\s*(?:and\s+)?|[,:]\s+(?:and\s+)?${QUANTITY_AHEAD}`, "i") : /,\s+(?:and\s+)?(?!(?:including|each|with|to|for|which|plus|consisting|comprising|as)\b)(?![a-z]+ed\s+(?:to|in|with|for|on|as|by|into)\b)/i,
  ).flatMap((piece) =>
    splitAtAnd(piece, new RegExp(String.raw`(?<!\b(?:${WORD}))\s+(?:and|with)\s+${QUANTITY_AHEAD}`, "i")),
  );
  // "one thousand (1000) BGM-71E-4B-RF Tube-launched, Optically-tracked, Wireless-guided (TOW) 2A …
  // missiles": a name whose adjectives are separated by commas goes on after them.
  for (let i = 0; i + 1 < pieces.length; i++) {
    if (!bySemicolon && /\b[\w-]*[a-z]ed$/i.test(pieces[i]!.trim()) && itemQuantity(cleanItem(pieces[i]!)) && !itemQuantity(cleanItem(pieces[i + 1]!))) {
      pieces.splice(i, 2, `${pieces[i]}, ${pieces[i + 1]}`);
      i--;
    }
  }
  // "fifteen (15) M1151A1 HMMWVs, Utility, Armored, and …": single capitalised words after a line are its own.
  for (let i = 1; i < pieces.length; i++) {
    if (!bySemicolon && /^[A-Z][a-z]+$/.test(cleanItem(pieces[i]!)) && itemQuantity(cleanItem(pieces[i - 1]!))) {
      pieces.splice(i - 1, 2, `${pieces[i - 1]}, ${cleanItem(pieces[i]!)}`);
      i--;
    }
  }
  const entries: Entry[] = [];
  for (const piece of pieces) {
    const text = cleanItem(piece.replace(/\u0001/g, ","));
    if (!text) continue;
    const q = itemQuantity(text);
    // "60,000,000 gallons of unleaded gasoline": an amount in a unit of measure, not a number of items.
    // "30 mm multi-purpose rounds" is a calibre; "up to two (2) Program Management Reviews per year" a count of services.
    if (q && (/^(?:gallons?|liters?|litres?|barrels?|pounds?|lbs?\b|tons?|tonnes?|kilograms?|kg\b|feet|meters?|metres?|miles?|hours?|mm\b|cm\b|inch(?:es)?\b|kW\b)/i.test(q.rest) || SERVICE_COUNT.test(q.rest))) {
      if (plausible(text)) entries.push({ description: text, quantity: null, upTo: false, measured: true });
      continue;
    }
    if (q) {
      const description = cleanItem(cleanItem(q.rest).replace(TRAILING_CLAUSE, ""));
      if (plausible(description)) entries.push({ description, quantity: q.quantity, upTo: q.upTo });
    } else if (plausible(text)) entries.push({ description: text, quantity: null, upTo: false });
  }
  return entries;
}

/** A list of items in a sentence: "a; b; and c", or "a, b, and c" when it has no semicolons. */
function readList(sentence: string): string[] {
  // A copy that lost a period runs the next sentence into the last item: it ends there.
  sentence = sentence.replace(/\s+(?:These|This|The|It|They)\s+[a-z].*$/, "");
  // "engineering, technical, and logistics support services": one item, the commas its own.
  sentence = sentence.replace(/\b(?:engineering|technical|logistics?|logistical|program),\s+(?=(?:and\s+)?(?:engineering|technical|logistics?|logistical|program)\b)/gi, (m) => m.replace(",", "\u0001"));
  const parts = (sentence.includes(";") ? splitTopLevel(sentence, /;\s*/) : splitTopLevel(sentence, /,\s+(?!(?:including|each|with|to|for|which|plus)\b)/)).flatMap((p) =>
    splitTopLevel(p, /,\s+(?:and\s+)?(?=(?:up\s+to\s+)?(?:[a-z]+[\s-]+)*[a-z]+\s*\(\d)/i),
  );
  const items = parts.map((p) => cleanItem(p.replace(/\u0001/g, ","))).filter(plausible);
  return [...new Set(items)];
}

/** The closing words of nearly every release since 2012, joined to the last item by "and" or "as well as". */
const PROGRAM_SUPPORT_TAIL = /,?\s+(?:and|as\s+well\s+as)\s+(other\s+related\s+elements\s+of\s+(?:logistics?|logistical|program)(?:\s+and\s+(?:logistics?|logistical|program))?\s+support)$/i;

/**
 * A release that sells no MDE and lists what it sells without quantities, in one sentence:
 *
 * - a list at semicolons ("non-standard spare and repair parts … for F-16 aircraft; U.S. Government
 *   and contractor … support services; and other related elements of logistics and program support");
 * - additions to an earlier case ("additional X and additional Y", the sentence's tail about the
 *   earlier case already cut off);
 * - a list at commas, or a single item, that ends with "and other related elements of … support":
 *   the closing words show the sentence is a list. A clause inside the item (", utilizing a, b,
 *   and/or c") keeps it whole; a sentence without those words is not a list and gives nothing.
 */
function readUnquantifiedList(segment: string, added: boolean): string[] {
  const text = segment.replace(/[\s.;,:]+$/, "");
  if (splitTopLevel(text, /;\s*/).length > 1) return readList(text);
  const tail = PROGRAM_SUPPORT_TAIL.exec(text);
  const head = tail ? text.slice(0, tail.index) : text;
  const closing = tail ? [tail[1]!] : [];
  if (added && /^(?:an?\s+)?additional\b/i.test(head)) {
    const items = splitTopLevel(head, /\s+and\s+(?=additional\b)/i).map(cleanItem).filter(plausible);
    return items.length > 0 ? [...items, ...closing] : [];
  }
  if (!tail) return [];
  if (/,\s+(?:utilizing|using|through|via|under)\b/i.test(head)) {
    const item = cleanItem(head);
    return plausible(item) ? [item, ...closing] : [];
  }
  const items = readList(head);
  return items.length > 0 ? [...items, ...closing] : [];
}

/** Where the list of other items starts, and the words that introduce it. */
const OTHER_LIST =
  /(?:Also\s+included\s+(?:is|are)\s+the\s+following\s+non-(?:MDE|major\s+defen[cs]e\s+equipment)(?:\s+items)?|Non-MDE\s+items\s+(?:also\s+)?included\s+(?:are|is)|The\s+following\s+non-(?:MDE|major\s+defen[cs]e\s+equipment)(?:\s+items)?\s+(?:will\s+)?(?:also\s+)?(?:be\s+)?included(?:\s+in\s+this\s+(?:possible\s+)?sale)?|This\s+request\s+(?:also\s+)?includes\s+the\s+following\s+Non-MDE|Non-MDE:\s*(?:Also\s+included\s+(?:with\s+this\s+request\s+)?(?:are|is))?|Also\s+included\s+(?:in\s+this\s+(?:possible\s+)?sale\s+|with\s+this\s+request\s+)?(?:are|is|will\s+be)|This\s+request\s+also\s+includes|The\s+proposed\s+sale\s+(?:also\s+)?includes|Included\s+(?:in\s+this\s+(?:possible\s+)?sale\s+)?(?:are|is)|Also\s+included)\s*:?\s*/i;

/** Where the items sold stop: the other items, the cost, or the end of the sentence. */
const SEGMENT_END = new RegExp(String.raw`${OTHER_LIST.source}|The\s+(?:total\s+|overall\s+)*estimated|Major\s+Defense\s+Equipment\s+includes`, "i");

function valueAfter(pattern: RegExp, text: string): number | null {
  const m = pattern.exec(text);
  return m ? parseUsd(m[1]!.replace(/\s+/g, " ")) : null;
}

/** "The (total) estimated value of MDE is $X", "The estimated MDE cost is $X" (not an amendment's part, nor an earlier case's). */
export function mdeValueOf(text: string): number | null {
  const t = tidy(text);
  const patterns = [
    new RegExp(String.raw`estimated\s+(?:value|cost)\s+of\s+(?:the\s+)?(?:MDE|Major\s+Defen[cs]e\s+Equipment(?:\s+\(MDE\))?)\s+(?:is|will\s+be)\s+(?:approximately\s+)?(${MONEY})`, "gi"),
    new RegExp(String.raw`estimated\s+(?:MDE|major\s+defen[cs]e\s+equipment\s+\(MDE\))\s+(?:value|cost|sale)(?:\s+in\s+this\s+amendment)?\s+(?:is|will\s+be)\s+(?:approximately\s+)?(${MONEY})`, "gi"),
  ];
  const values = new Set<number>();
  for (const p of patterns) for (const m of t.matchAll(p)) {
    const v = parseUsd(m[1]!);
    if (v !== null) values.add(v);
  }
  // Two different MDE figures (an amendment's and the whole case's): not sure which is which.
  return values.size === 1 ? [...values][0]! : null;
}

/** The total the text states: "The estimated (total) cost is $X", "The total estimated value is $X". */
export function totalOf(text: string): number | null {
  const t = tidy(text);
  const values = new Set<number>();
  const p = new RegExp(String.raw`(?:estimated\s+(?:total\s+|overall\s+)?(?:program\s+|case\s+)?(?:cost|value)|total\s+(?:overall\s+)?estimated\s+(?:program\s+|case\s+)?(?:cost|value))(?!\s+of\s+(?:the\s+)?MDE)\s+(?:is|will\s+be|of)\s+(?:approximately\s+)?(${MONEY})`, "gi");
  for (const m of t.matchAll(p)) {
    if (/original|previously/i.test(t.slice(Math.max(0, m.index - 120), m.index))) continue;
    const v = parseUsd(m[1]!);
    if (v !== null) values.add(v);
  }
  return values.size === 1 ? [...values][0]! : null;
}

/** "… added to a previously implemented case whose value was under the congressional notification threshold. The original … case, valued at $50.7 million, …". */
export function earlierCaseOf(text: string): ReleaseItems["addsToEarlierCase"] {
  const t = tidy(text);
  const added = /added\s+to\s+(?:a\s+|the\s+)?previously\s+implemented\s+(?:FMS\s+)?cases?\b/i.exec(t);
  if (!added) return null;
  const around = t.slice(added.index, added.index + 400);
  const below = /(?:under|below)\s+the\s+(?:congressional\s+)?notification\s+threshold/i.test(around);
  // One earlier case with one value; several cases ("valued at $34.1 million … and $17.6 million") are not summed.
  const original = new RegExp(String.raw`(?:original|earlier|previously\s+implemented)\s+(?:Foreign\s+Military\s+Sales\s+(?:\(FMS\)\s+)?|FMS\s+)?case\s*,?\s*(?:was\s+)?valued\s+at\s+(${MONEY})(?![^.]{0,40}\s+and\s+\$)`, "i");
  const inline = new RegExp(String.raw`previously\s+implemented\s+case\s+valued\s+at\s+(${MONEY})`, "i");
  return { belowThreshold: below, valueUsd: valueAfter(original, t) ?? valueAfter(inline, t) };
}

/** The numbered layout: "i) A ii) B … Quantities: i) A: 16 ii) B: Not specified". */
function readNumbered(t: string): Pick<ReleaseItems, "majorDefenseEquipment" | "otherItems"> {
  const ROMAN = String.raw`\b[ivxl]{1,7}\)\s+`;
  const split = (s: string) =>
    s
      .split(new RegExp(ROMAN, "i"))
      .map((p) => p.trim())
      .filter(Boolean);
  const quantities = /\bQuantities:\s*(.*)$/i.exec(t);
  const tail = /\s+(?:The\s+(?:total\s+|overall\s+)*estimated|This\s|Added\s+to\s|Quantities:).*$/i;
  const listed = split(quantities ? t.slice(0, quantities.index) : t).map((p) => cleanItem(p.replace(tail, "")));
  if (!quantities) return { majorDefenseEquipment: null, otherItems: listed.filter(plausible) };
  const mde: LineItemDraft[] = [];
  const other: string[] = [];
  for (const entry of split(quantities[1]!).map((e) => e.replace(tail, ""))) {
    const m = /^(.+?):\s*(.*)$/.exec(entry);
    if (!m) continue;
    const description = cleanItem(m[1]!);
    const figure = /^(up\s+to\s+)?(\d[\d,]*)\b/i.exec(m[2]!.trim());
    if (!plausible(description)) continue;
    // "U.S. Government personnel visits: 3": people and visits are services, not equipment.
    if (figure && /\b(?:visits?|representatives?|personnel|technicians?|instructors?|advisors?)\b/i.test(description)) {
      other.push(`${figure[2]} ${description}`);
      continue;
    }
    if (figure) {
      const quantity = Number(figure[2]!.replace(/,/g, ""));
      if (Number.isSafeInteger(quantity) && quantity > 0) mde.push({ description, quantity, upTo: Boolean(figure[1]) });
    } else other.push(description);
  }
  return { majorDefenseEquipment: mde, otherItems: other };
}

/** Reads the description paragraph of a release: see the comment at the top of this file. */
export function readReleaseItems(description: string): ReleaseItems {
  const t = tidy(description);
  const base = { valueMdeUsd: mdeValueOf(t), totalUsd: totalOf(t), addsToEarlierCase: earlierCaseOf(t) };
  if (!t) return { layout: "none", majorDefenseEquipment: null, otherItems: null, ...base };

  if (/^i\)\s/.test(t)) return { layout: "numbered", ...readNumbered(t), ...base };

  const firstSentence = t.slice(0, sentenceEnd(t, 0));
  if (/Foreign\s+Military\s+Sales\s+Order\s*(?:\(FMSO\)\s*)?II\b/i.test(firstSentence)) {
    const parts = /blanket\s+order/i.test(firstSentence) ? "blanket order requisitions for spare and repair parts" : "spare and repair parts";
    return { layout: "fmso", majorDefenseEquipment: null, otherItems: [`Foreign Military Sales Order II (FMSO II): ${parts}`], ...base };
  }

  // The MDE label: "Major Defense Equipment (MDE):", or "… includes:" (a colon, or a quantity right after it).
  const mdeLabel = new RegExp(String.raw`(?<!non-)Major\s+Defen[cs]e\s+Equipment\s*(?:\(MDE\))?\s*(?::|includes:?(?=\s*(?:\d|${SPELLED})))\s*`).exec(t);
  const labelled = /\bnon-(?:MDE|major\s+defen[cs]e\s+equipment)\b/i.test(t) || mdeLabel !== null;

  // Where the items sold begin: after "a possible sale of", or after the MDE label.
  let start = 0;
  if (mdeLabel && mdeLabel.index < 600) start = mdeLabel.index + mdeLabel[0].length;
  else {
    const lead = /^(?:a\s+|the\s+)?(?:possible\s+)?(?:sale|purchase)\s+(?:to\s+\S+(?:\s+\S+)?\s+)?(?:(?:from\s+[^,;]{0,60}?\bstocks?\s+|for\s+(?:the\s+)?[a-z][a-z -]{0,50}?\s+)?of:?|to\s+provide|(?=(?:up\s+to\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b)))\s*(?:a\s+|an\s+)?/i.exec(t);
    if (lead) start = lead[0].length;
  }
  const rest = t.slice(start);
  const endAt = Math.min(sentenceEnd(rest, 0), SEGMENT_END.exec(rest)?.index ?? rest.length);
  let segment = rest.slice(0, endAt).replace(ADDED_TAIL, "").replace(COST_TAIL, "").trim();
  // "up to the following quantities: a; b; c": every line is a ceiling.
  const ceilings = /^up\s+to\s+the\s+following\s+quantities\s*:?\s*/i.exec(segment);
  if (ceilings) segment = segment.slice(ceilings[0].length);
  // "long lead items … for the programme, which includes: three (3) shipsets …": the list starts after the colon.
  const figures = /(?:^|[:;,]\s*)(\d[\d,]*)\s+[A-Z(]/.exec(segment);
  const firstQuantity = Math.min(quantityStarts(segment)[0] ?? Infinity, figures ? figures.index : Infinity);
  const intro =
    /\b(?:(?:which\s+)?(?:includes?|including|consisting\s+of|comprising)(?:\s+the\s+following[^:;]{0,60})?|the\s+following[^:;]{0,60})\s*:\s*/i.exec(segment) ??
    new RegExp(String.raw`\b(?:which|the\s+sale)\s+includes\s+(?=(?:\d|${SPELLED}))`, "i").exec(segment);
  if (intro && firstQuantity !== Infinity && intro.index < firstQuantity) segment = segment.slice(intro.index + intro[0].length);

  const entries = readQuantifiedList(segment).map(({ measured, ...e }) => (ceilings && e.quantity !== null ? { ...e, upTo: true, measured } : { ...e, measured }));
  const line = ({ description, quantity, upTo }: Entry): LineItemDraft => ({ description, quantity, upTo });
  const quantified = entries.filter((e) => e.quantity !== null).map(line);

  // The other items: the sentence after the words that introduce them ("The following non-MDE
  // items will also be included: …"), never a sentence about the earlier case.
  let other: string[] | null = null;
  const otherAt = OTHER_LIST.exec(t.slice(start));
  if (otherAt) {
    const from = start + otherAt.index + otherAt[0].length;
    other = readList(t.slice(from, sentenceEnd(t, from)).replace(ADDED_TAIL, "").replace(COST_TAIL, ""));
  }

  if (quantified.length === 0) {
    // Nothing with a quantity: a services case ("… sustainment support to include a; b; c"), read
    // as its list when it is one (semicolons after "to include" or "including"), or a sentence
    // that is not a list, which is not guessed at. Other items are read where they are introduced.
    const services = /\b(?:to\s+include|including|consisting\s+of|which\s+includes?|includes?)\s*:?\s+(.*;.*;.*)$/i.exec(segment);
    // A list of amounts in units ("60,000,000 gallons of …, …") is a list of items too.
    const listed = services ? readList(services[1]!) : entries.some((e) => e.measured) ? entries.map((e) => e.description) : readUnquantifiedList(segment, base.addsToEarlierCase !== null);
    const otherItems = [...new Set([...listed, ...(other ?? [])])];
    return { layout: labelled ? "labelled" : "unlabelled", majorDefenseEquipment: null, otherItems: otherItems.length > 0 ? otherItems : other, ...base };
  }
  // Every entry of a labelled MDE block is MDE; one without a quantity keeps a null quantity.
  if (labelled) {
    // An entry without a quantity that reads as a clause ("items and services to support …") is not a line.
    const lines = entries.filter((e) => e.quantity !== null || (e.description.length <= 100 && !/\b(?:to\s+support|to\s+include|including|which|that)\b/i.test(e.description)));
    return { layout: "labelled", majorDefenseEquipment: lines.map(line), otherItems: other, ...base };
  }
  // The one-sentence lists: the lines with quantities, and the rest as other items.
  const unquantified = entries.filter((e) => e.quantity === null).map((e) => e.description);
  return { layout: "unlabelled", majorDefenseEquipment: quantified, otherItems: [...new Set([...unquantified, ...(other ?? [])])], ...base };
}
