import { expect, test } from "vitest";
import { frenchTextRuns, frenchTypographySlips, pageTypographySlips } from "../e2e/french-typography";

const NNBSP = "\u202f";
const NBSP = "\u00a0";

test("French punctuation with its no-break space passes; a plain space or none is a slip, named", () => {
  expect(frenchTypographySlips(`Êtes-vous concerné${NNBSP}? Oui${NNBSP}; le réglage${NBSP}: «${NBSP}Données${NBSP}» et voilà${NNBSP}!`)).toEqual([]);
  expect(frenchTypographySlips("Êtes-vous concerné ?").map((slip) => [slip.mark, slip.problem])).toEqual([["?", "plain space"]]);
  expect(frenchTypographySlips("Êtes-vous concerné?").map((slip) => [slip.mark, slip.problem])).toEqual([["?", "no space"]]);
  expect(frenchTypographySlips(`Le réglage: «Données${NBSP}» ; fin !`).map((slip) => `${slip.mark} ${slip.problem}`)).toEqual([
    ": no space",
    "« no space",
    "; plain space",
    "! plain space",
  ]);
  expect(frenchTypographySlips(`«${NBSP}Données »`).map((slip) => `${slip.mark} ${slip.problem}`)).toEqual(["» plain space"]);
});

test("addresses, times, English quotations and the start of a run are not French punctuation", () => {
  expect(frenchTypographySlips(`Voir https://www.cnil.fr/fr/x?y=1 et mailto:a@b.fr à 12:30.`)).toEqual([]);
  expect(frenchTypographySlips(`En anglais${NBSP}: “Effective Nov. 3: we started?” (original).`)).toEqual([]);
  expect(frenchTypographySlips(`Le libellé "Data: yes?" reste en anglais.`)).toEqual([]);
  expect(frenchTypographySlips(`${NNBSP}?`)).toEqual([]);
  expect(frenchTypographySlips(`Vraiment${NNBSP}?!`)).toEqual([]);
});

test("a page's French text: blocks, inline marks, head and attributes; not code, other languages or other sites' titles", () => {
  const html = `<!doctype html><html lang="fr"><head><title>Sources${NBSP}: tout</title><meta name="description" content="Oui ?"></head><body>
    <p>Vouliez-vous dire <a href="/fr/region/fr">France</a>${NNBSP}?</p>
    <p><strong>Réglage</strong>: activé</p>
    <span lang="en">Is it on? Yes: it is.</span>
    <a href="https://example.com/a">Are you okay with this?</a>
    <code>a:b; c?</code>
    <img alt="Carte: monde" src="/x.png">
    <noscript><p>Sans JavaScript: rien</p></noscript>
  </body></html>`;
  expect(frenchTextRuns(html)).toContain(`Vouliez-vous dire France${NNBSP}?`);
  expect(pageTypographySlips(html)).toEqual([
    "plain space before “?”: …Oui ?…",
    "no space before “:”: …Réglage: activé…",
    "no space before “:”: …Carte: monde…",
    "no space before “:”: …Sans JavaScript: rien…",
  ]);
});
