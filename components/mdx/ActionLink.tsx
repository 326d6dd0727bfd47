import type { ReactNode } from "react";

/** A link drawn as a button, for a page's main calls to action: <ActionLink href="/guide">…</ActionLink>. */
export function ActionLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a
      href={href}
      data-action-link=""
      className="not-prose my-1 mr-2 inline-block rounded-md bg-sky-800 px-4 py-2.5 font-semibold text-white no-underline hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-800 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200 dark:focus-visible:outline-sky-300"
    >
      {children}
    </a>
  );
}
