import { SourceLinks } from "@/components/SourceLinks";
import type { RegulatorNoteProps, RegulatorView } from "@/lib/regulators";
import { uiText } from "@/lib/ui-text";

const text = uiText.regulators;

function Regulator({ heading, regulator, intro }: { heading: string; regulator: RegulatorView; intro?: string }) {
  return (
    <div className="mt-4">
      <h3 className="text-lg font-semibold">{heading}</h3>
      {intro ? <p className="mt-2">{intro}</p> : null}
      <p className="mt-2">{regulator.said}</p>
      <SourceLinks label={uiText.guide.sourcesLabel} sources={regulator.sources} />
      <p className="mt-2">
        <a href={regulator.website} className="inline-block py-1 underline underline-offset-4">
          {text.website(regulator.name)}
        </a>
      </p>
    </div>
  );
}

/** On a region page: what the place's own regulator, and the authority that leads for LinkedIn there, said; and where to go beyond the switch. */
export function RegulatorNote({ own, lead, ownAuthority, objectHref }: RegulatorNoteProps) {
  const anyRegulator = own !== null || lead !== null || ownAuthority !== null;
  return (
    <section aria-labelledby="regulators-heading" className="mt-10">
      <h2 id="regulators-heading" className="text-xl font-bold">
        {anyRegulator ? text.heading : text.beyondHeading}
      </h2>
      {own ? <Regulator heading={text.ownHeading(own.of, own.name)} regulator={own} /> : null}
      {lead ? <Regulator heading={text.leadHeading(lead.name)} regulator={lead} intro={lead.leadText} /> : null}
      {ownAuthority ? (
        <div className="mt-4">
          <h3 className="text-lg font-semibold">{text.ownAuthorityHeading}</h3>
          <p className="mt-2">{ownAuthority.text}</p>
          <SourceLinks label={uiText.guide.sourcesLabel} sources={ownAuthority.sources} />
          <p className="mt-2">
            <a href={ownAuthority.listUrl} className="inline-block py-1 underline underline-offset-4">
              {ownAuthority.listLabel}
            </a>
          </p>
        </div>
      ) : null}
      <p className="mt-4">
        <a href={objectHref} className="inline-block py-1 font-semibold underline underline-offset-4" data-object-link="">
          {text.beyondLink}
        </a>
      </p>
    </section>
  );
}
