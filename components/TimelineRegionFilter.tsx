import { timelineRegionIds, type TimelineRegionId } from "@/lib/schemas";
import { localePath, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";

/** Links to the prerendered, narrowed timelines: works the same with or without JavaScript. */
export function TimelineRegionFilter({ current, locale }: { current: TimelineRegionId | null; locale: Locale }) {
  const ui = uiTextFor(locale);
  const options = [
    { href: localePath(locale, "/timeline"), label: ui.timeline.allRegions, selected: current === null },
    ...timelineRegionIds.map((id) => ({ href: localePath(locale, `/timeline/${id}`), label: ui.timelineRegions[id], selected: current === id })),
  ];
  return (
    <nav aria-labelledby="timeline-filter-label" className="my-6 print:hidden">
      <p id="timeline-filter-label" className="mb-2 text-sm font-semibold">
        {ui.timeline.filterLabel}
      </p>
      <ul className="m-0 flex list-none flex-wrap gap-2 p-0">
        {options.map((option) => (
          <li key={option.href}>
            <a
              href={option.href}
              aria-current={option.selected ? "page" : undefined}
              className="inline-block rounded-full border border-slate-400 px-3 py-1.5 text-sm no-underline hover:border-slate-900 aria-[current=page]:border-slate-900 aria-[current=page]:bg-slate-900 aria-[current=page]:text-white dark:border-slate-500 dark:hover:border-slate-100 dark:aria-[current=page]:border-slate-100 dark:aria-[current=page]:bg-slate-100 dark:aria-[current=page]:text-slate-900"
            >
              {option.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
