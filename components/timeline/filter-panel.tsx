"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useOptimistic, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { allSystems, choicesToParseVocabulary, countFilters, FILTERS, indexVocabulary, keysOfKind, parseFilters, serializeFilters, type Filters, type KeyOfKind, type PanelChoices, type VocabularyIndex } from "@/lib/filters";
import { ChevronDownIcon } from "@/components/ui/icons";
import type { FacetCounts } from "@/lib/domain";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { timelineHref } from "@/lib/format";

/**
 * The filter form. It is a plain GET form, so it works with JavaScript off; with it on,
 * every change updates the URL at once (a history entry per change, so Back undoes it)
 * and the server renders the new view. Its long lists are styled by classes in app/globals.css
 * (.fp-*), so each of the hundred options carries no utility list.
 *
 * Each option shows how many notifications the view would hold with it added (`counts`, from
 * lib/queries/facets.ts); an option that would give none is left out, unless it is chosen: a chosen
 * option always stays, so it can be unticked. A long list (the contractors: its entry's `top`)
 * draws only the options the view holds most of, and a "find" box, like the systems', names any other.
 */
export function FilterPanel({ choices, filters, counts }: { choices: PanelChoices; filters: Filters; counts: FacetCounts }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState<{ key: ListKey; text: string } | null>(null);
  // The inputs show `current`: the filters just chosen while the next view renders, and the
  // URL's filters otherwise (so Back, a chip or a link also update them).
  const [current, setCurrent] = useOptimistic(filters);
  // The "find" boxes (the systems', and a long checklist's), by filter: what each has typed is checked on submit.
  const finds = useRef(new Map<ListKey, HTMLInputElement>());
  const findRef = (key: ListKey) => (input: HTMLInputElement | null) => {
    if (input) finds.current.set(key, input);
    else finds.current.delete(key);
  };
  // The parser's index is needed only when the form changes, never to render: built on first
  // use (not during the server render of every page), again when new choices arrive.
  const indexed = useRef<{ choices: PanelChoices; index: VocabularyIndex } | null>(null);
  function index(): VocabularyIndex {
    if (indexed.current?.choices !== choices) indexed.current = { choices, index: indexVocabulary(choicesToParseVocabulary(choices)) };
    return indexed.current.index;
  }
  // The "find" suggestions (every name and alias) fill their datalist once the box is
  // first focused: before that nobody sees them, and every page would carry them. The datalist
  // itself is always there, so the box is a combobox from the start.
  const [suggest, setSuggest] = useState<ListKey[]>([]);
  const suggesting = (key: ListKey) => () => setSuggest((keys) => (keys.includes(key) ? keys : [...keys, key]));
  const id = useId();
  const formId = `${id}-form`;
  const activeCount = countFilters(filters);

  function apply(form: HTMLFormElement) {
    const next = readForm(form, index());
    startTransition(() => {
      setCurrent(next);
      router.push(timelineHref(serializeFilters(next)), { scroll: false });
    });
  }

  // A box ticked or a date typed before React attached its handlers is still in the form:
  // apply it once hydrated rather than lose it.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    // The form has no page field: compare everything but the page.
    if (form && serializeFilters(readForm(form, index())) !== serializeFilters({ ...filters, page: 1 })) apply(form);
    // Once, on mount: later changes go through the handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function update(event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) {
    if (event.currentTarget.form) apply(event.currentTarget.form);
  }

  const names = (key: ListKey, value: string) => FILTERS[key].resolve(value, index()) !== null;

  // A "find" box applies as soon as what is typed names an option.
  const onFind = (key: ListKey) => (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    if (input.form && names(key, input.value)) {
      setNotice(null);
      apply(input.form);
      input.value = "";
    }
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    for (const [key, typed] of finds.current) {
      if (typed.value && !names(key, typed.value)) {
        setNotice({ key, text: `No ${key === "systems" ? "system" : noun(key)} is known as “${typed.value}”.` });
        return;
      }
    }
    setNotice(null);
    apply(event.currentTarget);
    for (const typed of finds.current.values()) typed.value = "";
  }

  // Chosen in the URL (what the counts were computed for) or just ticked (the next view is on its way).
  const chosen = (key: ListKey, value: string) => filters[key].includes(value) || current[key].includes(value);
  const offered = <T,>(key: ListKey, items: T[], value: (item: T) => string) =>
    items.filter((item) => (optionCounts(key, counts)[value(item)] ?? 0) > 0 || chosen(key, value(item)));
  const systemsByCategory = choices.categories
    .map((c) => ({ ...c, systems: offered("systems", c.systems, (s) => s.slug) }))
    .filter((c) => c.systems.length > 0);
  const years = choices.years.filter((y) => (counts.years[y] ?? 0) > 0 || filters.year === y || current.year === y);
  const flags = FLAGS.filter((key) => flagCount(key, counts) > 0 || filters[key] || current[key]);

  return (
    <>
      {/* Outside the disclosure, so it shows on phones with the filters closed; it belongs to
          the filter form (the form attribute), so a search keeps the filters and vice versa. */}
      <div className="mb-4" role="search" aria-label="Search notifications">
        <label htmlFor={`${id}-q`} className="mb-1 block text-sm font-semibold">
          Search
        </label>
        <div className="flex gap-2">
          <input
            id={`${id}-q`}
            key={filters.q ?? ""}
            form={formId}
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            maxLength={MAX_QUERY_LENGTH}
            placeholder="Lockheed, GMLRS, air-to-air…"
            aria-describedby={`${id}-q-help`}
            className="min-w-0 flex-1 rounded-md border border-rule bg-white px-2 py-1 text-sm"
          />
          <button type="submit" form={formId} className="rounded-md bg-accent px-3 py-1 text-sm font-semibold text-white hover:bg-accent/90">
            Search
          </button>
        </div>
        <p id={`${id}-q-help`} className="mt-1 text-xs text-muted">
          Titles, summaries, equipment, contractors and sources. &quot;Quotes&quot; for a phrase.
        </p>
        {current.q && current.sort === "newest" && <input type="hidden" form={formId} name="sort" value="newest" />}
      </div>
      <details className="filter-panel group rounded-lg border border-rule bg-white md:border-0 md:bg-transparent">
        <summary className="cursor-pointer list-none px-4 py-3 font-semibold md:hidden">
          Filters{activeCount > 0 && <span className="figures font-normal text-muted"> ({activeCount} in force)</span>}
          <ChevronDownIcon className="float-right mt-1 group-open:rotate-180" />
        </summary>
        <form
          id={formId}
          ref={formRef}
          method="get"
          action={timelineHref()}
          role="search"
          aria-label="Filter notifications"
          onSubmit={onSubmit}
          aria-busy={pending}
          className={`fp-form space-y-5 px-4 pb-4 md:px-0 ${pending ? "opacity-70" : ""}`}
        >
          {LISTS.map((key) => {
            const { panel } = FILTERS[key];
            if (panel.as === "checklist") {
              const top = "top" in panel ? panel.top : undefined;
              const all = offered(key, panel.options(choices), (o) => o.value);
              const shown = top ? topOptions(all, optionCounts(key, counts), top.count, (value) => chosen(key, value)) : all;
              return (
                <fieldset key={key}>
                  <legend>{panel.legend}</legend>
                  {top && (
                    <>
                      <label htmlFor={`${id}-find-${key}`} className="mb-1 block text-xs text-muted">
                        {top.find}
                      </label>
                      <input
                        id={`${id}-find-${key}`}
                        name={FILTERS[key].param}
                        ref={findRef(key)}
                        onChange={onFind(key)}
                        onFocus={suggesting(key)}
                        list={`${id}-names-${key}`}
                        type="search"
                        autoComplete="off"
                        className="mb-2 w-full rounded-md border border-rule bg-white px-2 py-1 text-sm"
                        placeholder="Type a name"
                      />
                      <datalist id={`${id}-names-${key}`}>{suggest.includes(key) && top.names(choices).map((name) => <option key={name} value={name} />)}</datalist>
                      {notice?.key === key && <p className="mb-2 text-sm text-red-800" role="alert">{notice.text}</p>}
                    </>
                  )}
                  <div className="fp-list">
                    {shown.map((o) => (
                      <FilterOption key={o.value} name={FILTERS[key].param} value={o.value} label={o.label} count={optionCounts(key, counts)[o.value] ?? 0} checked={current[key].includes(o.value)} onChange={update} />
                    ))}
                  </div>
                  {shown.length < all.length && (
                    <p className="mt-1 text-xs text-muted" data-testid={`more-${key}`}>
                      {`The ${shown.length} this view names most; ${all.length - shown.length} more: find them by name.`}
                    </p>
                  )}
                </fieldset>
              );
            }
            if (panel.as !== "systems") return null;
            return (
              <fieldset key={key}>
                <legend>Weapon system</legend>
                <label htmlFor={`${id}-find`} className="mb-1 block text-xs text-muted">
                  Find by any name (HIMARS, M142, AIM-120…)
                </label>
                <input
                  id={`${id}-find`}
                  name={FILTERS[key].param}
                  ref={findRef(key)}
                  onChange={onFind(key)}
                  onFocus={suggesting(key)}
                  list={`${id}-names`}
                  type="search"
                  autoComplete="off"
                  className="mb-2 w-full rounded-md border border-rule bg-white px-2 py-1 text-sm"
                  placeholder="Type a system name"
                />
                <datalist id={`${id}-names`}>
                  {suggest.includes(key) && allSystems(choices).flatMap((s) => [s.name, ...(s.otherNames ?? [])]).map((name) => <option key={name} value={name} />)}
                </datalist>
                {notice?.key === key && <p className="mb-2 text-sm text-red-800" role="alert">{notice.text}</p>}
                <div className="fp-list">
                  {systemsByCategory.map((g) => (
                    <div key={g.slug}>
                      <p>{g.name}</p>
                      {g.systems.map((s) => (
                        <FilterOption key={s.slug} name={FILTERS[key].param} value={s.slug} label={s.name} count={optionCounts(key, counts)[s.slug] ?? 0} checked={current[key].includes(s.slug)} onChange={update} />
                      ))}
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          })}

          <fieldset className="fp-when space-y-2">
            <legend>Announced</legend>
            <label>
              Year
              <select name="year" value={current.year ?? ""} onChange={update}>
                <option value="">Any year</option>
                {years.map((y) => (
                  <option key={y} value={y}>
                    {`${y} (${counts.years[y] ?? 0})`}
                  </option>
                ))}
              </select>
            </label>
            <label>
              From
              <input type="date" name="from" value={current.from ?? ""} onChange={update} />
            </label>
            <label>
              To
              <input type="date" name="to" value={current.to ?? ""} onChange={update} />
            </label>
          </fieldset>

          {flags.length > 0 && (
            <fieldset>
              <legend>After the notification</legend>
              <div className="fp-flags">
                {flags.map((key) => (
                  <label key={key}>
                    <input type="checkbox" name={FILTERS[key].param} value="1" checked={current[key]} onChange={update} />
                    {FILTERS[key].panel.label}
                    <span>{flagCount(key, counts)}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {/* A filter chosen by a link, not offered here (a deal page's transmittal number), is kept while other filters change. */}
          {LISTS.flatMap((key) => (FILTERS[key].panel.as === "hidden" ? current[key].map((v) => <input key={`${key}:${v}`} type="hidden" name={FILTERS[key].param} value={v} />) : []))}

          <div className="flex items-center gap-3">
            <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90">
              Apply filters
            </button>
            <Link href={timelineHref()} className="text-sm underline">
              Clear all
            </Link>
          </div>
        </form>
      </details>
    </>
  );
}

/**
 * What the panel offers, from the table of filters (lib/filters/table.ts: each entry's `panel`):
 * the lists in its order, each a checklist with its counts, the systems with their find box, or
 * hidden fields; then the yes/no filters. The search box and the Announced fieldset are its own.
 */
type ListKey = KeyOfKind<"list">;
const LISTS = keysOfKind("list");
const FLAGS = keysOfKind("flag");

/** A list's counts per option (its facet in FacetCounts). */
const optionCounts = (key: ListKey, counts: FacetCounts) => {
  const entry = FILTERS[key];
  return ("facet" in entry ? counts[entry.facet] : {}) as Record<string, number>;
};
/** What a checklist's options are called in its find box and notice ("principal contractor"). */
const noun = (key: ListKey) => {
  const { panel } = FILTERS[key];
  return panel.as === "checklist" ? panel.legend.toLowerCase() : FILTERS[key].param;
};

/** A long list's options: the `count` the view holds most of (most first, then by name), and any chosen. */
function topOptions<T extends { value: string; label: string }>(options: T[], counts: Record<string, number>, count: number, chosen: (value: string) => boolean): T[] {
  const ranked = [...options].sort((a, b) => (counts[b.value] ?? 0) - (counts[a.value] ?? 0) || a.label.localeCompare(b.label));
  return ranked.filter((o, i) => i < count || chosen(o.value));
}

/** How many notifications a yes/no filter would keep. */
const flagCount = (key: (typeof FLAGS)[number], counts: FacetCounts) => counts[FILTERS[key].facet];

function FilterOption(props: {
  name: string;
  value: string;
  label: string;
  count: number;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <label>
      <input type="checkbox" name={props.name} value={props.value} checked={props.checked} onChange={props.onChange} />
      {props.label}
      <span>{props.count}</span>
    </label>
  );
}

function readForm(form: HTMLFormElement, index: VocabularyIndex): Filters {
  const data = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") data.append(key, value);
  return parseFilters(data, index);
}
