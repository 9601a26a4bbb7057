import { Link } from "@/components/ui/link";
import { timelineHref } from "@/lib/format";
import type { FilterOptionsData } from "@/lib/views";

/**
 * Every option of one list of the filter panel (/filters/<param>): a plain GET form back to the
 * timeline, its boxes the options with their counts (the chosen ones ticked), the view's other
 * filters riding along as hidden fields. A server component: it works with JavaScript off, and
 * the page carries no panel code.
 */
export function FilterOptions({ param, legend, plural, options, others, active, back }: FilterOptionsData) {
  return (
    <article className="mx-auto max-w-2xl">
      <p className="text-sm">
        <Link href={back} className="inline-block py-1 underline">
          Back to the timeline
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-2xl font-semibold tracking-tight sm:text-3xl">Filter by {legend.toLowerCase()}</h1>
      <p className="mt-3">
        {options.length === 0 ? `No ${plural} in this view.` : `Every one of the ${options.length} ${plural} in the view, with how many notifications each would give it`}
        {active.length > 0 ? <> (with {active.map((a) => a.label).join(", ")})</> : null}
        {options.length > 0 ? ". Tick any and apply." : null}
      </p>
      <form method="get" action={timelineHref()} aria-label={`Every ${legend.toLowerCase()}`} className="fp-form mt-5">
        {others.map(([name, value], i) => (
          <input key={`${name}:${value}:${i}`} type="hidden" name={name} value={value} />
        ))}
        <fieldset>
          <legend>{legend}</legend>
          <div className="fp-list">
            {options.map((o, i) => (
              <div key={o.value} className="contents">
                {o.group !== undefined && o.group !== options[i - 1]?.group && <p>{o.group}</p>}
                <label>
                  <input type="checkbox" name={param} value={o.value} defaultChecked={o.checked} />
                  {o.label}
                  <span>{o.count}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <button type="submit" className="mt-4 min-h-8 rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-white hover:bg-accent/90">
          Apply filters
        </button>
      </form>
    </article>
  );
}
