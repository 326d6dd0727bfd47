import { spawnSync } from "node:child_process";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "vitest";
import YAML from "yaml";
import { contentBuilds, fixture, problems, root } from "./content-build";

/**
 * A writer's ordinary edits, in English only, on a copy of the fixture content: a new guide step, a
 * new timeline event, a renamed LinkedIn label and a reworded paragraph of the story. The build must
 * pass: English pages show the edits, Japanese pages show the new English marked as not yet
 * translated, the renamed label shows everywhere, and `npm run translations` lists what to translate.
 */
const builds = contentBuilds(".next-writer-edits");

const newStep = "Look for the new switch";
const newEvent = "A new event, written in English";
const renamed = "Train AI on my data";
const reworded = "Something surprising happened.";
const notice = "この部分はまだ翻訳されていません";

test("a new guide step, a new timeline event, a renamed label and a reworded paragraph build, with the Japanese edition marking the new English", async () => {
  const desktop = YAML.parse(await readFile(path.join(fixture, "guide/desktop.yaml"), "utf8")) as { steps: Record<string, unknown>[] };
  const stepsBefore = desktop.steps.length;
  const event = (await readFile(path.join(fixture, "timeline/2024-09-20-statement.mdx"), "utf8"))
    .replace(/^title: .*$/m, `title: ${newEvent}`)
    .replace(/^slug: .*$/m, "slug: new-event")
    .replace(/^date: .*$/m, 'date: "2024-09-25"');
  const { status, output, outDir } = await builds.build(
    {
      "guide/desktop.yaml": (text) =>
        text.replace("\nfinalCheck:", `\n${YAML.stringify([{ ...desktop.steps[0], id: "new-switch", title: newStep }]).replace(/^/gm, "  ").trimEnd()}\nfinalCheck:`),
      "guide/linkedin-labels.yaml": (text) => text.replace("generativeAiSetting: Use my data", `generativeAiSetting: ${renamed}`),
      "story.mdx": (text) => text.replace("Something happened.", reworded),
    },
    { "timeline/2024-09-25-new-event.mdx": event },
  );
  expect(problems(output), output.slice(-3000)).toEqual([]);
  expect(status, output.slice(-3000)).toBe(0);

  const page = (file: string) => readFile(path.join(outDir, file), "utf8");
  const total = stepsBefore + 2; // the new step and the final check
  const guide = await page("guide/desktop.html");
  expect(guide).toContain(newStep);
  expect(guide).toContain(`Step 1 of ${total}`);
  expect(guide).toContain(`<strong class="font-semibold">${renamed}</strong>`);
  expect(guide).toMatch(new RegExp(`<meta name="description" content="[^"]*${renamed}`));
  expect(await page("timeline.html")).toContain(newEvent);
  expect(await page("index.html")).toContain(reworded);

  // The Japanese pages: the new English shows, marked as English with the notice; the renamed label follows without a translation.
  const jaGuide = await page("ja/guide/desktop.html");
  expect(jaGuide).toMatch(new RegExp(`<span lang="en" data-untranslated="">${newStep}<span lang="ja"[^>]*>${notice}</span>`));
  expect(jaGuide).toContain(renamed);
  expect(jaGuide).toMatch(new RegExp(`<meta name="description" content="[^"]*${renamed}`));
  expect(await page("ja/timeline.html")).toMatch(new RegExp(`lang="en" data-untranslated="">${newEvent}`));
  const jaStory = await page("ja.html");
  expect(jaStory).toMatch(new RegExp(`<div lang="en" data-untranslated=""[^>]*><p lang="ja"[^>]*>${notice}</p>[\\s\\S]*${reworded}`));

  // npm run translations lists each, file by file, and exits 0.
  const report = spawnSync(process.execPath, [path.join(root, "scripts/translations.mjs")], {
    cwd: root,
    env: { ...process.env, CONTENT_DIR: builds.contentDir() },
    encoding: "utf8",
  });
  expect(report.status, report.stderr).toBe(0);
  expect(report.stdout).toContain("content/ja/guide/desktop.yaml (translates content/guide/desktop.yaml)");
  expect(report.stdout).toContain('field "steps[');
  expect(report.stdout).toContain("content/ja/timeline/2024-09-25-new-event.mdx (translates content/timeline/2024-09-25-new-event.mdx)");
  expect(report.stdout).toContain("content/ja/story.mdx (translates content/story.mdx)");
  expect(report.stdout).not.toContain("linkedin-labels");
}, 900_000);
