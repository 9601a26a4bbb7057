"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useOptimistic, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import { AS_GIVEN, countFilters, FILTERS, indexVocabulary, keysOfKind, parseFilters, resolveSystem, serializeFilters, type Filters, type PanelData, type PanelList, type PanelOption, type ShownOption, type VocabularyIndex } from "@/lib/filters";
import { ChevronDownIcon } from "@/components/ui/icons";
import { MAX_QUERY_LENGTH } from "@/lib/search";
import { filterOptionsHref, timelineHref } from "@/lib/format";

/** Every option of a list for a view, on demand (a server function the page hands over: lib/views/panel-actions.ts). */
export type LoadOptions = (param: string, query: string) => Promise<PanelOption[] | null>;
/** Every system's names, for the "find by any name" box. */
export type LoadNames = () => Promise<{ slug: string; names: string[] }[]>;

/**
 * The filter form. It is a plain GET form, so it works with JavaScript off; with it on,
 * every change updates the URL at once (a history entry per change, so Back undoes it)
 * and the server renders the new view. Its lists are styled by classes in app/globals.css
 * (.fp-*), so each option carries no utility list.
 *
 * Each option shows how many notifications the view would hold with it added (lib/queries/facets.ts).
 * A long list shows the chosen options and those with most notifications (lib/filters/panel.ts),
 * and a link to every option: the page /filters/<param> with JavaScript off; with it on, the full
 * list loads into the panel (and follows the view while it stays open).
 */
export function FilterPanel({ filters, panel, loadOptions, loadNames }: { filters: Filters; panel: PanelData; loadOptions: LoadOptions; loadNames: LoadNames }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState("");
  // The inputs show `current`: the filters just chosen while the next view renders, and the
  // URL's filters otherwise (so Back, a chip or a link also update them).
  const [current, setCurrent] = useOptimistic(filters);
  const findRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const formId = `${id}-form`;
  const activeCount = countFilters(filters);
  const view = serializeFilters({ ...filters, page: 1 });

  // The "find a system" names load when the box is first focused: nobody else needs them.
  const [names, setNames] = useState<{ slug: string; names: string[] }[] | null>(null);
  const nameIndex = useRef<VocabularyIndex | null>(null);
  const namesLoading = useRef<Promise<VocabularyIndex> | null>(null);
  function ensureNames(): Promise<VocabularyIndex> {
    namesLoading.current ??= loadNames().then((loaded) => {
      nameIndex.current = indexVocabulary({ recipients: [], regions: [], categories: [], contractors: [], systems: loaded.map((s) => ({ slug: s.slug, aliases: s.names })) });
      setNames(loaded);
      return nameIndex.current;
    });
    return namesLoading.current;
  }
  function suggest() {
    // A name typed while the names were on their way applies once they are here.
    void ensureNames().then(() => {
      const input = findRef.current;
      if (input?.value) onFind(input);
    });
  }
  const resolveName = (name: string) => (nameIndex.current ? resolveSystem(name, nameIndex.current) : null);

  // The lists opened in full, and their options for the view they were loaded for (null until the
  // first load answers: the unfiltered view is "", so an empty string could not mean "none yet").
  const [full, setFull] = useState<Partial<Record<string, { view: string | null; options: PanelOption[] }>>>({});
  // The view each list last asked for: an answer for an earlier view that arrives after it (views
  // changed quickly) is dropped, or it would stand, busy for ever, over the current one.
  const asked = useRef<Record<string, string>>({});
  function load(param: string) {
    asked.current[param] = view;
    void loadOptions(param, view).then((options) =>
      setFull((f) => (f[param] && options && asked.current[param] === view ? { ...f, [param]: { view, options } } : f)),
    );
  }
  function open(param: string) {
    setFull((f) => ({ ...f, [param]: f[param] ?? { view: null, options: [] } }));
    load(param);
  }
  function close(param: string) {
    setFull((f) => Object.fromEntries(Object.entries(f).filter(([p]) => p !== param)));
  }
  // An open list follows the view: reloaded for each new one.
  useEffect(() => {
    for (const [param, list] of Object.entries(full)) if (list && list.view !== view) load(param);
    // Only when the view changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [view]);

  function apply(form: HTMLFormElement) {
    const next = readForm(form, findRef.current, resolveName);
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
    if (form && serializeFilters(readForm(form, findRef.current, resolveName)) !== view) apply(form);
    // Once, on mount: later changes go through the handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function update(event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) {
    if (event.currentTarget.form) apply(event.currentTarget.form);
  }

  function onFind(input: HTMLInputElement) {
    // The "find a system" box applies as soon as what is typed names a system.
    if (input.form && resolveName(input.value)) {
      setNotice("");
      apply(input.form);
      input.value = "";
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const typed = findRef.current;
    if (!typed?.value) return apply(form);
    // A name is typed: resolved once the names are here (or, if they cannot load, by the server, as without JavaScript).
    ensureNames().then(
      () => {
        if (!resolveName(typed.value)) return setNotice(`No system is known as “${typed.value}”.`);
        setNotice("");
        apply(form);
        typed.value = "";
      },
      () => form.submit(),
    );
  }

  const optionsOf = (list: PanelList) => {
    const loaded = full[list.param];
    return loaded?.options.length ? loaded.options : list.options;
  };

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
            className="min-h-8 min-w-0 flex-1 rounded-md border border-rule bg-white px-2 py-1 text-sm"
          />
          <button type="submit" form={formId} className="min-h-8 rounded-md bg-accent px-3 py-1 text-sm font-semibold text-white hover:bg-accent/90">
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
          {panel.lists.map((list) => {
            const loaded = full[list.param];
            const shown = optionsOf(list);
            return (
              <fieldset key={list.key} aria-busy={loaded ? loaded.view !== view : undefined}>
                <legend>{list.legend}</legend>
                {list.find && (
                  <>
                    <label htmlFor={`${id}-find`} className="mb-1 block text-xs text-muted">
                      Find by any name (HIMARS, M142, AIM-120…)
                    </label>
                    <input
                      id={`${id}-find`}
                      name={list.param}
                      ref={findRef}
                      onChange={(event) => onFind(event.currentTarget)}
                      onFocus={suggest}
                      list={`${id}-names`}
                      type="search"
                      autoComplete="off"
                      className="mb-2 min-h-8 w-full rounded-md border border-rule bg-white px-2 py-1 text-sm"
                      placeholder="Type a system name"
                    />
                    {/* Always there, so the box is a combobox from the start; filled once focused. */}
                    <datalist id={`${id}-names`}>{names?.flatMap((s) => s.names).map((name) => <option key={name} value={name} />)}</datalist>
                    {notice && <p className="mb-2 text-sm text-red-800" role="alert">{notice}</p>}
                  </>
                )}
                {shown.length > 0 && (
                  <div className={loaded ? "fp-list fp-full" : "fp-list"}>
                    {shown.map((o, i) => (
                      <FilterOption key={o.value} heading={o.group !== undefined && o.group !== shown[i - 1]?.group ? o.group : undefined} name={list.param} option={o} checked={current[list.key].includes(o.value)} onChange={update} />
                    ))}
                  </div>
                )}
                {list.offered > list.options.length &&
                  (loaded ? (
                    <button type="button" className="fp-more" onClick={() => close(list.param)}>
                      {`Show the top ${list.plural} only`}
                    </button>
                  ) : (
                    <Link
                      className="fp-more"
                      href={filterOptionsHref(list.param, view)}
                      onClick={(event) => {
                        event.preventDefault();
                        open(list.param);
                      }}
                    >
                      {`All ${list.offered} ${list.plural}…`}
                    </Link>
                  ))}
              </fieldset>
            );
          })}

          <fieldset className="fp-when space-y-2">
            <legend>Announced</legend>
            <label>
              Year
              <select name="year" value={current.year ?? ""} onChange={update}>
                <option value="">Any year</option>
                {panel.years.map(({ year, count }) => (
                  <option key={year} value={year}>
                    {`${year} (${count})`}
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

          {panel.flags.length > 0 && (
            <fieldset>
              <legend>After the notification</legend>
              <div className="fp-flags">
                {panel.flags.map((flag) => (
                  <label key={flag.key}>
                    <input type="checkbox" name={flag.param} value="1" checked={current[flag.key]} onChange={update} />
                    {flag.label}
                    <span>{flag.count}</span>
                  </label>
                ))}
              </div>
            </fieldset>
          )}
          {/* A filter chosen by a link, not offered here (a deal page's transmittal number), is kept while other filters change. */}
          {HIDDEN.flatMap((key) => current[key].map((v) => <input key={`${key}:${v}`} type="hidden" name={FILTERS[key].param} value={v} />))}

          <div className="flex items-center gap-3">
            <button type="submit" className="min-h-8 rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90">
              Apply filters
            </button>
            <Link href={timelineHref()} className="inline-block py-1 text-sm underline">
              Clear all
            </Link>
          </div>
        </form>
      </details>
    </>
  );
}

/** The list filters chosen by a link, never offered in the panel (lib/filters/table.ts: `panel: { as: "hidden" }`). */
const HIDDEN = keysOfKind("list").filter((key) => FILTERS[key].panel.as === "hidden");

function FilterOption({ heading, name, option, checked, onChange }: { heading?: string; name: string; option: ShownOption; checked: boolean; onChange: (event: ChangeEvent<HTMLInputElement>) => void }) {
  return (
    <>
      {heading && <p>{heading}</p>}
      <label>
        <input type="checkbox" name={name} value={option.value} checked={checked} onChange={onChange} />
        {option.label}
        <span>{option.count}</span>
      </label>
    </>
  );
}

/**
 * The filters the form holds. Its boxes send canonical values, so they are read as given (the
 * browser does not hold the whole vocabulary); what is typed in the find box is a name, resolved
 * to its system when the names have loaded (else the server resolves it, or drops it).
 */
function readForm(form: HTMLFormElement, find: HTMLInputElement | null, resolveName: (name: string) => string | null): Filters {
  const data = new URLSearchParams();
  let typed = find?.value.trim() ? find.value : null;
  for (const [key, value] of new FormData(form)) {
    if (typeof value !== "string") continue;
    if (typed !== null && key === find?.name && value === typed) {
      typed = null;
      const slug = resolveName(value);
      if (slug) data.append(key, slug);
      continue;
    }
    data.append(key, value);
  }
  return parseFilters(data, AS_GIVEN);
}
