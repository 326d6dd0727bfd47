import { localiseHref, type Locale } from "@/lib/i18n";
import { uiTextFor } from "@/lib/ui-text";

/**
 * The link to /object ("what you can do beyond the switch"), in the page's language: on the guide's
 * pages and under a region page's regulator note, which passes its own address (with ?place=).
 */
export function ObjectPageLink({ locale, href = "/object", className = "mt-4" }: { locale: Locale; href?: string; className?: string }) {
  return (
    <p className={className}>
      <a href={localiseHref(locale, href)} className="inline-block py-1 font-semibold underline underline-offset-4" data-object-link="">
        {uiTextFor(locale).regulators.beyondLink}
      </a>
    </p>
  );
}
