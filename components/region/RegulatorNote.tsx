import { ObjectPageLink } from "@/components/object/ObjectPageLink";
import { SourceLinks } from "@/components/SourceLinks";
import type { RegulatorNoteProps, RegulatorView } from "@/lib/regulators";
import type { Locale } from "@/lib/i18n";
import { formatMessage, uiTextFor } from "@/lib/ui-text";

function Regulator({ locale, heading, regulator, intro }: { locale: Locale; heading: string; regulator: RegulatorView; intro?: string }) {
  const uiText = uiTextFor(locale);
  return (
    <div className="mt-4">
      <h3 className="text-lg font-semibold">{heading}</h3>
      {intro ? <p className="mt-2">{intro}</p> : null}
      <p className="mt-2">{regulator.said}</p>
      <SourceLinks label={uiText.guide.sourcesLabel} sources={regulator.sources} locale={locale} />
      <p className="mt-2">
        <a href={regulator.website} className="inline-block py-1 underline underline-offset-4">
          {formatMessage(locale, "regulators.website", { name: regulator.name })}
        </a>
      </p>
    </div>
  );
}

/** On a region page: what the place's own regulator, and the authority that leads for LinkedIn there, said; and where to go beyond the switch. */
export function RegulatorNote({ locale, own, lead, ownAuthority, objectHref }: RegulatorNoteProps & { locale: Locale }) {
  const uiText = uiTextFor(locale);
  const text = uiText.regulators;
  const anyRegulator = own !== null || lead !== null || ownAuthority !== null;
  return (
    <section aria-labelledby="regulators-heading" className="mt-10">
      <h2 id="regulators-heading" className="text-xl font-bold">
        {anyRegulator ? text.heading : text.beyondHeading}
      </h2>
      {own ? <Regulator locale={locale} heading={formatMessage(locale, "regulators.ownHeading", { of: own.of, name: own.name })} regulator={own} /> : null}
      {lead ? <Regulator locale={locale} heading={formatMessage(locale, "regulators.leadHeading", { name: lead.name })} regulator={lead} intro={lead.leadText} /> : null}
      {ownAuthority ? (
        <div className="mt-4">
          <h3 className="text-lg font-semibold">{text.ownAuthorityHeading}</h3>
          <p className="mt-2">{ownAuthority.text}</p>
          <SourceLinks label={uiText.guide.sourcesLabel} sources={ownAuthority.sources} locale={locale} />
          <p className="mt-2">
            <a href={ownAuthority.listUrl} className="inline-block py-1 underline underline-offset-4">
              {ownAuthority.listLabel}
            </a>
          </p>
        </div>
      ) : null}
      <ObjectPageLink locale={locale} href={objectHref} />
    </section>
  );
}
