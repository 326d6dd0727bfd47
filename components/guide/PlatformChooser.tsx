import type { GuidePlatform } from "@/lib/schemas";
import { localePath, type Locale } from "@/lib/i18n";
import { formatMessage, uiTextFor } from "@/lib/ui-text";
import { SuggestedMark } from "./SuggestedMark";

/** The guides as plain links, the one that fits this device marked once JavaScript runs. */
export function PlatformChooser({ platforms, locale }: { platforms: GuidePlatform[]; locale: Locale }) {
  const uiText = uiTextFor(locale);
  return (
    <section aria-labelledby="choose-heading" className="mt-8">
      <h2 id="choose-heading" className="text-xl font-bold">
        {uiText.guide.chooseHeading}
      </h2>
      <ul className="mt-4 grid list-none gap-3 p-0 sm:grid-cols-2">
        {platforms.map((platform) => (
          <li key={platform.platform}>
            <a
              href={localePath(locale, `/guide/${platform.platform}`)}
              className="block h-full rounded-md border border-slate-400 px-4 py-3 no-underline hover:border-slate-900 dark:border-slate-500 dark:hover:border-slate-100"
            >
              <span className="block text-lg font-semibold underline underline-offset-4">{platform.name}</span>
              <span className="block text-slate-700 dark:text-slate-300">{platform.device}</span>
              <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">
                {formatMessage(locale, "guide.stepCount", { count: platform.steps.length + 1 })} <SuggestedMark platform={platform.platform} label={uiText.guide.suggested} />
              </span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
