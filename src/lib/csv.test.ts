import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, detectDelimiter, looksLikeHeader, parseRows, toCsv } from './csv';

describe('reading pasted rows and CSV', () => {
  it('reads tab-separated cells pasted from a spreadsheet', () => {
    expect(parseRows('Acme\t120000\tyes\nBeta\t8000\tno\n')).toEqual([
      ['Acme', '120000', 'yes'],
      ['Beta', '8000', 'no'],
    ]);
  });
  it('reads quoted CSV cells with commas, quotes and line breaks', () => {
    expect(parseRows('"Acme, Inc",1\n"Say ""hi""",2\n"two\nlines",3')).toEqual([
      ['Acme, Inc', '1'],
      ['Say "hi"', '2'],
      ['two\nlines', '3'],
    ]);
  });
  it('detects semicolons used as separators', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(parseRows('a;b\r\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
  });
  it('skips blank lines', () => {
    expect(parseRows('\n\na,b\n\n')).toEqual([['a', 'b']]);
  });
  it('spots a header row by its non-numeric cells', () => {
    expect(looksLikeHeader(['Name', 'ARR'], [1])).toBe(true);
    expect(looksLikeHeader(['Acme', '12,000'], [1])).toBe(false);
  });
});

describe('writing CSV', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell(-5)).toBe('-5');
  });
  it('round-trips any table of plain cells', () => {
    const cell = fc.string({ maxLength: 12 }).filter((s) => s.trim() === s && !/^[=+\-@\t\r']/.test(s) && s !== '');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseRows(toCsv(rows), ',')).toEqual(rows);
      }),
    );
  });
});
