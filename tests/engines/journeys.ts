import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import { parse } from "yaml";
import { addDays, formatDate } from "../../lib/dates";
import { placeName } from "../../lib/place-names";
import { uiText } from "../../lib/ui-text";
import { siteContent } from "../e2e/content";
import type { Engine } from "./engine";
import { byCss, byRole } from "./query";
import { Reader } from "./reader";

const root = path.resolve(import.meta.dirname, "../..");
/** /object's sections, in the content's order: each has its objection text and a copy button. */
const objectSections = (parse(readFileSync(path.join(root, "content", "object.yaml"), "utf8")) as { sections: { id: string }[] }).sections.map(
  (section) => section.id,
);

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** The guide's Back and Next: buttons now, links to #step-N where they work without JavaScript. */
const stepControl = (name: string) => byRole(["button", "link"], name, { within: "[data-stepper]" });

/**
 * The reader's journeys, written once for every engine: each engine's test file calls this with a
 * way to launch it. One browser for the whole file; each journey starts from a page with nothing the
 * reader chose before (no theme, no progress, no saved place), and fails on any error a page reports.
 */
export function readerJourneys(launch: () => Promise<Engine>) {
  let reader: Reader;

  beforeAll(async () => {
    reader = new Reader(await launch(), inject("origin"));
    console.log(`Journeys in ${reader.engine.description}`);
  });
  afterAll(async () => {
    await reader?.engine.close();
  });

  /** A journey: starts at `path` with no stored choices, and ends with no page error. */
  function journey(name: string, path: string, body: () => Promise<void>) {
    test(name, async () => {
      await reader.startJourney();
      await reader.open(path);
      if (await reader.engine.call<boolean>("forgetChoices")) await reader.reload();
      try {
        await body();
      } catch (error) {
        // What the pages reported is often the reason: say it with the failure.
        const errors = await reader.errors().catch(() => []);
        if (errors.length > 0 && error instanceof Error) error.message += `\nErrors the pages reported:\n  ${errors.join("\n  ")}`;
        throw error;
      }
      expect(await reader.errors(), "errors the pages reported").toEqual([]);
    });
  }

  describe("the reader's journeys", () => {
    journey("reads the story and follows a citation to its source", "/", async () => {
      await reader.see(byRole("heading", undefined, { css: "h1" }));
      // The story's maps are images that load as the reader scrolls to them.
      const firstMap = byCss("article figure img");
      await reader.engine.call("scrollTo", firstMap);
      await reader.expect(firstMap, "has loaded", (image) => image.loaded === true);

      const citation = byCss("article sup a");
      const cited = await reader.see(citation);
      const [, publisher, title] = /^Source 1: (.+), “(.+)”$/.exec(cited.name) ?? [];
      expect(title, `the first citation's name, "${cited.name}", names a publisher and a title`).toBeTruthy();
      const href = cited.attributes.href;
      expect(href).toMatch(/^\/sources#./);
      const id = href.slice("/sources#".length);
      await reader.click(citation);
      await reader.expectPage(`is ${href}`, (where) => where.path === "/sources" && where.hash === `#${id}`);
      const entry = byCss(`[id="${id}"]`);
      await reader.expect(entry, `is in view and names ${publisher}`, (state) => state.inViewport && state.text.includes(publisher));
      await reader.see(byRole("heading", title, { within: `[id="${id}"]` }));
    });

    journey("types a place in the region picker and chooses it", "/region", async () => {
      const code = "DE";
      const name = placeName(code);
      const picker = byRole("combobox", uiText.region.searchLabel);
      await reader.typeInto(picker, name.slice(0, 5));
      await reader.expect(picker, "keeps what was typed", (state) => state.value === name.slice(0, 5));
      const option = byRole("option", new RegExp(escape(name)));
      await reader.see(option);
      await reader.click(option);
      await reader.expectPage(`is /region/${code.toLowerCase()}`, (where) => where.path === `/region/${code.toLowerCase()}`);
      await reader.expect(byRole("heading", undefined, { css: "h1" }), `names ${name}`, (heading) => heading.text === name);
      await reader.expect(byCss("[data-status]"), "gives an answer", (verdict) => /^(used-by-default|excluded|uncertain)$/.test(verdict.attributes["data-status"]));
    });

    journey("changes the date on a region page", "/region/gb", async () => {
      const field = byCss("input[type=date]", { name: uiText.region.dateLabel });
      // Two weeks into the range the field takes (its hint says from which day).
      const first = (await reader.see(field)).attributes.min;
      expect(first, "the date field's first day").toMatch(isoDay);
      const day = addDays(first, 13);
      // A reader types the date as the field shows it: its first part is at its left.
      await reader.click(field, 14);
      // The reader types the digits in the order the field shows them; where the field does not move on
      // by itself (WebKitGTK's), they type it again with its separators.
      const typed = await reader.engine.call<string>("dateAsTyped", day);
      await reader.engine.type(typed.replace(/\D/g, ""));
      const took = await reader.expect(field, `holds ${day}`, (state) => state.value === day, 1_000).catch(() => null);
      if (!took) {
        await reader.click(field, 14);
        await reader.engine.type(typed);
        await reader.expect(field, `holds ${day} (typed as "${typed}")`, (state) => state.value === day);
      }
      await reader.click(byRole("button", uiText.region.showDate));
      await reader.expectPage(`has ?on=${day}`, (where) => where.path === "/region/gb" && where.search === `?on=${day}`);
      await reader.expect(byCss("[data-status]"), `answers for ${formatDate(day)}`, (verdict) => verdict.text.includes(`On ${formatDate(day)}`));
    });

    journey("marks guide steps done and goes Next and Back", `/guide/${siteContent().guide[0].platform}`, async () => {
      const { stepTitles } = siteContent().guide[0];
      const total = stepTitles.length;
      const progress = byCss("[data-progress]");
      const done = byRole("checkbox", uiText.guide.markDone);
      const stepHeading = (step: number) => byRole("heading", stepTitles[step - 1], { css: "[data-step] h3" });

      await reader.see(stepHeading(1));
      await reader.click(done);
      await reader.expect(done, "is checked", (state) => state.checked === true);
      await reader.expect(progress, `says 1 of ${total} done`, (state) => state.text.includes(`1 of ${total} done`));

      await reader.click(stepControl(uiText.guide.next));
      await reader.expectPage("is at #step-2", (where) => where.hash === "#step-2");
      await reader.see(stepHeading(2));
      expect(await reader.count(stepHeading(1)), "step 1 is hidden once step 2 shows").toBe(0);
      await reader.expect(done, "is not checked on step 2", (state) => state.checked === false);
      await reader.click(done);
      await reader.expect(progress, `says 2 of ${total} done`, (state) => state.text.includes(`2 of ${total} done`));

      await reader.click(stepControl(uiText.guide.back));
      await reader.expectPage("is back at #step-1", (where) => where.hash === "#step-1");
      await reader.see(stepHeading(1));
      await reader.expect(done, "is still checked on step 1", (state) => state.checked === true);
      await reader.expect(progress, `says step 1 of ${total}, 2 done`, (state) => state.text.includes(`Step 1 of ${total}`) && state.text.includes(`2 of ${total} done`));
    });

    journey("switches the theme, and the choice survives a reload", "/timeline", async () => {
      const { light: lightBackground } = { light: (await reader.where()).background };
      const radio = (option: keyof typeof uiText.theme.options) => byRole("radio", uiText.theme.options[option]);
      await reader.expect(radio("system"), "is chosen", (state) => state.checked === true);
      await reader.click(radio("dark"));
      await reader.expect(radio("dark"), "is chosen", (state) => state.checked === true);
      const dark = await reader.expectPage("turns dark", (where) => where.theme === "dark" && where.background !== lightBackground);
      await reader.reload();
      await reader.expectPage("is still dark after a reload", (where) => where.theme === "dark" && where.background === dark.background);
      await reader.expect(radio("dark"), "is still chosen", (state) => state.checked === true);
      await reader.click(radio("system"));
      await reader.expectPage("follows the device again", (where) => where.background === lightBackground);
    });

    journey("copies the objection text on /object and pastes it", `/object#${objectSections[0]}`, async () => {
      const [section, elsewhere] = objectSections;
      const text = byCss(`#objection-text-${section}`);
      const original = (await reader.see(text)).value ?? "";
      // The reader adds their name at the end of the text, then copies it.
      await reader.click(text);
      await reader.press("End", ["Control"]);
      await reader.engine.type(" Ada Lovelace");
      const edited = `${original} Ada Lovelace`;
      await reader.expect(text, "holds the reader's edit", (state) => state.value === edited);
      await reader.click(byRole("button", uiText.objectPage.copy, { within: `section[aria-labelledby='${section}']` }));
      await reader.expect(byRole("status", undefined, { within: `section[aria-labelledby='${section}']` }), `says "${uiText.objectPage.copied}"`, (state) =>
        state.text === uiText.objectPage.copied,
      );
      // What was copied is what the reader pastes: into another of the page's text boxes, replacing its text.
      const target = byCss(`#objection-text-${elsewhere}`);
      await reader.click(target);
      await reader.press("a", ["Control"]);
      await reader.press("v", ["Control"]);
      await reader.expect(target, "holds the copied text once pasted", (state) => state.value === edited);
    });

    journey("moves the map's date with a key date and the arrow keys", "/region", async () => {
      const keyDates = byRole("link", /./, { within: `ul[aria-labelledby$='-keys']` });
      expect(await reader.count(keyDates), "key dates under the map").toBeGreaterThan(0);
      const lastKeyDate = byCss(`ul[aria-labelledby$='-keys'] li:last-child a`);
      const href = (await reader.see(lastKeyDate)).attributes.href;
      const day = /\?on=(\d{4}-\d{2}-\d{2})/.exec(href)?.[1];
      expect(day, `a key date's link (${href}) names its day`).toBeTruthy();
      const summary = byCss(".map-summary-current");
      const slider = byRole("slider", new RegExp(`^${escape(uiText.map.sliderLabel)}`));

      await reader.click(lastKeyDate);
      await reader.expectPage(`has ?on=${day}`, (where) => where.path === "/region" && where.search === `?on=${day}`);
      const onKeyDate = await reader.expect(summary, `describes ${formatDate(day!)}`, (state) => state.text.startsWith(`On ${formatDate(day!)}:`));
      await reader.expect(slider, `shows ${formatDate(day!)}`, (state) => state.attributes["aria-valuetext"] === formatDate(day!));

      // A keyboard reader moves to the control and steps back one day, to before the change.
      const before = addDays(day!, -1);
      expect(await reader.engine.call<boolean>("focus", slider), "the day control takes focus").toBe(true);
      await reader.press("ArrowLeft");
      await reader.expectPage(`has ?on=${before}`, (where) => where.search === `?on=${before}`);
      await reader.expect(slider, `shows ${formatDate(before)}`, (state) => state.attributes["aria-valuetext"] === formatDate(before));
      const counts = (text: string) => text.slice(text.indexOf(":"));
      await reader.expect(summary, `describes ${formatDate(before)}, with other counts than the key date`, (state) =>
        state.text.startsWith(`On ${formatDate(before)}:`) && counts(state.text) !== counts(onKeyDate.text),
      );
    });
  });
}
