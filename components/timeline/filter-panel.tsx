"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useMemo, useOptimistic, useRef, useState, useTransition, type ChangeEvent, type FormEvent } from "react";
import type { VocabularyDetail } from "@/lib/definitions";
import { MAX_QUERY_LENGTH } from "@/lib/search-query";
import { indexVocabulary, parseFilters, resolveSystem, serializeFilters, timelineHref, type Filters, type Vocabulary, type VocabularyIndex } from "@/lib/filters";

/**
 * The filter form. It is a plain GET form, so it works with JavaScript off; with it on,
 * every change updates the URL at once (a history entry per change, so Back undoes it)
 * and the server renders the new view.
 */
export function FilterPanel({
  vocabulary,
  filterVocabulary,
  filters,
}: {
  vocabulary: VocabularyDetail;
  filterVocabulary: Vocabulary;
  filters: Filters;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [notice, setNotice] = useState("");
  // The inputs show `current`: the filters just chosen while the next view renders, and the
  // URL's filters otherwise (so Back, a chip or a link also update them).
  const [current, setCurrent] = useOptimistic(filters);
  const findRef = useRef<HTMLInputElement>(null);
  const index = useMemo(() => indexVocabulary(filterVocabulary), [filterVocabulary]);
  const id = useId();
  const formId = `${id}-form`;
  const activeCount =
    (filters.q ? 1 : 0) +
    filters.countries.length + filters.systems.length + filters.categories.length + (filters.year ? 1 : 0) + (filters.from ? 1 : 0) + (filters.to ? 1 : 0);

  function apply(form: HTMLFormElement) {
    const next = readForm(form, index);
    startTransition(() => {
      setCurrent(next);
      router.push(timelineHref(next), { scroll: false });
    });
  }

  // A box ticked or a date typed before React attached its handlers is still in the form:
  // apply it once hydrated rather than lose it.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const form = formRef.current;
    // The form has no page field: compare everything but the page.
    if (form && serializeFilters(readForm(form, index)) !== serializeFilters({ ...filters, page: 1 })) apply(form);
    // Once, on mount: later changes go through the handlers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  function update(event: ChangeEvent<HTMLInputElement | HTMLSelectElement>) {
    if (event.currentTarget.form) apply(event.currentTarget.form);
  }

  function onFind(event: ChangeEvent<HTMLInputElement>) {
    // The "find a system" box applies as soon as what is typed names a system.
    const input = event.currentTarget;
    if (input.form && resolveSystem(input.value, index)) {
      setNotice("");
      apply(input.form);
      input.value = "";
    }
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const typed = findRef.current;
    if (typed?.value && !resolveSystem(typed.value, index)) {
      setNotice(`No system is known as “${typed.value}”.`);
      return;
    }
    setNotice("");
    apply(event.currentTarget);
    if (typed) typed.value = "";
  }

  const systemsByCategory = vocabulary.categories
    .map((c) => ({ category: c, systems: vocabulary.systems.filter((s) => s.category.slug === c.slug) }))
    .filter((g) => g.systems.length > 0);

  const box = "max-h-56 space-y-0.5 overflow-y-auto rounded-md border border-rule bg-white p-2";
  const legend = "mb-1.5 text-sm font-semibold";

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
          <span aria-hidden="true" className="float-right group-open:rotate-180">▾</span>
        </summary>
        <form
          id={formId}
          ref={formRef}
          method="get"
          action="/"
          role="search"
          aria-label="Filter notifications"
          onSubmit={onSubmit}
          aria-busy={pending}
          className={`space-y-5 px-4 pb-4 md:px-0 ${pending ? "opacity-70" : ""}`}
        >
          <fieldset>
            <legend className={legend}>Recipient</legend>
            <div className={box}>
              {vocabulary.recipients.map((r) => (
                <FilterOption key={r.code} name="country" value={r.code} label={r.name} count={r.count} checked={current.countries.includes(r.code)} onChange={update} />
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className={legend}>Weapon system</legend>
            <label htmlFor={`${id}-find`} className="mb-1 block text-xs text-muted">
              Find by any name (HIMARS, M142, AIM-120…)
            </label>
            <input
              id={`${id}-find`}
              name="system"
              ref={findRef}
              onChange={onFind}
              list={`${id}-names`}
              type="search"
              autoComplete="off"
              className="mb-2 w-full rounded-md border border-rule bg-white px-2 py-1 text-sm"
              placeholder="Type a system name"
            />
            <datalist id={`${id}-names`}>
              {vocabulary.systems.flatMap((s) => [s.name, ...s.aliases.filter((a) => a !== s.name && a !== s.slug)]).map((name) => (
                <option key={name} value={name} />
              ))}
            </datalist>
            {notice && <p className="mb-2 text-sm text-red-800" role="alert">{notice}</p>}
            <div className={box}>
              {systemsByCategory.map((g) => (
                <div key={g.category.slug} className="pb-1">
                  <p className="px-1 pt-1 text-xs font-semibold uppercase tracking-wide text-muted">{g.category.name}</p>
                  {g.systems.map((s) => (
                    <FilterOption key={s.slug} name="system" value={s.slug} label={s.name} count={s.count} checked={current.systems.includes(s.slug)} onChange={update} />
                  ))}
                </div>
              ))}
            </div>
          </fieldset>

          <fieldset>
            <legend className={legend}>Category</legend>
            <div className={box}>
              {vocabulary.categories.map((c) => (
                <FilterOption key={c.slug} name="category" value={c.slug} label={c.name} count={c.count} checked={current.categories.includes(c.slug)} onChange={update} />
              ))}
            </div>
          </fieldset>

          <fieldset className="space-y-2">
            <legend className={legend}>Announced</legend>
            <label className="flex items-center justify-between gap-2 text-sm">
              Year
              <select name="year" value={current.year ?? ""} onChange={update} className="w-36 rounded-md border border-rule bg-white px-2 py-1">
                <option value="">Any year</option>
                {vocabulary.years.map((y) => (
                  <option key={y} value={y}>
                    {y}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex items-center justify-between gap-2 text-sm">
              From
              <input type="date" name="from" value={current.from ?? ""} onChange={update} className="w-36 rounded-md border border-rule bg-white px-2 py-1" />
            </label>
            <label className="flex items-center justify-between gap-2 text-sm">
              To
              <input type="date" name="to" value={current.to ?? ""} onChange={update} className="w-36 rounded-md border border-rule bg-white px-2 py-1" />
            </label>
          </fieldset>

          <div className="flex items-center gap-3">
            <button type="submit" className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90">
              Apply filters
            </button>
            <Link href="/" className="text-sm underline">
              Clear all
            </Link>
          </div>
        </form>
      </details>
    </>
  );
}

function FilterOption(props: {
  name: string;
  value: string;
  label: string;
  count: number;
  checked: boolean;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
}) {
  return (
    <label className="flex cursor-pointer items-center gap-2 rounded px-1 py-0.5 text-sm hover:bg-accent-soft">
      <input type="checkbox" name={props.name} value={props.value} checked={props.checked} onChange={props.onChange} className="accent-accent" />
      <span className="flex-1">{props.label}</span>
      <span className="figures text-xs text-muted">{props.count}</span>
    </label>
  );
}

function readForm(form: HTMLFormElement, index: VocabularyIndex): Filters {
  const data = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") data.append(key, value);
  return parseFilters(data, index);
}
