import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import type { CalculatorModel } from '../../src/calculators/contract';
import { figureText, readingText } from '../../src/calculators/cite';
import { evaluate } from '../../src/calculators/inputs';
import type { Profile } from '../../src/calculators/profile';
import { models } from '../../src/calculators/registry';
import { exampleTexts, fillUnits, isExample, profileFill, startingState } from '../../src/calculators/sources';
import { expectNoBrokenNumbers, expectNoProblems, hydrateAll, readerText, siteUrl, useBrowser, type WatchedPage } from './browser';
import { pick } from './sample';

/**
 * Part One read on the reader's own figures (DESIGN §4a): with "my numbers" on, no broken
 * number shows, the worked examples keep the book's figures, every reading says what the
 * model says on the inputs the calculator shows, and no situation is filled half from the
 * reader's figures and half from the example.
 */
const browser = useBrowser();

const chapters = ['introduction', 'what-customer-success-is', 'customer-journey', 'business-case', 'economics'];
const withCalculators = ['customer-journey', 'business-case', 'economics'];

const profiles: Record<string, Profile> = {
  // The reader: enough for lifetime value and LTV:CAC, not for a retention year.
  saved: { arr: 24_000_000, customers: 400, retention: 88, margin: 78, cac: 45_000 },
  // Ten customers, no churn at all, a 1% margin.
  tiny: { arr: 480_000, customers: 10, retention: 100, margin: 1, discount: 0, cac: 12_000, 'new-arr': 96_000 },
  // A $5B company that gave its whole last year, so retention is derived from it.
  huge: {
    arr: 5e9,
    customers: 25_000,
    'start-arr': 4.6e9,
    expansion: 5.5e8,
    contraction: 1.2e8,
    churned: 2.3e8,
    margin: 82,
    discount: 8,
    cac: 240_000,
    'new-arr': 7e8,
    csms: 900,
    'csm-cost': 175_000,
  },
  // Everyone leaves every year.
  leaky: { arr: 1_000_000, customers: 50, retention: 0, margin: 60, cac: 5_000, 'new-arr': 400_000, csms: 1, 'csm-cost': 90_000, expansion: 0 },
  // Half a picture: ARR without customers or new ARR, so most groups stay on the example.
  partial: { arr: 2_000_000, margin: 100, retention: 97.5 },
};

/** Server-rendered figures of every fixed <Value> on a chapter, in page order. */
const serverFigures = new Map<string, string[]>();

async function open(context: BrowserContext, chapter: string): Promise<WatchedPage> {
  const page = await browser.page({}, context);
  await page.goto(`${siteUrl()}/chapters/${chapter}/`);
  await hydrateAll(page);
  await page.waitForFunction(() => [...document.querySelectorAll('.calc')].every((c) => c.getAttribute('data-ready') === 'true'));
  return page;
}

/** Each calculator on the page: its id and the texts its form shows. */
async function calculators(page: WatchedPage) {
  return page.$$eval('.calc[data-calculator]', (calcs) =>
    calcs.map((calc) => {
      const texts: Record<string, string> = {};
      for (const el of calc.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('form.calc-fields [name]')) texts[el.name] = el.value;
      const reading = calc.querySelector('[data-reading]');
      return {
        id: calc.getAttribute('data-calculator')!,
        texts,
        // textContent: a calculator far from the screen is not laid out (content-visibility), and innerText reads only laid-out text.
        reading: reading ? (reading.querySelector('p') as HTMLElement).textContent : undefined,
        figures: reading ? [...reading.querySelectorAll('[data-figure]')].map((f) => ({ figure: f.getAttribute('data-figure'), value: f.getAttribute('data-value') })) : [],
      };
    }),
  );
}

/** The reading the model gives in Node for these texts, with each figure's raw value in order. */
function expectedReading(model: CalculatorModel, texts: Record<string, string>) {
  const { result, values } = evaluate(model, texts);
  if (!result || isExample(model, texts)) return undefined;
  const sentences = model.reading?.(values, result) ?? [];
  if (!sentences.length) return undefined;
  const figures = sentences.flatMap((s) => s.filter((p) => typeof p !== 'string')).map((f) => {
    const shown = figureText(model, result, f, 'USD');
    return { figure: shown.output ?? 'computed', value: shown.raw };
  });
  return { text: readingText(model, result, sentences, 'USD'), figures };
}

/** The text of every fixed citation in the served HTML, before any script runs. */
const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'" };
beforeAll(async () => {
  for (const chapter of chapters) {
    const html = await (await fetch(`${siteUrl()}/chapters/${chapter}/`)).text();
    const spans = [...html.matchAll(/<span class="cite(?: cite-words)?"(?![^>]*data-follows)[^>]*>([^<]*)<\/span>/g)];
    serverFigures.set(chapter, spans.map((m) => m[1]!.replace(/&(#?\w+);/g, (all, e: string) => entities[e] ?? all)));
  }
});

describe('Part One on the reader’s own figures', () => {
  // The saved profile on every run, and two of the odd ones a day (all of them in the full sweep).
  const [usual, ...odd] = Object.entries(profiles);
  for (const [name, profile] of [usual!, ...pick(odd, 2, 8)]) {
    describe(`the ${name} profile`, () => {
      let context: BrowserContext;
      beforeAll(async () => {
        context = await browser.context();
        await context.addInitScript((saved) => {
          localStorage.setItem('csp:v1:profile', saved);
          localStorage.setItem('csp:v1:mode', '"mine"');
        }, JSON.stringify(profile));
      });
      afterAll(async () => context.close());

      for (const chapter of name === 'saved' ? chapters : withCalculators) {
        it(`reads ${chapter} truthfully`, async () => {
          const page = await open(context, chapter);
          await expectNoBrokenNumbers(page);
          // The worked examples keep the book's figures whatever the mode.
          expect(await page.locator('span.cite:not([data-follows])').allTextContents()).toEqual(serverFigures.get(chapter));
          for (const calc of await calculators(page)) {
            const model = models[calc.id]!;
            const label = `${chapter}: ${calc.id}`;
            // Every field shows what the profile rules give: whole situations from the profile, the rest the example.
            expect(calc.texts, label).toEqual(startingState(model, { mode: 'mine', profile }).texts);
            const fill = profileFill(model, profile);
            const example = exampleTexts(model);
            for (const unit of fillUnits(model).filter((u) => u.group)) {
              const fromProfile = unit.fields.filter((f) => f.id in fill.values && calc.texts[f.id] === fill.values[f.id]);
              const fromExample = unit.fields.filter((f) => calc.texts[f.id] === example[f.id]);
              expect(fromProfile.length === unit.fields.length || fromExample.length === unit.fields.length, `${label}: group ${unit.group} is whole`).toBe(true);
            }
            // The reading is the model's own, figure for figure, on the inputs the calculator shows.
            const expected = expectedReading(model, calc.texts);
            expect(calc.reading, `${label}: reading`).toBe(expected?.text);
            expect(calc.figures, `${label}: reading figures`).toEqual(expected?.figures ?? []);
          }
          if (name === 'saved' && chapter === 'economics') await chapterFourFailuresAreGone(page);
          expectNoProblems(page);
        });
      }
    });
  }


});

/** The failures the issue found in chapter 4 on this reader's figures. */
async function chapterFourFailuresAreGone(page: WatchedPage) {
  const cltv = page.locator('.calc[data-calculator="cltv"]');
  // Revenue per customer is derived from ARR and customers, and the calculator says so.
  expect(await cltv.locator('[name="revenue"]').inputValue()).toBe('60000');
  await cltv.getByRole('status').filter({ hasText: 'worked out as ARR ÷ customers' }).first().waitFor();
  expect(await cltv.locator('[data-reading]').textContent()).toContain('stays 8.33 years and brings in $390,000');
  // The narrative keeps the example: the lifted lifetime is the example's, the discounted values differ.
  const prose = await readerText(page, 'main');
  expect(prose).toContain('stretches to 14.29 years');
  expect(prose).toContain('$49,500 today at 90% retention and $58,235 at 93%');
  expect(prose).not.toContain('$46,800');
  // LTV:CAC takes the reader's lifetime value and CAC; the retention year stays whole on the example.
  const ltvCac = page.locator('.calc[data-calculator="ltv-cac"]');
  expect(await ltvCac.locator('[name="ltv"]').inputValue()).toBe('390000');
  expect(await ltvCac.locator('[name="cac"]').inputValue()).toBe('45000');
  expect(await ltvCac.locator('[data-reading]').textContent()).toContain('8.67:1');
  const retention = page.locator('.calc[data-calculator="retention"]');
  expect(await retention.locator('[data-output="nrr"]').getAttribute('data-value')).toBe('120');
  expect(await retention.locator('[data-reading]').count()).toBe(0);
}
