import { feedPath } from "@/lib/page-metadata";
import { sitemapPath } from "@/lib/sitemap";
import { openDataPaths } from "@/lib/open-data";
import { localePath, type Locale } from "@/lib/i18n";
import { formatMessage, uiTextFor } from "@/lib/ui-text";

function FieldTable({ locale, name, fields }: { locale: Locale; name: string; fields: readonly (readonly string[])[] }) {
  const text = uiTextFor(locale).about;
  return (
    <table>
      <caption className="sr-only">{formatMessage(locale, "about.fieldsLabel", { file: name })}</caption>
      <thead>
        <tr>
          <th scope="col">{text.fieldHeader}</th>
          <th scope="col">{text.meaningHeader}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map(([field, meaning]) => (
          <tr key={field}>
            <td>
              <code className="break-all">{field}</code>
            </td>
            <td>{meaning}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The downloads, each with its documented shape (the shape itself is checked against lib/open-data.ts by the unit tests). */
export function OpenDataDocs({ locale }: { locale: Locale }) {
  const { about: text, openData: docs } = uiTextFor(locale);
  // Each language has its own copy of the data files, with its words; the facts are the same.
  const dataFiles = [
    { path: localePath(locale, openDataPaths.timeline), ...docs.files.timeline },
    { path: localePath(locale, openDataPaths.regions), ...docs.files.regions },
  ];
  return (
    <section aria-labelledby="open-data">
      <h2 id="open-data">{text.dataHeading}</h2>
      <p>{text.dataIntro}</p>
      {dataFiles.map((file) => (
        <section key={file.path} aria-labelledby={`data-${file.name}`}>
          <h3 id={`data-${file.name}`}>{file.title}</h3>
          <p>
            {file.description}{" "}
            <a href={file.path} download={file.name}>
              {text.download} {file.name}
            </a>
          </p>
          <FieldTable locale={locale} name={file.name} fields={[...docs.common, ...file.fields, ...docs.source]} />
        </section>
      ))}
      <p>{text.nullNote}</p>
      <h3 id="data-feed">{docs.feed.title}</h3>
      <p>
        {docs.feed.description} <a href={localePath(locale, feedPath)}>{docs.feed.name}</a>
      </p>
      <h3 id="data-sitemap">{docs.sitemap.title}</h3>
      <p>
        {docs.sitemap.description} <a href={sitemapPath}>{docs.sitemap.name}</a>
      </p>
    </section>
  );
}
