import { describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { V1_QUESTIONS, encodeResult } from '../../src/assessment/codec';
import type { Answers, Level } from '../../src/assessment/types';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

// Nine answers worth 1+0+2+1+1+0+1+2+1 = 9 points: "developing".
const LEVELS: Level[] = ['average', 'poor', 'excellent', 'average', 'average', 'poor', 'average', 'excellent', 'average'];
const answersOf = (levels: (Level | '')[]): Answers => Object.fromEntries(levels.flatMap((l, i) => (l ? [[V1_QUESTIONS[i]!, { level: l }]] : [])));

async function open(page: WatchedPage, path = '/assessment/') {
  await page.goto(`${siteUrl()}${path}`);
  await page.waitForSelector(path.startsWith('/assessment/team/') ? '.team[data-ready]' : '.assessment[data-ready]');
}

/** Answers through the page as a mouse user would, for tests about something else. */
async function answer(page: WatchedPage, levels: (Level | '')[]) {
  for (const [i, level] of levels.entries()) if (level) await page.locator(`input[name="a${i + 1}-level"][value="${level}"]`).check();
}

const saved = (page: WatchedPage) => page.evaluate(() => localStorage.getItem('csp:v1:assessment'));

async function fresh(): Promise<{ context: BrowserContext; page: WatchedPage }> {
  const context = await browser.context();
  return { context, page: await browser.page({}, context) };
}

describe('the maturity self-assessment', () => {
  it('can be completed by keyboard alone, notes included', async () => {
    const { context, page } = await fresh();
    await open(page);
    await page.locator('body').focus();
    for (const [i, level] of LEVELS.entries()) {
      const group = `a${i + 1}-level`;
      // Tab until focus lands on the question's radio group (notes, links and boxes come between).
      for (let presses = 0; (await page.evaluate(() => document.activeElement?.getAttribute('name'))) !== group; presses++) {
        expect(presses).toBeLessThan(40);
        await page.keyboard.press('Tab');
      }
      // Arrow keys move through the levels natively; Space chooses the first.
      if (level === 'poor') await page.keyboard.press('Space');
      else for (let k = 0; k < ['poor', 'average', 'excellent'].indexOf(level); k++) await page.keyboard.press('ArrowDown');
      if (i === 1) {
        await page.keyboard.press('Tab'); // the exception box
        await page.keyboard.press('Tab'); // the note
        await page.keyboard.type('Renewals sit with Sales <for now>');
      }
    }
    await page.getByText('9 of 9 answered').waitFor();
    for (const [i, level] of LEVELS.entries()) expect(await page.locator(`input[name="a${i + 1}-level"][value="${level}"]`).isChecked()).toBe(true);
    expect(await page.locator('#q2-commercial-ownership .scale-next').isVisible()).toBe(true);
    expect(await page.locator('#summary .reading').getAttribute('data-band')).toBe('developing');
    expect(await page.locator('#summary .reading').innerText()).toContain('9 of 18 points');
    // The full results have their own page, reached from the summary.
    await page.getByRole('link', { name: /^Full results/ }).click();
    await page.waitForSelector('.assessment[data-ready]');
    expect(new URL(page.url()).pathname).toBe('/assessment/results/');
    expect(await page.locator('#results .reading').getAttribute('data-band')).toBe('developing');
    const weakest = await page.locator('#results .weakest > li').evaluateAll((items) => items.map((li) => li.getAttribute('data-question')));
    expect(weakest.slice(0, 2)).toEqual(['q2-commercial-ownership', 'q6-churn-insight']);
    expect(await page.locator('#results .weak-note').innerText()).toBe('Note: Renewals sit with Sales <for now>');
    expectNoProblems(page);
    await context.close();
  });

  it('finds the answers and notes kept after a reload', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS.slice(0, 4));
    await page.locator('#a4-note').fill('Ratios agreed with Finance in March');
    await page.reload();
    await page.waitForSelector('.assessment[data-ready]');
    await page.getByText('4 of 9 answered').waitFor();
    expect(await page.locator('input[name="a3-level"][value="excellent"]').isChecked()).toBe(true);
    expect(await page.locator('#a4-note').inputValue()).toBe('Ratios agreed with Finance in March');
    expect(await page.locator('#summary .reading').getAttribute('data-provisional')).toBe('true');
    expectNoProblems(page);
    await context.close();
  });

  it('shares the same answer between a chapter scale and the full assessment', async () => {
    const { context, page } = await fresh();
    await page.goto(`${siteUrl()}/chapters/maturity-assessment/`);
    await hydrateAll(page);
    const scale = page.locator('fieldset[data-scale="q4-cost-to-retain"]');
    await scale.getByLabel(/^Excellent\./).check();
    expect(await scale.getByRole('status').innerText()).toBe('Saved in this browser.');
    await scale.getByRole('link', { name: 'All nine questions and your results' }).click();
    await page.waitForSelector('.assessment[data-ready]');
    expect(page.url()).toMatch(/\/assessment\/#q4-cost-to-retain$/);
    expect(await page.locator('input[name="a4-level"][value="excellent"]').isChecked()).toBe(true);
    expectNoProblems(page);
    await context.close();
  });

  it('opens a shared result link read-only in a fresh browser, and never touches that reader\'s own answers', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS);
    await open(page, '/assessment/results/');
    await page.locator('#share-name').fill('Ana');
    const url = await page.locator('#share-url').inputValue();
    const ownReading = await page.locator('#results .reading').innerText();
    expect(url).toMatch(/\/assessment\/results\/#r=3[\w-]{43}\.[\w-]+\.[\w-]{2}$/);
    await expectAccessible(page);

    const other = await fresh();
    await other.page.goto(url);
    await other.page.waitForSelector('.assessment[data-ready]');
    expect(await other.page.getByRole('heading', { name: 'Ana’s maturity results' }).isVisible()).toBe(true);
    expect(await other.page.locator('.reading').innerText()).toBe(ownReading);
    expect(await other.page.locator('input[type="radio"]').count()).toBe(0);
    expect(await other.page.getByRole('link', { name: 'Take the assessment yourself' }).getAttribute('href')).toBe('/assessment/');
    expect(await saved(other.page)).toBeNull();
    await expectAccessible(other.page);
    expectNoProblems(other.page);
    await other.context.close();

    // The author opening someone else's result keeps their own answers. A link made before the
    // results had their own page (`/assessment/#r=…`) still opens, on the results page.
    const before = await saved(page);
    const code = encodeResult(answersOf(['poor', 'poor']), { created: '2025-01-15' });
    await page.goto(`${siteUrl()}/assessment/#r=${code}`);
    await page.waitForSelector('.shared');
    expect(page.url()).toBe(`${siteUrl()}/assessment/results/#r=${code}`);
    expect(await page.locator('.shared').innerText()).toContain('15 January 2025');
    expect(await saved(page)).toBe(before);
    expectNoProblems(page);
    await context.close();
  });

  it('names a broken result link and keeps the reader\'s own assessment', async () => {
    const { context, page } = await fresh();
    await open(page, '/assessment/?r=1E7S2121X2221.J_');
    expect(new URL(page.url()).pathname).toBe('/assessment/results/');
    expect(await page.getByRole('alert').innerText()).toContain('This result link could not be opened.');
    expect(await page.locator('#results-title').innerText()).toBe('Your results');
    expect(await page.locator('.shared').count()).toBe(0);
    expectNoProblems(page);
    await context.close();
  });

  it('asks before starting again, keeps a backup and can undo', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS.slice(0, 3));
    await page.getByRole('button', { name: 'Start again' }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Keep them' }).click();
    await page.getByText('3 of 9 answered').waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    await dialog.getByRole('button', { name: 'Clear my answers' }).click();
    await page.getByText('0 of 9 answered').waitFor();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csp:backup:assessment:')));
    expect(backups).toHaveLength(1);
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('3 of 9 answered').waitFor();
    expectNoProblems(page);
    await context.close();
  });

  it('orders the action list by gap, links each to its chapter, and keeps a dated history', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS);
    await open(page, '/assessment/plan/');
    await page.getByLabel('Target for question 2, Commercial ownership').selectOption('excellent');
    await page.getByLabel('Target for question 1, Leadership and influence').selectOption('excellent');
    const items = page.locator('.action-list > li');
    expect(await items.evaluateAll((li) => li.map((e) => e.getAttribute('data-question')))).toEqual(['q2-commercial-ownership', 'q1-leader-seat']);
    expect(await items.first().innerText()).toContain('Poor to Excellent (2 rungs to climb)');
    const href = await items.first().getByRole('link').getAttribute('href');
    expect((await page.request.get(`${siteUrl()}${href}`)).status()).toBe(200);

    await page.getByLabel('Date of this assessment').fill('2025-03-31');
    await page.getByRole('button', { name: 'Keep in history' }).click();
    await open(page);
    await page.locator('input[name="a2-level"][value="average"]').check();
    await open(page, '/assessment/plan/');
    await page.getByLabel('Date of this assessment').fill('2025-06-30');
    await page.getByRole('button', { name: 'Keep in history' }).click();
    const history = page.locator('#history');
    expect(await history.getByRole('heading', { name: 'Movement since 31 March 2025' }).isVisible()).toBe(true);
    expect(await history.innerText()).toContain('Commercial ownership: Poor to Average, up 1 rung');
    await expectAccessible(page);
    expectNoProblems(page);
    await context.close();
  });

  it('exports JSON and CSV, and brings the JSON back only after asking', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS);
    await open(page, '/assessment/plan/');
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as JSON' }).click()]);
    const file = JSON.parse(await (await json.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8')));
    expect(file.kind).toBe('csp-assessment');
    expect(file.body.people[0].answers['q3-shared-goals']).toEqual({ level: 'excellent' });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^cs-maturity-\d{4}-\d{2}-\d{2}\.csv$/);
    const rows = (await (await csv.createReadStream()).toArray().then((c) => Buffer.concat(c).toString('utf8'))).replace(/\r\n$/, '').split('\r\n');
    expect(rows[0]).toBe('\uFEFFperson,date,question_id,dimension,question,level,score,status,note');
    expect(rows).toHaveLength(10);

    // The file differs from the current answers in one place; importing it asks first.
    file.body.people[0].answers['q1-leader-seat'] = { level: 'excellent' };
    file.body.people[0].answers['q99-unknown'] = { level: 'poor' };
    await page.getByLabel('Import a JSON file').setInputFiles({ name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    await page.getByRole('alertdialog').getByRole('button', { name: 'Replace them' }).click();
    expect(await page.locator('#files [role="alert"]').innerText()).toContain('“q99-unknown” was left out: no such question');
    expect(JSON.parse((await saved(page))!)['q1-leader-seat']).toEqual({ level: 'excellent' });
    await open(page);
    expect(await page.locator('input[name="a1-level"][value="excellent"]').isChecked()).toBe(true);
    expectNoProblems(page);
    await context.close();
  });

  it('refuses a broken JSON file with a message and loses nothing', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS);
    await open(page, '/assessment/plan/');
    const before = await saved(page);
    await page.getByLabel('Import a JSON file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format": "csp-assessment", "people": [') });
    const alert = page.locator('#files [role="alert"]');
    expect(await alert.innerText()).toBe('“broken.json” was not imported, and nothing was changed. The file is not valid JSON, so it cannot be a Customer Success Playbook assessment export.');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    expect(await saved(page)).toBe(before);
    await open(page);
    await page.getByText('9 of 9 answered').waitFor();
    expectNoProblems(page);
    await context.close();
  });

  it('prints the results on one A4 or Letter page, without sharing or links', async () => {
    const { context, page } = await fresh();
    await open(page);
    // Every question poor gives the longest results: each lists what moving up takes.
    await answer(page, Array(9).fill('poor'));
    for (let i = 1; i <= 9; i++) await page.locator(`#a${i}-note`).fill(`A note for question ${i}, kept short.`);
    await open(page, '/assessment/results/');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.lede').isVisible()).toBe(false);
    expect(await page.locator('#share').isVisible()).toBe(false);
    expect(await page.locator('#results .level-chart .lc').isVisible()).toBe(true);
    expect(await page.locator('#results .weakest').isVisible()).toBe(true);
    for (const format of ['A4', 'Letter']) {
      // Margins of 14 mm: wider than browsers' defaults, and what the site's print rules ask for.
      const pdf = (await page.pdf({ format, margin: { top: '14mm', right: '14mm', bottom: '14mm', left: '14mm' } })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page(?!s)/g), `${format} pages`).toHaveLength(1);
    }
    expectNoProblems(page);
    await context.close();
  });

  it('passes axe on the assessment, results and plan pages with answers showing', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, ['poor', 'average', '', 'excellent']);
    await page.locator('input[name="a5-level"][value="unsure"]').check();
    await expectAccessible(page);
    await expectNoBrokenNumbers(page);
    for (const path of ['/assessment/results/', '/assessment/plan/']) {
      await open(page, path);
      await expectAccessible(page);
      await expectNoBrokenNumbers(page);
    }
    expectNoProblems(page);
    await context.close();
  });
});

describe('the chapters’ scales in the full assessment', () => {
  it('carries a chapter scale from its page to the results, a share code and the team view', async () => {
    const context = await browser.context();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await browser.page({}, context);
    await page.goto(`${siteUrl()}/assessment/chapter/onboarding/`);
    await hydrateAll(page);
    const scale = page.locator('fieldset[data-scale="onboarding-handoff"]');
    await scale.getByLabel(/^Poor\./).check();
    await page.locator('fieldset[data-scale="onboarding-destination"]').getByLabel(/^Don't know\./).check();
    expect(await scale.getByRole('status').innerText()).toBe('Saved in this browser.');

    // The questions page counts it under its chapter.
    await open(page);
    const set = page.locator('details[data-set="onboarding"]');
    // Each chapter's count and scales are islands that wake when they come into view.
    await set.scrollIntoViewIfNeeded();
    await expect.poll(() => set.locator('summary .set-count').innerText()).toBe('(2 of 6 answered)');
    await set.locator('summary').click();
    const handoffScale = set.locator('fieldset[data-scale="onboarding-handoff"]');
    expect(await handoffScale.getByLabel(/^Poor\./).isChecked()).toBe(true);
    // Opened, the section's scales answer as the nine do.
    await handoffScale.getByLabel(/^Excellent\./).check();
    await expect.poll(() => set.locator('summary .set-count').innerText()).toBe('(2 of 6 answered)');
    await expect.poll(async () => JSON.parse((await saved(page)) ?? '{}')['onboarding-handoff']?.level).toBe('excellent');
    await handoffScale.getByLabel(/^Poor\./).check();
    await expect.poll(async () => JSON.parse((await saved(page)) ?? '{}')['onboarding-handoff']?.level).toBe('poor');

    // The results show it in the chapter's own picture, apart from the nine-question reading.
    await open(page, '/assessment/results/');
    const chapter = page.locator('#results .chapter-result[data-set="onboarding"]');
    expect(await chapter.getByRole('heading', { level: 4 }).innerText()).toBe('Onboarding and time to value');
    expect(await chapter.locator('li[data-question="onboarding-handoff"]').getAttribute('data-status')).toBe('poor');
    expect(await chapter.locator('li[data-question="onboarding-destination"]').innerText()).toContain('Find out where the company stands here.');
    expect(await chapter.locator('.level-chart table').textContent()).toContain('1. Sales-to-CS handoff');
    expect(await page.locator('#results > .results > .reading').getAttribute('data-band')).toBe('none');
    expect(await page.locator('#results').getByRole('link', { name: /^Score Renewals/ }).getAttribute('href')).toBe('/assessment/chapter/renewals-and-churn/');
    await expectAccessible(page);
    await expectNoBrokenNumbers(page);

    // The share code carries it: copied, then pasted into the team view beside an older version 1 code.
    await page.locator('#share').getByRole('button', { name: 'Copy' }).first().click();
    const code = await page.evaluate(() => navigator.clipboard.readText());
    expect(code).toBe(await page.locator('#share-code').inputValue());
    expect(code).toMatch(/^3[\w-]{43}\.[\w-]{2}$/);
    await open(page, '/assessment/team/');
    await page.getByLabel('Codes or result links, one per person').fill(`${code}\n1E7S212122221.eyJuIjoiQW5hIn0.fJ`);
    await page.getByRole('button', { name: 'Combine the answers' }).click();
    expect(await page.locator('[data-accepted]').innerText()).toBe('2 results combined.');
    const team = page.locator('.team-results .chapter-result[data-set="onboarding"]');
    const handoff = team.locator('li[data-question="onboarding-handoff"]');
    expect(await handoff.getAttribute('data-agreement')).toBe('agree');
    expect(await handoff.innerText()).toContain('Poor 1, average 0, excellent 0, no level 1.');
    expect(await team.locator('li[data-question="onboarding-destination"]').getAttribute('data-agreement')).toBe('no-answers');
    expect(await page.locator('.team-results .chapter-result').count()).toBe(1);
    await expectAccessible(page);
    expectNoProblems(page);

    // Someone opening the link, here in dark mode, sees the chapter too, and no invitation to score chapters of their own.
    const other = await browser.page({ colorScheme: 'dark' });
    await other.goto(`${siteUrl()}/assessment/results/#r=${code}`);
    await other.waitForSelector('.shared');
    expect(await other.locator('.shared .chapter-result[data-set="onboarding"] li[data-question="onboarding-handoff"]').getAttribute('data-status')).toBe('poor');
    expect(await other.locator('.shared a[href^="/assessment/chapter/"]').count()).toBe(0);
    await expectAccessible(other);
    // A version 1 link, made before the chapters' scales joined the codes, still opens.
    await other.goto(`${siteUrl()}/assessment/results/#r=1E7S212122221.eyJuIjoiQW5hIn0.fJ`);
    await other.getByRole('heading', { name: 'Ana’s maturity results' }).waitFor();
    expect(await other.locator('.shared').innerText()).toContain('31 March 2025');
    expect(await other.locator('.shared .chapter-results').innerText()).toContain("This result holds no answers to the chapters' own scales.");
    expectNoProblems(other);
    await other.context().close();
    await context.close();
  });

  it('plans actions on answered chapter scales after the framework’s, and keeps them in history', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS);
    await page.goto(`${siteUrl()}/assessment/chapter/renewals-and-churn/`);
    await hydrateAll(page);
    await page.locator('fieldset[data-scale="renewals-and-churn-forecast"]').getByLabel(/^Poor\./).check();
    await open(page, '/assessment/plan/');
    await page.getByLabel('Target for question 2, Commercial ownership').selectOption('average');
    await page.getByLabel(/^Target for Renewals and churn.*, scale 1, Renewal forecast$/).selectOption('excellent');
    const lists = page.locator('#targets .action-list');
    expect(await lists.count()).toBe(2);
    expect(await lists.nth(0).locator('li').evaluateAll((li) => li.map((e) => e.getAttribute('data-question')))).toEqual(['q2-commercial-ownership']);
    const action = lists.nth(1).locator('li[data-question="renewals-and-churn-forecast"]');
    expect(await action.innerText()).toContain('Poor to Excellent (2 rungs to climb)');
    expect(await action.getByRole('link').getAttribute('href')).toBe('/chapters/renewals-and-churn/');
    await page.getByLabel('Date of this assessment').fill('2025-03-31');
    await page.getByRole('button', { name: 'Keep in history' }).click();
    const kept = await page.evaluate(() => JSON.parse(localStorage.getItem('csp:v1:assessment-history')!));
    expect(kept[0].answers['renewals-and-churn-forecast']).toEqual({ level: 'poor' });
    await expectAccessible(page);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
    await context.close();
  });
});

describe('the team view', () => {
  const three = [
    encodeResult(answersOf(['average', 'poor', 'average', 'poor', 'average', 'average', 'average', 'average', 'poor']), { name: 'Ana', created: '2025-03-31' }),
    encodeResult(answersOf(['average', 'excellent', '', 'poor', 'average', 'poor', 'average', 'average', 'poor']), { name: 'Ben', created: '2025-03-31' }),
    encodeResult(answersOf(['average', 'average', 'excellent', 'poor', 'average', 'average', 'average', 'excellent', 'poor']), { created: '2025-04-02' }),
  ];

  it('combines three codes, puts the split first, and reports a fourth, broken code without losing the others', async () => {
    const { context, page } = await fresh();
    await open(page, '/assessment/team/');
    const broken = `${three[0]!.slice(0, 5)}X${three[0]!.slice(6)}`;
    await page.getByLabel('Codes or result links, one per person').fill([...three.slice(0, 2), `${siteUrl()}/assessment/#r=${three[2]}`, broken].join('\n'));
    await page.getByRole('button', { name: 'Combine the answers' }).click();
    expect(await page.locator('[data-accepted]').innerText()).toBe('3 results combined.');
    const rejected = page.locator('[role="alert"] li');
    expect(await rejected.count()).toBe(1);
    expect(await rejected.innerText()).toContain(`Entry 4 (“${broken.slice(0, 24)}…”): The code fails its check`);

    const questions = page.locator('.team-questions > li');
    expect(await questions.first().getAttribute('data-question')).toBe('q2-commercial-ownership');
    expect(await questions.first().getAttribute('data-agreement')).toBe('split');
    expect(await questions.first().innerText()).toContain('Poor 1, average 1, excellent 1.');
    expect(await page.locator('.team-questions > li[data-agreement="split"]').count()).toBe(1);
    expect(await page.locator('.team-results .reading').getAttribute('data-band')).toBe('developing');
    expect(await page.locator('.team-results').innerText()).toContain('Ana');

    // The list survives a reload without loading the code reader, and nothing was sent anywhere.
    const requests: string[] = [];
    const scripts: string[] = [];
    page.on('request', (r) => {
      requests.push(r.method());
      scripts.push(new URL(r.url()).pathname);
    });
    await page.reload();
    await page.waitForSelector('.team[data-ready]');
    expect(await page.getByRole('status').filter({ hasText: 'Your list from last time' }).count()).toBe(1);
    expect(scripts.some((p) => /\/(decode|team-load)\.[\w-]+\.js$/.test(p))).toBe(false);
    await page.getByRole('button', { name: 'Combine it again' }).click();
    await expect.poll(() => page.locator('[data-accepted]').innerText()).toBe('3 results combined.');
    expect(requests.filter((m) => m !== 'GET')).toEqual([]);
    await expectAccessible(page);
    expectNoProblems(page);
    await context.close();
  });

  it('adds the reader\'s own answers, loading the code reader only when there is something to read', async () => {
    const { context, page } = await fresh();
    await open(page);
    await answer(page, LEVELS);
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname));
    await open(page, '/assessment/team/');
    expect(scripts.some((p) => /\/(decode|team|team-load)\.[\w-]+\.js$/.test(p))).toBe(false);
    await page.getByRole('button', { name: 'Add my own answers' }).click();
    await page.waitForSelector('[data-accepted="1"]');
    expect(await page.locator('.team-results .reading').getAttribute('data-band')).toBe('developing');
    expect(await page.getByLabel('Codes or result links, one per person').inputValue()).toMatch(/^3[\w-]{43}\.[\w-]{2}$/);
    expectNoProblems(page);
    await context.close();
  });

  it('names a code from an unknown edition and adds a result sent by link', async () => {
    const { context, page } = await fresh();
    await page.goto(`${siteUrl()}/assessment/team/#r=${three[0]}`);
    await page.waitForSelector('.team[data-ready]');
    expect(await page.locator('[data-accepted]').innerText()).toBe('1 result combined.');
    const textarea = page.getByLabel('Codes or result links, one per person');
    await textarea.fill(`${await textarea.inputValue()}\n9ABCDEFGHIJKL.AB`);
    await page.getByRole('button', { name: 'Combine the answers' }).click();
    expect(await page.locator('[role="alert"] li').innerText()).toContain('which is not a version this page knows');
    expect(await page.locator('[data-accepted]').innerText()).toBe('1 result combined.');
    expectNoProblems(page);
    await context.close();
  });
});
