import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { median, quartile, readEntries } from './model';
import { computeWith, defaultsOf, n, reason } from '../testing';
import { evaluate } from '../inputs';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const list = (customers: string, window = 90) => model.compute({ customers, window });
const unavailableText = reason;

describe('time-to-value model', () => {
  it('reads the illustrative list 10, 12, 14, 15, 90 days: median 14, mean 28.2, gap 14.2, one outlier', () => {
    const { outputs, notes, tables } = compute();
    expect(n(outputs.median)).toBe(14);
    expect(n(outputs.mean)).toBe(28.2);
    expect(n(outputs.gap)).toBe(14.2);
    expect(n(outputs.outliers)).toBe(1);
    expect(n(outputs.reached)).toBe(5);
    expect(n(outputs['not-reached'])).toBe(1);
    expect(notes.map((x) => x.text)).toContain('Outliers: Quill Media (90 days). They move the mean, not the median: report the median.');
    expect(tables?.[0]?.rows.map((r) => r.days)).toEqual([10, 12, 14, 15, 90, '']);
    expect(tables?.[0]?.rows[4]?.status).toBe('Within the window, outlier');
  });

  it('counts five of six customers activated inside a 90-day window (83.3%) and fewer in a shorter one', () => {
    expect(n(compute().outputs['activation-rate'])).toBe(83.3);
    expect(n(compute({ window: 14 }).outputs['activation-rate'])).toBe(50);
    expect(n(compute({ window: 89 }).outputs['activation-rate'])).toBe(66.7);
  });

  it('turns a pair of dates into days and treats a blank first-value date as not reached', () => {
    const { entries, problems } = readEntries('Alder,2025-03-03,2025-03-18\nFenwick,2025-04-07,\nGale,2024-12-20,2025-01-09');
    expect(problems).toEqual([]);
    expect(entries.map((e) => e.days)).toEqual([15, null, 20]);
  });

  it('averages the two middle values for an even count', () => {
    expect(median([10, 12, 14, 20])).toBe(13);
    expect(n(list('a,10\nb,12\nc,14\nd,20').outputs.median)).toBe(13);
  });

  it('gives median equal to mean for a single value', () => {
    const { outputs } = list('Solo,21');
    expect(n(outputs.median)).toBe(21);
    expect(n(outputs.mean)).toBe(21);
    expect(n(outputs.gap)).toBe(0);
    expect(n(outputs.outliers)).toBe(0);
  });

  it('says there is no data for an empty list', () => {
    const { outputs } = list('');
    expect(unavailableText(outputs.median)).toBe('No customers in the list yet: paste or type at least one row.');
    expect(unavailableText(outputs['activation-rate'])).toBe('No customers in the list yet: paste or type at least one row.');
  });

  it('gives no time to value but a 0% activation rate when nobody has arrived', () => {
    const { outputs } = list('Customer,Days\nA,\nB,2025-01-01,');
    expect(unavailableText(outputs.median)).toBe('Nobody in the list has reached first value yet, so there is no time to measure.');
    expect(n(outputs['activation-rate'])).toBe(0);
    expect(n(outputs['not-reached'])).toBe(2);
  });

  it('reports bad rows by their line number, keeps the good ones and skips blank lines in the count', () => {
    const { outputs, notes } = list('Customer,Days\nA,10\n\nB,-3\nC,soon\nD,2025-05-10,2025-05-01\nE,2025-02-30,2025-03-01\nF,2025-01-01,next week\nG,20');
    expect(notes.filter((x) => x.level === 'warning').map((x) => x.text)).toEqual([
      'Row 4: days to first value cannot be negative; the row was left out.',
      'Row 5: "soon" is neither a number of days nor a date written as YYYY-MM-DD; the row was left out.',
      'Row 6: first value comes before the signature date; the row was left out.',
      'Row 7: "2025-02-30" is not a real calendar date; the row was left out.',
      'Row 8: "next week" is not a date written as YYYY-MM-DD; the row was left out.',
    ]);
    expect(n(outputs.reached)).toBe(2);
    expect(n(outputs.median)).toBe(15);
  });

  it('refuses a month or day that is not on the calendar, naming the row, instead of rolling it over', () => {
    const { entries, problems } = readEntries('A,2025-13-10,2026-01-20\n2025-13-10,2026-01-20\nB,2025-01-01,2025-02-31\nC,2025-01-10,2025-01-20');
    expect(problems).toEqual([
      'Rows 1 and 2: "2025-13-10" is not a real calendar date; the rows were left out.',
      'Row 3: "2025-02-31" is not a real calendar date; the row was left out.',
    ]);
    expect(entries).toEqual([{ row: 4, name: 'C', days: 10 }]);
  });

  it('keeps every row after a stray quote and names a quote that never closes', () => {
    const { entries, problems } = readEntries('Acme 5" Inc,10\nB,12\n"C,14\nD,15');
    expect(entries.map((e) => e.name)).toEqual(['Acme 5" Inc', 'B', '"C', 'D']);
    expect(problems).toEqual(['A quote opens a cell and never closes, so it was read as part of the text: row 3.']);
  });

  it('reads tab-separated rows pasted from a spreadsheet and unnamed durations', () => {
    const { entries } = readEntries('Customer\tDays\nA\t7\nB\t9');
    expect(entries).toEqual([
      { row: 2, name: 'A', days: 7 },
      { row: 3, name: 'B', days: 9 },
    ]);
    expect(readEntries('5\n8').entries.map((e) => [e.name, e.days])).toEqual([
      ['Row 1', 5],
      ['Row 2', 8],
    ]);
  });

  it('shows both figures when an extreme outlier drags the mean far from the median', () => {
    const { outputs } = list('a,10\nb,11\nc,12\nd,13\ne,1000');
    expect(n(outputs.median)).toBe(12);
    expect(n(outputs.mean)).toBe(209.2);
    expect(n(outputs.outliers)).toBe(1);
  });

  it('refuses a window of zero days and an over-long paste at the field', () => {
    const texts = { customers: String(defaults.customers), window: '0' };
    expect(evaluate(model, texts).errors.window).toBe('Activation window (days) must be between 1 and 3,650.');
    expect(evaluate(model, { ...texts, window: '90', customers: 'x'.repeat(1_000_001) }).errors.customers).toMatch(/is too long/);
  });

  it('keeps the median between the smallest and largest value and the quartiles in order', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2000 }), { minLength: 1, maxLength: 60 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const m = median(sorted);
        expect(m).toBeGreaterThanOrEqual(sorted[0]!);
        expect(m).toBeLessThanOrEqual(sorted[sorted.length - 1]!);
        expect(quartile(sorted, 1)).toBeLessThanOrEqual(m);
        expect(quartile(sorted, 3)).toBeGreaterThanOrEqual(m);
      }),
    );
  });

  it('counts every good row once, reached or not, whatever order the list comes in', () => {
    const row = fc.oneof(fc.integer({ min: 0, max: 500 }).map(String), fc.constant(''));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 3650 }), (cells, window) => {
        const text = cells.map((c, i) => `C${i},${c}`).join('\n');
        const out = list(text, window).outputs;
        expect(n(out.reached) + n(out['not-reached'])).toBe(cells.length);
        const reversed = list([...text.split('\n')].reverse().join('\n'), window).outputs;
        expect(reversed.median).toEqual(out.median);
        expect(reversed['activation-rate']).toEqual(out['activation-rate']);
      }),
    );
  });

  it('never lowers the activation rate when the window widens', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3000 }), fc.integer({ min: 0, max: 650 }), (xs, w, more) => {
        const text = xs.map((x, i) => `C${i},${x}`).join('\n');
        expect(n(list(text, w + more).outputs['activation-rate'])).toBeGreaterThanOrEqual(n(list(text, w).outputs['activation-rate']));
      }),
    );
  });
});
