import { describe, expect, it } from 'vitest';
import { figureText } from '../../src/calculators/cite';
import { evaluate } from '../../src/calculators/inputs';
import type { Profile } from '../../src/calculators/profile';
import { modelFor } from '../../src/calculators/registry';
import { exampleTexts, fillUnits, isExample, profileFill } from '../../src/calculators/sources';
import { expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser } from './browser';
import { pick } from './sample';

const browser = useBrowser();

const CHAPTERS = ['strategic-accounts', 'renewals-and-churn', 'sales-cs-alignment', 'mis-sold-contracts'];

/** Saved figures a reader might have, from the issue's own to the extremes a chapter must survive. */
const PROFILES: Record<string, Profile> = {
  'the issue’s saved profile': { arr: 24e6, customers: 400, retention: 88, margin: 78, cac: 45_000, 'start-arr': 22e6, expansion: 2.5e6, contraction: 0.6e6, churned: 2e6 },
  'a ten-customer company with no churn': {
    arr: 500_000, customers: 10, retention: 100, margin: 70, cac: 20_000, 'start-arr': 450_000, expansion: 50_000, contraction: 0, churned: 0,
    'start-customers': 10, 'involuntary-churned': 0, 'involuntary-lost': 0, 'voluntary-lost': 0, downgraded: 0, csms: 1, 'csm-cost': 90_000,
  },
  'a $5B company with its churn split by type': {
    arr: 5e9, customers: 20_000, retention: 95, margin: 80, cac: 250_000, 'start-arr': 4.6e9, expansion: 6e8, contraction: 1e8, churned: 1.3e8,
    'start-customers': 19_000, 'involuntary-churned': 3e7, 'involuntary-lost': 150, 'voluntary-lost': 400, downgraded: 900, csms: 800, 'csm-cost': 250_000,
  },
  'a company that lost everything, on a 1% margin': {
    arr: 1e6, customers: 50, retention: 0, margin: 1, cac: 0, 'start-arr': 1e6, expansion: 0, contraction: 0, churned: 1e6,
    'start-customers': 50, 'involuntary-churned': 1e6, 'involuntary-lost': 50, 'voluntary-lost': 0, downgraded: 0, 'csm-cost': 0,
  },
  'figures that contradict each other': {
    arr: 1000, customers: 1_000_000, cac: 1, 'csm-cost': 1e8, 'start-arr': 5e6, churned: 1e6, 'involuntary-churned': 2e6, contraction: 0,
    'start-customers': 3, 'involuntary-lost': 1, 'voluntary-lost': 1, downgraded: 0,
  },
};

/** What the server sent for the fixed figures of a chapter: the book's example, in page order. */
const served = new Map<string, { text: string; value: string }[]>();
async function fixedFigures(slug: string) {
  if (!served.has(slug)) {
    const html = await (await fetch(`${siteUrl()}/chapters/${slug}/`)).text();
    const spans = [...html.matchAll(/<span class="cite(?: cite-words)?" data-value="([^"]*)"[^>]*>([^<]*)<\/span>/g)];
    const decode = (s: string) => s.replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n))).replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'");
    served.set(slug, spans.map((m) => ({ value: decode(m[1]!), text: decode(m[2]!) })));
  }
  return served.get(slug)!;
}

describe('chapters 9, 10, 16 and 17 on the reader’s own numbers', () => {
  // The saved profile on every run, and two of the odd ones a day (all of them in the full sweep).
  const [usual, ...odd] = Object.entries(PROFILES);
  for (const [name, profile] of [usual!, ...pick(odd, 2, 7)]) {
    it(`tells no false figure with ${name}`, async () => {
      const context = await browser.context();
      await context.addInitScript((saved) => {
        localStorage.setItem('csp:v1:profile', saved);
        localStorage.setItem('csp:v1:mode', '"mine"');
      }, JSON.stringify(profile));
      const page = await browser.page({}, context);
      for (const slug of CHAPTERS) {
        await page.goto(`${siteUrl()}/chapters/${slug}/`, { waitUntil: 'domcontentloaded' });
        await hydrateAll(page);
        await page.waitForFunction(() => [...document.querySelectorAll('section.calc')].every((s) => s.getAttribute('data-ready') === 'true'));
        await expectNoBrokenNumbers(page);

        // Narrative figures keep the book's example, whatever the reader saved.
        const fixed = await page.locator('span.cite:not([data-follows])').evaluateAll((els) => els.map((e) => ({ text: e.textContent ?? '', value: e.getAttribute('data-value') ?? '' })));
        expect(fixed, `${slug}: fixed figures`).toEqual(await fixedFigures(slug));

        const calculators = await page.locator('section.calc').evaluateAll((sections) =>
          sections.map((s) => {
            const texts: Record<string, string> = {};
            for (const el of s.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('form [name]')) texts[el.name] = el.value;
            const reading = [...s.querySelectorAll('[data-reading] [data-figure]')].map((f) => f.getAttribute('data-value'));
            return { id: s.getAttribute('data-calculator')!, texts, reading, hasReading: !!s.querySelector('[data-reading]') };
          }),
        );
        expect(calculators.length, `${slug}: calculators`).toBeGreaterThan(0);
        for (const calc of calculators) {
          const model = modelFor(calc.id);
          const where = `${slug} › ${calc.id}`;
          // Each situation is wholly the reader's or wholly the example's, never a mix.
          const example = exampleTexts(model);
          const fill = profileFill(model, profile);
          for (const unit of fillUnits(model)) {
            const ids = unit.fields.map((f) => f.id);
            const mine = ids.every((id) => id in fill.values);
            for (const id of ids) expect(calc.texts[id], `${where}: ${id} (${mine ? 'from the profile' : 'the example'})`).toBe(mine ? fill.values[id] : example[id]);
          }
          // The reading says exactly what the model says for the inputs on screen.
          const evaluation = evaluate(model, calc.texts);
          const sentences = evaluation.result && !isExample(model, calc.texts) ? (model.reading?.(evaluation.values, evaluation.result) ?? []) : [];
          const figures = sentences.flatMap((s) => s.filter((p) => typeof p !== 'string')).map((f) => figureText(model, evaluation.result!, f, 'USD').raw);
          expect(calc.hasReading, `${where}: reading shown`).toBe(sentences.length > 0);
          expect(calc.reading, `${where}: reading figures`).toEqual(figures);
        }
        // A profile with the whole year split by type, and something lost in it, makes the churn mix the reader's own and read.
        if (slug === 'renewals-and-churn' && (profile.churned ?? 0) + (profile.contraction ?? 0) > 0 && fillUnits(modelFor('churn-mix')).every((u) => u.fields.every((f) => f.id in profileFill(modelFor('churn-mix'), profile).values)))
          expect(calculators.find((c) => c.id === 'churn-mix')!.hasReading, 'the reader’s own churn mix is read').toBe(true);
      }
      expectNoProblems(page);
      await context.close();
    });
  }
});
