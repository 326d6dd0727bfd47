import { getSiteContent } from "@/lib/content.server";
import { uiText } from "@/lib/ui-text";
import { PlatformSuggestion } from "./PlatformSuggestion";

/** The four guides as plain links, with the one that fits this device suggested once JavaScript runs. */
export async function PlatformChooser() {
  const { guide } = await getSiteContent();
  const names = Object.fromEntries(guide.platforms.map((platform) => [platform.platform, platform.name]));
  return (
    <section aria-labelledby="choose-heading" className="mt-8">
      <h2 id="choose-heading" className="text-xl font-bold">
        {uiText.guide.chooseHeading}
      </h2>
      <PlatformSuggestion names={names} />
      <ul className="mt-4 grid list-none gap-3 p-0 sm:grid-cols-2">
        {guide.platforms.map((platform) => (
          <li key={platform.platform}>
            <a
              href={`/guide/${platform.platform}`}
              className="block h-full rounded-md border border-slate-400 px-4 py-3 no-underline hover:border-slate-900 dark:border-slate-500 dark:hover:border-slate-100"
            >
              <span className="block text-lg font-semibold underline underline-offset-4">{platform.name}</span>
              <span className="block text-slate-700 dark:text-slate-300">{platform.device}</span>
              <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{uiText.guide.stepCount(platform.steps.length + 1)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
