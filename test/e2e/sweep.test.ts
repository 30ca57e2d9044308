/**
 * The sweep: everything a reader can hand the book that might lose or drop what they gave it,
 * tried in a real browser. Bad link values on every field, typed and pasted lists (quotes, blank
 * lines, unicode, ten thousand rows), files over and under a box's limit, every saved key
 * corrupted, too big to back up and blocked, and malformed or crafted imports.
 *
 * Each case checks that nothing non-finite reaches the screen, that the page logs no error and
 * throws nothing, that every row the reader gave is counted or named in a note, and that what the
 * reader typed survives a reload (or the page says plainly that it will not).
 *
 * `npm test` runs a sample that changes from day to day (SWEEP_SEED=<n> repeats one); the whole
 * sweep runs with `npm run test:sweep` (vitest --mode sweep).
 */
import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { SCOPE, pick } from './sample';
import { models, modelFor } from '../../src/calculators/registry';
import { defaultTexts, evaluate } from '../../src/calculators/inputs';
import { readQuery } from '../../src/calculators/link';
import { LIST_ROWS } from '../../src/calculators/list-rows';
import type { CalculatorModel, TextField } from '../../src/calculators/contract';
import { calculatorsReady, expectNoBrokenNumbers, expectNoProblems, expectedOutputs, hydrateAll, outputs, siteUrl, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

async function fresh(): Promise<{ context: BrowserContext; page: WatchedPage }> {
  const context = await browser.context();
  return { context, page: await browser.page({}, context) };
}

/** A negative zero on screen: "-0" not part of a longer number or a date. */
const NEGATIVE_ZERO = /(?<![\w.-])-0(?![\d.,])/;

/**
 * Nothing broken on screen: no NaN, Infinity or undefined outside the notes and field messages
 * that quote back what the reader entered ("you entered "NaN""), and no negative zero in a
 * computed figure. When the reader's own text is "NaN", the places that repeat their text (tables,
 * notes, readings, a vendor's name given as the verdict) rightly show it, and there the figures
 * alone are judged.
 */
async function expectCleanResults(page: WatchedPage, { echoed = false } = {}) {
  const quoting = `.calc-note.warn[role="alert"], .field .error${echoed ? ', .result-table td, .calc-results .calc-note, .calc-reading' : ''}`;
  const { shown, figures } = await page.evaluate(
    ({ quoting, echoed }) => {
      // Outputs and reading figures hold a number (data-value a figure, or n/a) or words: a name, a verdict.
      const all = [...document.querySelectorAll<HTMLElement>('.calc-outputs output, .calc-reading [data-figure]')];
      const words = all.filter((el) => !/^(-?\d|n\/a$)/.test(el.dataset.value ?? ''));
      const hidden = [...document.querySelectorAll<HTMLElement>(quoting), ...(echoed ? words : [])];
      hidden.forEach((e) => e.style.setProperty('display', 'none'));
      const shown = document.body.innerText;
      hidden.forEach((e) => e.style.removeProperty('display'));
      return { shown, figures: all.filter((el) => !words.includes(el)).map((el) => el.textContent ?? '') };
    },
    { quoting, echoed },
  );
  expect(shown).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
  // The computed figures, outputs and readings alike; words (names, the reader's own text) may read "-0".
  for (const figure of figures) expect(figure).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|^$/);
  for (const figure of figures) expect(figure).not.toMatch(NEGATIVE_ZERO);
}

/** Puts text in a box as one paste, as a reader's Ctrl+V does. */
const paste = (page: WatchedPage, selector: string, text: string) =>
  page.$eval(selector, (el, t) => {
    (el as HTMLTextAreaElement).value = t;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: t }));
  }, text);

describe(`the sweep (${SCOPE})`, () => {
  describe('bad values in a link fall back to the default, with a note for each, on every field', () => {
    const BAD = ['abc', '1e400', '-1e20', 'NaN', 'Infinity', '', '-0', '12%%', '١٢', '<img src=x onerror=alert(1)>', '9'.repeat(300), '0x10', ' ', '1,2,3', '-'];
    const cases = Object.values(models).flatMap((m) => BAD.map((v) => [m.id, v, m] as const));
    it.each(pick(cases, 4))('%s with every field set to %j', async (_id, bad, model) => {
      const { context, page } = await fresh();
      const params = new URLSearchParams(Object.fromEntries(model.fields.map((f) => [f.id, bad])));
      const preset = readQuery(model, params, defaultTexts(model));
      await page.goto(`${siteUrl()}/embed/${model.id}/?${params}`);
      await calculatorsReady(page);
      expect(await page.locator('.calc-note.warn[role="alert"]').count()).toBe(preset.rejected.length);
      if (evaluate(model, preset.texts).result) expect(await outputs(page)).toEqual(expectedOutputs(model, preset.texts));
      await expectCleanResults(page, { echoed: /NaN|Infinity|undefined/.test(bad) });
      expectNoProblems(page);
      await context.close();
    });
  });

  describe('pasted and typed lists: every row counted or named', () => {
    /** A list tool, its list field, a row maker and how many rows its outputs count. */
    interface ListTool {
      id: string;
      field: string;
      row: (i: number, name: string) => string;
      counted: (out: Record<string, string>, page: WatchedPage) => Promise<number>;
    }
    const num = (v: string | undefined) => Number(v ?? NaN);
    const tools: ListTool[] = [
      { id: 'segment-planner', field: 'customers', row: (i, name) => `${name},${1000 + i}`, counted: async (o) => num(o.customers) },
      { id: 'time-to-value', field: 'customers', row: (i, name) => `${name},${i % 90}`, counted: async (o) => num(o.reached) + num(o['not-reached']) },
      { id: 'health-backtest', field: 'customers', row: (i, name) => `${name},${['red', 'yellow', 'green'][i % 3]},${i % 4 ? 'no' : 'yes'}`, counted: async (o) => num(o.tested) },
      // Every account is worth 1, so the total due counts the accounts read.
      { id: 'renewal-forecast', field: 'accounts', row: (i, name) => `${name},1,${['committed', 'likely', 'at risk', 'critical'][i % 4]}`, counted: async (o) => num(o.total) },
      {
        id: 'qbr-builder',
        field: 'attendees',
        row: (i, name) => `${name},Role ${i},${i % 2 ? 'yes' : 'no'}`,
        counted: async (_, page) => num((await page.locator('table[data-table="attendees"]').getAttribute('data-rows')) ?? undefined),
      },
    ];
    const NAMES = ['Acme 5" Inc', 'Zoë Ltd 🚀', 'شركة النور', 'Ñandú S.A.', 'e\u0301clair', '"Quoted, Name"'];
    const lists: [string, (t: ListTool) => string][] = [
      ['a stray quote inside a name', (t) => [t.row(0, 'Acme 5" Inc'), t.row(1, 'Beta'), t.row(2, 'Gamma'), t.row(3, 'Delta')].join('\n')],
      ['a quote that opens a cell and never closes', (t) => [t.row(0, 'Alpha'), t.row(1, '"Beta'), t.row(2, 'Gamma'), t.row(3, 'Delta')].join('\n')],
      ['blank lines and a bad row after them', (t) => `\n${t.row(0, 'Alpha')}\n\n\n${t.row(1, 'Beta').replace(/,[^,]*$/, ',???')}\n\n${t.row(2, 'Gamma')}\n`],
      ['unicode names', (t) => NAMES.map((n, i) => t.row(i, n.includes(',') ? `"${n.replace(/"/g, '')}"` : n)).join('\r\n')],
      [`${LIST_ROWS.toLocaleString('en-GB')} rows`, (t) => Array.from({ length: LIST_ROWS }, (_, i) => t.row(i, `Customer ${i + 1}`)).join('\n')],
    ];
    // The business review's lists are a meeting's attendees, capped at a few thousand characters: no 10,000-row case.
    const cases = tools.flatMap((t) => lists.filter(([what]) => t.id !== 'qbr-builder' || !what.includes(LIST_ROWS.toLocaleString('en-GB'))).map(([what, make]) => [t.id, what, t, make] as const));

    /** Rows named in the notes as left out: "Row 4", "Rows 4, 7 and 9", "... and 95 more", "95 more rows have problems". */
    function named(notes: string[]): number {
      let n = 0;
      for (const note of notes) {
        const overflow = /^([\d,]+) more rows? ha(?:s|ve) problems/.exec(note);
        if (overflow) n += Number(overflow[1]!.replace(/,/g, ''));
        const rows = /\b[Rr]ows? ([\d, ]+?(?: and [\d,]+(?: more)?)?):/.exec(note);
        if (!rows) continue;
        const more = / and ([\d,]+) more$/.exec(rows[1]!);
        n += (more ? rows[1]!.replace(more[0], '') : rows[1]!).split(/,| and /).filter((x) => x.trim()).length + (more ? Number(more[1]!.replace(/,/g, '')) : 0);
      }
      return n;
    }

    it.each(pick(cases, 4, 1))('%s, %s', async (id, _what, tool, make) => {
      const model = modelFor(id);
      const text = make(tool);
      const texts = { ...defaultTexts(model), [tool.field]: text };
      const evaluation = evaluate(model, texts);
      expect(evaluation.errors).toEqual({});
      const { context, page } = await fresh();
      await page.goto(`${siteUrl()}/tools/${id}/`);
      await calculatorsReady(page);
      const box = page.locator(`.calc textarea[name="${tool.field}"]`);
      // Short lists are typed key by key; long ones arrive as one paste.
      if (text.length < 400) {
        await box.fill('');
        await box.pressSequentially(text.replace(/\r\n/g, '\n'));
      } else await paste(page, `.calc textarea[name="${tool.field}"]`, text);
      await page.waitForFunction(([sel, n]) => (document.querySelector(sel) as HTMLTextAreaElement | null)?.value.length === n, [`.calc textarea[name="${tool.field}"]`, text.replace(/\r\n/g, '\n').length] as const);
      const typed = { ...texts, [tool.field]: text.replace(/\r\n/g, '\n') };
      const want = expectedOutputs(model, typed);
      await page.waitForFunction((w) => Object.entries(w).every(([k, v]) => document.querySelector(`.calc-outputs [data-output="${k}"]`)?.getAttribute('data-value') === v), want);
      const notes = evaluate(model, typed).result!.notes.map((n) => n.text);
      for (const note of notes.slice(0, 5)) expect(await page.getByText(note, { exact: true }).count()).toBeGreaterThan(0);
      const rows = text.split(/\r\n|\n/).filter((l) => l.trim() !== '').length;
      expect((await tool.counted(await outputs(page), page)) + named(notes)).toBeGreaterThanOrEqual(rows);
      await expectCleanResults(page);
      expectNoProblems(page);
      await context.close();
    });

    it('keeps a typed list across a reload', async () => {
      const { context, page } = await fresh();
      await page.goto(`${siteUrl()}/tools/segment-planner/`);
      await calculatorsReady(page);
      const list = 'Customer,ARR\nAcme 5" Inc,120000\nZoë Ltd 🚀,8000';
      await page.locator('textarea[name="customers"]').fill(list);
      await page.waitForFunction(() => document.querySelector('[data-output="customers"]')?.getAttribute('data-value') === '2');
      await page.reload();
      await calculatorsReady(page);
      expect(await page.locator('textarea[name="customers"]').inputValue()).toBe(list);
      expect(await page.locator('[data-output="customers"]').getAttribute('data-value')).toBe('2');
      expectNoProblems(page);
      await context.close();
    });
  });

  describe('a file chosen with "Load a CSV file"', () => {
    const ids = ['segment-planner', 'time-to-value', 'health-backtest', 'renewal-forecast', 'qbr-builder'];
    const field = (m: CalculatorModel) => m.fields.find((f): f is TextField => f.kind === 'text' && !!f.csv)!;
    it.each(pick(ids, 2, 2))('%s: a file over the limit changes nothing and says its size and the limit; one under it loads', async (id) => {
      const model = modelFor(id);
      const { id: name, maxLength } = field(model);
      const { context, page } = await fresh();
      await page.goto(`${siteUrl()}/tools/${id}/`);
      await calculatorsReady(page);
      const box = page.locator(`.calc textarea[name="${name}"]`);
      const mine = 'My own typed line, 100';
      await box.fill(mine);
      const chooser = box.locator('xpath=ancestor::div[contains(@class,"field")]').locator('input[type="file"]');
      for (const size of [maxLength + 1, maxLength * 4 + 1]) {
        await chooser.setInputFiles({ name: 'big.csv', mimeType: 'text/csv', buffer: Buffer.alloc(size, 'a') });
        const alert = page.getByRole('alert').filter({ hasText: '"big.csv" was not loaded' });
        await alert.waitFor();
        expect(await alert.innerText()).toContain(`at most ${maxLength.toLocaleString('en-GB')} characters`);
        expect(await alert.innerText()).toContain(`${Math.ceil(size / 1e3).toLocaleString('en-GB')} KB`);
        expect(await box.inputValue()).toBe(mine);
      }
      const csv = field(model).default;
      await chooser.setInputFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });
      await page.waitForFunction(([sel, v]) => (document.querySelector(sel) as HTMLTextAreaElement).value === v, [`.calc textarea[name="${name}"]`, csv] as const);
      expect(await page.getByRole('alert').filter({ hasText: 'was not loaded' }).count()).toBe(0);
      await expectCleanResults(page);
      expectNoProblems(page);
      await context.close();
    });
  });

  describe('saved values', () => {
    /** Each saved key, a page that reads it, and a value that page cannot read. */
    const KEYS: [string, string][] = [
      ['profile', '/my-numbers/'],
      ['mode', '/tools/cltv/'],
      ['currency', '/tools/cltv/'],
      ['assessment', '/assessment/'],
      ['assessment-history', '/assessment/plan/'],
      ['assessment-targets', '/assessment/plan/'],
      ['assessment-name', '/assessment/plan/'],
      ['assessment-team', '/assessment/team/'],
      ['deal-review', '/templates/deal-review/'],
      ['mis-sell', '/worksheets/mis-sell/'],
    ];
    /** Seeds storage once, before the first page's scripts run (not again on reload). */
    const seed = (page: WatchedPage, key: string, value: string) =>
      page.addInitScript(
        ([k, v]) => {
          if (sessionStorage.getItem('seeded')) return;
          sessionStorage.setItem('seeded', '1');
          localStorage.setItem(k, v);
        },
        [key, value] as const,
      );
    const stored = (page: WatchedPage, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
    const backups = (page: WatchedPage, name: string) => page.evaluate((n) => Object.keys(localStorage).filter((k) => k.startsWith(`csp:backup:${n}:`)), name);

    it.each(pick(KEYS, 3, 3))('csp:v1:%s corrupted is kept under a backup key the reader is told about', async (name, path) => {
      const { context, page } = await fresh();
      await seed(page, `csp:v1:${name}`, '{"broken": [1, 2');
      await page.goto(`${siteUrl()}${path}`);
      await hydrateAll(page);
      const notice = page.getByRole('status').filter({ hasText: 'could not be read' }).first();
      await notice.waitFor();
      const [backup] = await backups(page, name);
      expect(backup).toBeDefined();
      expect(await notice.innerText()).toContain(backup!);
      expect(await stored(page, backup!)).toBe('{"broken": [1, 2');
      await expectNoBrokenNumbers(page);
      expectNoProblems(page);
      await context.close();
    });

    it('a corrupted saved theme is kept under a backup key and the reader told', async () => {
      const { context, page } = await fresh();
      await seed(page, 'csp:v1:theme', '"sepia');
      await page.goto(`${siteUrl()}/`);
      const notice = page.getByRole('status').filter({ hasText: 'saved choice of light or dark could not be read' });
      await notice.waitFor();
      const [backup] = await backups(page, 'theme');
      expect(await notice.innerText()).toContain(`The old value is kept in this browser under "${backup!}".`);
      expect(await notice.innerText()).not.toContain('no room for a copy');
      expect(await stored(page, backup!)).toBe('"sepia');
      expect(await stored(page, 'csp:v1:theme')).toBeNull();
      // Telling the reader leaves the page itself whole.
      expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      expectNoProblems(page);
      await context.close();
    });

    it.each(pick(KEYS, 1, 4))('csp:v1:%s too big to back up stays in place, is offered as a download, and is not overwritten until the reader chooses', async (name, path) => {
      const { context, page } = await fresh();
      // The largest unreadable value this browser will keep: no room is left for its backup.
      await page.addInitScript((k) => {
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', '1');
        for (let n = 6_000_000; n > 1000; n = Math.floor(n * 0.95)) {
          try {
            localStorage.setItem(k, `{${'x'.repeat(n)}`);
            return;
          } catch {
            /* too big for this browser: try smaller */
          }
        }
      }, `csp:v1:${name}`);
      await page.goto(`${siteUrl()}${path}`);
      await hydrateAll(page);
      const notice = page.getByRole('status').filter({ hasText: 'no room to keep a copy' }).first();
      await notice.waitFor();
      expect(await notice.innerText()).not.toContain('csp:backup');
      expect(await backups(page, name)).toEqual([]);
      const before = (await stored(page, `csp:v1:${name}`))!.length;
      const [file] = await Promise.all([page.waitForEvent('download'), notice.getByRole('button', { name: 'Download the saved copy' }).click()]);
      expect(file.suggestedFilename()).toBe(`playbook-saved-${name}.json`);
      await page.reload();
      await hydrateAll(page);
      expect((await stored(page, `csp:v1:${name}`))!.length).toBe(before);
      await page.getByRole('button', { name: 'Replace it with what this page holds' }).first().click();
      expect((await stored(page, `csp:v1:${name}`))!.length).toBeLessThan(before);
      expectNoProblems(page);
      await context.close();
    });

    it.each(pick(['/my-numbers/', '/tools/cltv/', '/assessment/', '/assessment/team/', '/templates/deal-review/', '/worksheets/mis-sell/'], 2, 5))(
      'on %s, storage the browser blocks is said plainly, and the page still works',
      async (path) => {
        const { context, page } = await fresh();
        await page.addInitScript(() => {
          Object.defineProperty(window, 'localStorage', {
            get() {
              throw new DOMException('The operation is insecure.', 'SecurityError');
            },
          });
        });
        await page.goto(`${siteUrl()}${path}`);
        await hydrateAll(page);
        await page.getByRole('status').filter({ hasText: 'lasts only while the page is open' }).first().waitFor();
        if (path === '/my-numbers/') {
          await page.getByLabel('Annual recurring revenue (ARR)').fill('5000000');
          expect(await page.locator('.saved-summary').innerText()).toContain('kept only while this page is open');
        }
        await expectNoBrokenNumbers(page);
        expectNoProblems(page);
        await context.close();
      },
    );

    it('keeps what the reader typed across a reload: figures, answers and the team list', async () => {
      const { context, page } = await fresh();
      await page.goto(`${siteUrl()}/my-numbers/`);
      await hydrateAll(page);
      await page.getByLabel('Annual recurring revenue (ARR)').fill('5000000');
      await page.goto(`${siteUrl()}/assessment/team/`);
      await page.waitForSelector('.team[data-ready]');
      await page.locator('#team-codes').fill('not-a-code');
      await page.getByRole('button', { name: 'Combine the answers' }).click();
      await page.waitForSelector('[data-accepted]');
      await page.goto(`${siteUrl()}/my-numbers/`);
      await hydrateAll(page);
      expect(await page.getByLabel('Annual recurring revenue (ARR)').inputValue()).toBe('5000000');
      await page.goto(`${siteUrl()}/assessment/team/`);
      await page.waitForSelector('.team[data-ready]');
      expect(await page.locator('#team-codes').inputValue()).toBe('not-a-code');
      expectNoProblems(page);
      await context.close();
    });
  });

  describe('malformed and crafted imports answer with a message and change nothing', () => {
    const crafted = [
      ['not JSON', '{"oops'],
      ['a crafted version', '{"format":"csp-my-numbers","kind":"csp-assessment","version":{"toString":1},"figures":{"arr":5},"people":[]}'],
      ['crafted values', '{"kind":"%KIND%","version":2,"body":{"figures":{"arr":{"valueOf":1}},"people":[{"name":{"toString":1},"created":"2025-13-10","answers":{"q1-leader-seat":{"level":{"toString":1}}}}],"account":{"length":1}}}'],
      ['the wrong kind', '{"kind":"csp-something-else","version":2,"body":{}}'],
    ] as const;
    const IMPORTERS: [string, string, string, string][] = [
      ['my numbers', '/my-numbers/', 'Import a JSON file', 'csp-my-numbers'],
      ['the plan', '/assessment/plan/', 'Import a JSON file', 'csp-assessment'],
      ['the team view', '/assessment/team/', 'Import exported files', 'csp-assessment'],
      ['the deal review', '/templates/deal-review/', 'Import a JSON file', 'csp-deal-review'],
      ['the mis-sell worksheet', '/worksheets/mis-sell/', 'Import a worksheet', 'csp-mis-sell'],
    ];
    const cases = IMPORTERS.flatMap(([what, path, label, kind]) => crafted.map(([name, text]) => [what, name, path, label, kind, text] as const));
    it.each(pick(cases, 3, 6))('%s, %s', async (_what, _case, path, label, kind, text) => {
      const { context, page } = await fresh();
      await page.goto(`${siteUrl()}${path}`);
      await hydrateAll(page);
      if (path === '/worksheets/mis-sell/') await page.getByText('Worksheet options').click();
      const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('csp:v1:'))));
      await page.getByLabel(label).setInputFiles({ name: 'crafted.json', mimeType: 'application/json', buffer: Buffer.from(text.replace('%KIND%', kind)) });
      await page.getByText(/was not imported|left out|not a |nothing was changed/).first().waitFor();
      const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).filter(([k]) => k.startsWith('csp:v1:') && k !== 'csp:v1:assessment-team')));
      expect(after).toBe(before.replace(/,?\["csp:v1:assessment-team","[^"]*"\]/, ''));
      await expectNoBrokenNumbers(page);
      expectNoProblems(page);
      await context.close();
    });
  });

  describe('embeds', () => {
    it('a frame sandboxed with allow-scripts alone says the figures shown are the example ones', async () => {
      const { context, page } = await fresh();
      const { hostUrl } = await import('./browser');
      await page.goto(`${hostUrl()}/?sandbox=allow-scripts&src=${encodeURIComponent(`${siteUrl()}/embed/ltv-cac/?ltv=50000`)}`);
      const frame = page.frameLocator('#calc');
      const note = frame.getByText("These are the calculator's example figures");
      await note.waitFor({ state: 'visible', timeout: 15_000 });
      // The module scripts are refused in an opaque origin: that is what the note is for, not a fault.
      page.problems = page.problems.filter((p) => !/Cross-Origin|CORS|blocked|Failed to load|Failed to fetch dynamically imported module|request failed|net::ERR_FAILED/i.test(p));
      expectNoProblems(page);
      await context.close();
    });

    it('a running embed never shows that note, nor "-0"', async () => {
      const { context, page } = await fresh();
      await page.goto(`${siteUrl()}/embed/ltv-cac/?ltv=-0`);
      await calculatorsReady(page);
      await page.waitForTimeout(3500);
      expect(await page.getByText("These are the calculator's example figures").isVisible()).toBe(false);
      await expectCleanResults(page);
      expect(await page.locator('[data-output="ratio"]').innerText()).toBe('0:1');
      expectNoProblems(page);
      await context.close();
    });
  });
});
