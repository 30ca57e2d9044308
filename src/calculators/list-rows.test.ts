import { describe, it, expect } from 'vitest';
import { cellNumber, isHeader, numberedRows } from './list-rows';

describe('numbered list rows', () => {
  it('numbers rows by the line they start on, counting blank lines', () => {
    expect(numberedRows('Customer,Days\nA,10\n\n\nB,12\n')).toEqual([
      { row: 1, cells: ['Customer', 'Days'] },
      { row: 2, cells: ['A', '10'] },
      { row: 5, cells: ['B', '12'] },
    ]);
  });

  it('keeps a quoted cell that spans lines together and numbers later rows correctly', () => {
    expect(numberedRows('"Acme,\nInc",10\nB,12')).toEqual([
      { row: 1, cells: ['Acme,\nInc', '10'] },
      { row: 3, cells: ['B', '12'] },
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
