import { uiText } from "@/lib/ui-text";

export function SiteHeader({ siteName, tagline, currentPath }: { siteName: string; tagline: string; currentPath?: string }) {
  return (
    <header className="border-b border-slate-200 print:border-slate-400 dark:border-slate-800">
      <div className="mx-auto flex max-w-3xl flex-wrap items-baseline justify-between gap-x-6 gap-y-2 px-4 py-4">
        <p className="m-0">
          <a href="/" className="text-lg font-bold tracking-tight no-underline">
            {siteName}
          </a>
          <span className="sr-only">: </span>
          <span className="block text-sm text-slate-600 dark:text-slate-400">{tagline}</span>
        </p>
        <nav aria-label={uiText.nav.label} className="print:hidden">
          <ul className="m-0 flex list-none flex-wrap gap-x-4 gap-y-1 p-0 text-base">
            {uiText.nav.links.map((link) => (
              <li key={link.href}>
                <a
                  href={link.href}
                  aria-current={currentPath === link.href ? "page" : undefined}
                  className="inline-block py-1 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline"
                >
                  {link.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
