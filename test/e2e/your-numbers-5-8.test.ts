import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Figure } from '../../src/calculators/contract';
import { figureText } from '../../src/calculators/cite';
import { evaluate } from '../../src/calculators/inputs';
import { profileFigure, type Profile } from '../../src/calculators/profile';
import { modelFor } from '../../src/calculators/registry';
import { fillUnits, profileFill } from '../../src/calculators/sources';
import { expectNoBrokenNumbers, expectNoProblems, siteUrl, useBrowser, type WatchedPage } from './browser';
import { SCOPE, pick } from './sample';

/**
 * Chapters 5 to 8 read on a reader's own figures (DESIGN §4a): with "my numbers" on, every
 * calculator fills whole situations only, every reading's figures are what the model gives for
 * the inputs on screen, and every fixed figure in the prose is still the book's example.
 */
const browser = useBrowser();

const CHAPTERS = ['operating-model', 'hiring-the-team', 'onboarding', 'health-and-adoption'];

const segments = (e: number, m: number, s: number, t: number, acv: [number, number, number, number]) => ({
  'enterprise-customers': e,
  'enterprise-arr': e * acv[0],
  'mid-market-customers': m,
  'mid-market-arr': m * acv[1],
  'smb-customers': s,
  'smb-arr': s * acv[2],
  'tech-touch-customers': t,
  'tech-touch-arr': t * acv[3],
});

const PROFILES: Record<string, Profile> = {
  // The figures a head of CS is most likely to have to hand.
  saved: { arr: 24e6, customers: 400, retention: 88, margin: 78, cac: 45000, csms: 12, 'csm-cost': 160000 },
  // Ten customers, nobody leaves, one CSM.
  'ten customers, no churn, one CSM': { arr: 600000, customers: 10, retention: 100, margin: 70, csms: 1, 'csm-cost': 120000 },
  // A $5B company at the edges: everyone churns, a 1% margin, segments of every size.
  '$5B, 0% retention, 1% margin': { arr: 5e9, customers: 250000, retention: 0, margin: 1, cac: 1e7, csms: 20000, 'csm-cost': 1e6, ...segments(2000, 10000, 38000, 200000, [1e6, 150000, 40000, 500]) },
  // No CSMs yet, and no enterprise customers at all.
  'no CSMs, no enterprise segment': { arr: 3e7, customers: 900, csms: 0, 'csm-cost': 150000, ...segments(0, 100, 300, 500, [0, 150000, 30000, 12000]) },
  // Part of a situation only, and a CSM cost no calculator can take.
  'partial figures, zero CSM cost': { arr: 1e7, 'csm-cost': 0, 'enterprise-customers': 12 },
};

interface Shown {
  id: string;
  texts: Record<string, string>;
  figures: { figure: string; value: string }[] | null;
}

/** Every calculator on the page: its field texts and, if a reading shows, its figures. Runs in the page. */
function snapshot(): Shown[] {
  return [...document.querySelectorAll<HTMLElement>('[data-calculator]')].map((section) => {
    const form = section.querySelector('form')!;
    const texts: Record<string, string> = {};
    for (const el of form.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input[name], textarea[name], select[name]')) texts[el.name] = el.value;
    const reading = section.querySelector('[data-reading]');
    const figures = reading ? [...reading.querySelectorAll<HTMLElement>('[data-figure]')].map((f) => ({ figure: f.dataset.figure!, value: f.dataset.value! })) : null;
    return { id: section.dataset.calculator!, texts, figures };
  });
}
const calculators = (page: Page): Promise<Shown[]> => page.evaluate(snapshot);

/** What the server rendered, taken before any island comes alive: the example's fields and the fixed figures. */
interface Served {
  example: Shown[];
  fixed: string[];
}
const served = (page: Page): Promise<Served> => page.evaluate(() => (window as unknown as { served: Served }).served);

/** Brings each calculator into view, so it hydrates, and waits until every one has applied the reader's figures. */
async function readyCalculators(page: Page) {
  await page.evaluate(async () => {
    for (const calculator of document.querySelectorAll('[data-calculator]')) {
      calculator.scrollIntoView({ block: 'center' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
  });
  await page.waitForFunction(() => [...document.querySelectorAll('[data-calculator]')].every((c) => c.getAttribute('data-ready') === 'true'));
}

describe('chapters 5 to 8 on the reader’s own numbers', () => {
  it(`fill whole situations, read the reader’s figures exactly and keep the example’s figures in the prose (odd profiles: ${SCOPE})`, async () => {
    const read = new Set<string>();
    // The figures a head of CS has to hand every time, and one of the odd profiles a day (all of them in the full sweep).
    const [usual, ...odd] = Object.entries(PROFILES);
    for (const [name, profile] of [usual!, ...pick(odd, 1, 4)]) {
      const context = await browser.context();
      // The saved figures, and a note of what the server rendered: islands hydrate only once
      // visible, well after the document is parsed.
      await context.addInitScript({
        content: `
          localStorage.setItem('csp:v1:profile', ${JSON.stringify(JSON.stringify(profile))});
          localStorage.setItem('csp:v1:mode', '"mine"');
          document.addEventListener('DOMContentLoaded', () => {
            const fixed = [...document.querySelectorAll('span.cite:not([data-follows])')].map((s) => s.textContent ?? '');
            window.served = { example: (${snapshot.toString()})(), fixed };
          });`,
      });
      const pages = await Promise.all(CHAPTERS.map(() => browser.page({}, context)));
      await Promise.all(
        CHAPTERS.map(async (chapter, c) => {
          await pages[c]!.goto(`${siteUrl()}/chapters/${chapter}/`);
          await readyCalculators(pages[c]!);
        }),
      );
      for (const [c, chapter] of CHAPTERS.entries()) {
        const page: WatchedPage = pages[c]!;
        const where = `${chapter} with ${name}`;
        await expectNoBrokenNumbers(page);
        const { example, fixed } = await served(page);
        expect(fixed.length, `${where}: the example's figures in the prose`).toBeGreaterThan(3);
        expect(await page.locator('span.cite:not([data-follows])').allTextContents(), `${where}: fixed figures`).toEqual(fixed);

        const shown = await calculators(page);
        expect(shown.map((s) => s.id)).toEqual(example.map((s) => s.id));
        shown.forEach(({ id, texts, figures }, i) => {
          const model = modelFor(id);
          const fill = profileFill(model, profile);
          const base = example[i]!.texts;
          // Taken before hydration: every field the reader's figures can fill still shows the book's default.
          for (const f of model.fields) if (f.profile) expect(base[f.id], `${where}: ${id} ${f.id} as served`).toBe(String(f.default));
          // A situation fills whole or not at all: the page shows every field of a group from the
          // reader's figures or every one from the example, never a mixture.
          for (const unit of fillUnits(model).filter((u) => u.group)) {
            const theirs = unit.fields.map((f) => {
              const v = typeof f.profile === 'string' ? profileFigure(profile, f.profile)?.value : f.profile!.derive(profile);
              return v === undefined ? undefined : String(f.kind === 'number' && f.integer ? Math.round(v) : v);
            });
            const showing = (from: (string | undefined)[]) => unit.fields.every((f, k) => texts[f.id] === from[k]);
            expect(showing(unit.fields.map((f) => base[f.id])) || showing(theirs), `${where}: ${id} mixes its ${unit.group} group`).toBe(true);
          }
          expect(texts, `${where}: ${id} fields`).toEqual({ ...base, ...fill.values });

          const now = evaluate(model, texts);
          const isExample = model.fields.every((f) => now.values[f.id] === evaluate(model, base).values[f.id]);
          const sentences = now.result && !isExample ? (model.reading?.(now.values, now.result) ?? []) : [];
          const expected = sentences.flatMap((s) => s.filter((p): p is Figure => typeof p !== 'string')).map((f) => {
            const t = figureText(model, now.result!, f, 'USD');
            return { figure: t.output ?? 'computed', value: t.raw };
          });
          if (sentences.length) {
            expect(figures, `${where}: ${id} reading`).toEqual(expected);
            read.add(id);
          } else expect(figures, `${where}: ${id} shows no reading`).toBeNull();
        });
        expectNoProblems(page);
      }
      await context.close();
    }
    // Every calculator that takes figures from the profile read some profile back.
    expect([...read].sort()).toEqual(['coverage-cost', 'cs-coverage', 'team-capacity', 'touch-model']);
  }, 120_000);

  it('read back whatever a reader types into any of their calculators', async () => {
    const context = await browser.context();
    const pages = await Promise.all(CHAPTERS.map(() => browser.page({}, context)));
    await Promise.all(
      CHAPTERS.map(async (chapter, c) => {
        await pages[c]!.goto(`${siteUrl()}/chapters/${chapter}/`);
        await readyCalculators(pages[c]!);
      }),
    );
    let [typed, reading] = [0, 0];
    for (const [c, chapter] of CHAPTERS.entries()) {
      const page = pages[c]!;
      for (const { id, texts } of await calculators(page)) {
        if (modelFor(id).reading) reading++;
        const model = modelFor(id);
        const change = typedChange(id, texts);
        if (!change) continue;
        const [field, text] = change;
        const control = page.locator(`[data-calculator="${id}"] [name="${field}"]`);
        if (model.fields.find((f) => f.id === field)!.kind === 'choice') await control.selectOption(text);
        else await control.fill(text);
        await page.locator(`[data-calculator="${id}"] [data-reading]`).waitFor();
        const now = evaluate(model, { ...texts, [field]: text });
        const expected = model.reading!(now.values, now.result!).flatMap((s) => s.filter((p): p is Figure => typeof p !== 'string')).map((f) => {
          const t = figureText(model, now.result!, f, 'USD');
          return { figure: t.output ?? 'computed', value: t.raw };
        });
        const [shown] = (await calculators(page)).filter((s) => s.id === id);
        expect(shown!.figures, `${chapter}: ${id} after typing ${field} = ${text}`).toEqual(expected);
        typed++;
      }
      await expectNoBrokenNumbers(page);
      expectNoProblems(page);
    }
    await context.close();
    // Every calculator with a reading was typed into and read back.
    expect(typed).toBe(reading);
    expect(typed).toBeGreaterThanOrEqual(10);
  });
});

/** One field changed the way a reader might, chosen so the calculator computes a reading. */
function typedChange(id: string, texts: Record<string, string>): [string, string] | undefined {
  const model = modelFor(id);
  if (!model.reading) return undefined;
  for (const field of model.fields) {
    const candidates =
      field.kind === 'choice'
        ? field.options.map((o) => o.value).filter((v) => v !== texts[field.id])
        : field.kind === 'number'
          ? [Number(texts[field.id]) + 1, Number(texts[field.id]) - 1].filter((v) => v >= (field.min ?? -Infinity) && v <= (field.max ?? Infinity)).map(String)
          : [`${texts[field.id]}\nLate addition,3,,`];
    for (const text of candidates) {
      const now = evaluate(model, { ...texts, [field.id]: text });
      if (now.result && (model.reading(now.values, now.result).length ?? 0) > 0) return [field.id, text];
    }
  }
  return undefined;
}
