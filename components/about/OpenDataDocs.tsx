import { feedPath } from "@/lib/page-metadata";
import { sitemapPath } from "@/lib/sitemap";
import { openDataPaths } from "@/lib/open-data";
import { uiText } from "@/lib/ui-text";

const text = uiText.about;
const docs = uiText.openData;

function FieldTable({ name, fields }: { name: string; fields: readonly (readonly [string, string])[] }) {
  return (
    <table>
      <caption className="sr-only">{text.fieldsLabel(name)}</caption>
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
export function OpenDataDocs() {
  const dataFiles = [
    { path: openDataPaths.timeline, ...docs.files.timeline },
    { path: openDataPaths.regions, ...docs.files.regions },
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
          <FieldTable name={file.name} fields={[...docs.common, ...file.fields, ...docs.source]} />
        </section>
      ))}
      <p>{text.nullNote}</p>
      <h3 id="data-feed">{docs.feed.title}</h3>
      <p>
        {docs.feed.description} <a href={feedPath}>{docs.feed.name}</a>
      </p>
      <h3 id="data-sitemap">{docs.sitemap.title}</h3>
      <p>
        {docs.sitemap.description} <a href={sitemapPath}>{docs.sitemap.name}</a>
      </p>
    </section>
  );
}
