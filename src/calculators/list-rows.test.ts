import { describe, it, expect } from 'vitest';
import { LIST_ROWS, cellNumber, isHeader, layoutNotes, numberedRows, rowProblemNotes } from './list-rows';
import { modelFor } from './registry';
import type { TextField } from './contract';

describe('numbered list rows', () => {
  it('numbers rows by the line they start on, counting blank lines', () => {
    expect(numberedRows('Customer,Days\nA,10\n\n\nB,12\n')).toEqual([
      { row: 1, lines: 1, cells: ['Customer', 'Days'] },
      { row: 2, lines: 1, cells: ['A', '10'] },
      { row: 5, lines: 1, cells: ['B', '12'] },
    ]);
  });

  it('keeps a quoted cell that spans lines together and numbers later rows correctly', () => {
    expect(numberedRows('"Acme,\nInc",10\nB,12')).toEqual([
      { row: 1, lines: 2, cells: ['Acme,\nInc', '10'] },
      { row: 3, lines: 1, cells: ['B', '12'] },
    ]);
  });

  it('reads tab-separated spreadsheet rows and Windows line endings', () => {
    expect(numberedRows('A\t10\r\nB\t"1,200"\r\n').map((r) => r.cells)).toEqual([
      ['A', '10'],
      ['B', '1,200'],
    ]);
  });

  it('detects the delimiter from the first line with content', () => {
    expect(numberedRows('\nA;10\nB;12').map((r) => [r.row, ...r.cells])).toEqual([
      [2, 'A', '10'],
      [3, 'B', '12'],
    ]);
  });

  it('keeps every row after a stray quote', () => {
    expect(numberedRows('Acme 5" Inc,1000\nB,2\nC,3\nD,4').map((r) => r.row)).toEqual([1, 2, 3, 4]);
    expect(numberedRows('"Acme,1000\nB,2\nC,3\nD,4').map((r) => r.row)).toEqual([1, 2, 3, 4]);
  });

  it('names the lines read as one row, and the rows where a quote was read as a character', () => {
    expect(layoutNotes(numberedRows('"Acme,\nInc",10\nB,12'))).toEqual([
      'Lines 1 to 2 were read as one row, because a quoted cell there holds line breaks; check its quotes if that is not what you meant.',
    ]);
    expect(layoutNotes(numberedRows('"A\n",1\n"B\n\n",2\n"C,3'))).toEqual([
      'Each of these runs of lines was read as one row, because a quoted cell holds line breaks: lines 1 to 2 and lines 3 to 5. Check their quotes if that is not what you meant.',
      'A quote opens a cell and never closes, so it was read as part of the text: row 6.',
    ]);
    const many = Array.from({ length: 8 }, (_, i) => `"Row${i},1`).join('\n');
    expect(layoutNotes(numberedRows(many))).toEqual(['A quote opens a cell and never closes, so it was read as part of the text: rows 1, 2, 3, 4, 5 and 3 more.']);
    expect(layoutNotes(numberedRows('A,1\nB,2'))).toEqual([]);
  });

  it('reads money and plain numbers in cells and leaves words alone', () => {
    expect([cellNumber('$12,000'), cellNumber('90'), cellNumber('soon'), cellNumber(''), cellNumber(undefined)]).toEqual([12000, 90, undefined, undefined, undefined]);
  });

  it('treats a row of column names as a header, but not a customer whose value is blank', () => {
    expect(isHeader(['Customer', 'ARR', 'Flags'])).toBe(true);
    expect(isHeader(['Days to first value'])).toBe(true);
    expect(isHeader(['Acme', ''])).toBe(false);
    expect(isHeader(['Customer', '12000'])).toBe(false);
  });
});

/**
 * Realistic rows for each list tool, long side of realistic: company names of up to 56
 * characters, amounts written with separators and quoted, every optional column filled.
 */
const NAMES = ['Northwind Health Systems International Holdings Ltd', 'Harbour Labs', 'Fenwick, Hale & Partners Group (EMEA)', 'Alder Regional Credit Union of the Pacific'];
const name = (i: number) => `${NAMES[i % NAMES.length]} ${i + 1}`;
const realistic: Record<string, (i: number) => string> = {
  'segment-planner': (i) => `"${name(i)}","$1,${String(i % 1000).padStart(3, '0')},000",strategic complex risk`,
  'time-to-value': (i) => `"${name(i)}",2025-03-03,2025-06-18`,
  'health-backtest': (i) => `"${name(i)}",yellow,churned`,
  'renewal-forecast': (i) => `"${name(i)}","$1,250,000",at risk,yes,yellow,"New champion after the spring reorganisation; budget signed off in Q3"`,
};

describe('list limits', () => {
  for (const [id, row] of Object.entries(realistic)) {
    it(`takes ${LIST_ROWS.toLocaleString('en-GB')} realistic rows in ${id}`, () => {
      const field = modelFor(id).fields.find((f): f is TextField => f.kind === 'text' && !!f.csv)!;
      const text = Array.from({ length: LIST_ROWS + 1 }, (_, i) => (i === 0 ? 'Header,Row' : row(i))).join('\r\n');
      expect(text.length).toBeLessThanOrEqual(field.maxLength);
      expect(numberedRows(text)).toHaveLength(LIST_ROWS + 1);
    });
  }
});

describe('problems with single rows', () => {
  it('names one row on its own, and shares a sentence among rows with the same problem', () => {
    expect(rowProblemNotes([{ row: 4, problem: 'ARR must be a number; the row was left out' }])).toEqual(['Row 4: ARR must be a number; the row was left out.']);
    expect(
      rowProblemNotes([
        { row: 4, problem: 'ARR must be a number; the row was left out' },
        { row: 5, problem: 'ARR cannot be negative; the row was left out' },
        { row: 9, problem: 'ARR must be a number; the row was left out' },
      ]),
    ).toEqual(['Rows 4 and 9: ARR must be a number; the rows were left out.', 'Row 5: ARR cannot be negative; the row was left out.']);
  });

  it('keeps ten thousand bad rows to a few sentences that still count every row', () => {
    const problems = Array.from({ length: 10_000 }, (_, i) => ({ row: i + 2, problem: `"x${i % 40}" is not a number; the row was left out` }));
    const notes = rowProblemNotes(problems);
    expect(notes).toHaveLength(13);
    expect(notes[0]).toBe('Rows 2, 42, 82, 122, 162 and 245 more: "x0" is not a number; the rows were left out.');
    expect(notes[12]).toBe('7,000 more rows have problems of other kinds: rows 14, 15, 16, 17, 18 and 6,995 more. Fix the rows named above and these come into view.');
    const counted = notes.slice(0, 12).reduce((sum, note) => sum + 5 + Number(/and (\d+) more/.exec(note)![1]!.replace(',', '')), 0) + 7000;
    expect(counted).toBe(10_000);
  });
});
