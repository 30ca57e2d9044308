import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detectDelimiter, readRows } from './csv';
import { csvCell, toCsv } from './csv-write';

const cells = (text: string) => readRows(text).map((r) => r.cells);

describe('reading pasted rows and CSV', () => {
  it('reads tab-separated cells pasted from a spreadsheet', () => {
    expect(cells('Acme\t120000\tyes\nBeta\t8000\tno\n')).toEqual([
      ['Acme', '120000', 'yes'],
      ['Beta', '8000', 'no'],
    ]);
  });

  it('reads quoted CSV cells with commas, quotes and line breaks', () => {
    expect(cells('"Acme, Inc",1\n"Say ""hi""",2\n"two\nlines",3')).toEqual([
      ['Acme, Inc', '1'],
      ['Say "hi"', '2'],
      ['two\nlines', '3'],
    ]);
  });

  it('detects semicolons used as separators, from the first line with content', () => {
    expect(detectDelimiter('a;b;c\n1;2;3')).toBe(';');
    expect(detectDelimiter('\n\na;b\n1,5;2')).toBe(';');
    expect(cells('a;b\r\n1;2')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('skips blank lines but counts them, so each row keeps the number the reader sees', () => {
    expect(readRows('\n\na,b\n\n \t\nc,d\r\ne,f\rg,h')).toEqual([
      { row: 3, lines: 1, cells: ['a', 'b'] },
      { row: 6, lines: 1, cells: ['c', 'd'] },
      { row: 7, lines: 1, cells: ['e', 'f'] },
      { row: 8, lines: 1, cells: ['g', 'h'] },
    ]);
  });

  it('reads a quote inside a cell as a character, so the rows after it still count', () => {
    expect(readRows('Acme 5" Inc,1000\nBeta,2000\nGamma,3000\nDelta,4000')).toEqual([
      { row: 1, lines: 1, cells: ['Acme 5" Inc', '1000'] },
      { row: 2, lines: 1, cells: ['Beta', '2000'] },
      { row: 3, lines: 1, cells: ['Gamma', '3000'] },
      { row: 4, lines: 1, cells: ['Delta', '4000'] },
    ]);
  });

  it('reads a quote that opens a cell and never closes as a character, and marks the row', () => {
    expect(readRows('Name,ARR\n"Acme,1000\nBeta,2000\nGamma,3000')).toEqual([
      { row: 1, lines: 1, cells: ['Name', 'ARR'] },
      { row: 2, lines: 1, cells: ['"Acme', '1000'], strayQuote: true },
      { row: 3, lines: 1, cells: ['Beta', '2000'] },
      { row: 4, lines: 1, cells: ['Gamma', '3000'] },
    ]);
  });

  it('does not let a lone opening quote pair with a quote rows later that does not end a cell', () => {
    expect(cells('"Acme,1000\nBeta,2000\n"Gamma" Ltd,3000')).toEqual([
      ['"Acme', '1000'],
      ['Beta', '2000'],
      ['"Gamma" Ltd', '3000'],
    ]);
  });

  it('numbers a row by its first line and says how many lines a quoted cell carried it over', () => {
    expect(readRows('"Acme,\nInc",10\nB,12\n"one\r\ntwo\nthree",4')).toEqual([
      { row: 1, lines: 2, cells: ['Acme,\nInc', '10'] },
      { row: 3, lines: 1, cells: ['B', '12'] },
      { row: 4, lines: 3, cells: ['one\r\ntwo\nthree', '4'] },
    ]);
  });

  it('accounts for every line: each non-blank line starts a row or lies inside one', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', ',', ';', '\t', '"', '\n', '\r\n', '\r', '5'), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const rows = readRows(t);
        const lines = t.split(/\r\n|\r|\n/);
        const covered = new Set(rows.flatMap((r) => Array.from({ length: r.lines }, (_, k) => r.row + k)));
        lines.forEach((line, i) => {
          if (line.replace(/[\s,;"]/g, '') !== '') expect(covered.has(i + 1)).toBe(true);
        });
        // Rows never overlap and come in order.
        rows.forEach((r, i) => i > 0 && expect(r.row).toBeGreaterThanOrEqual(rows[i - 1]!.row + rows[i - 1]!.lines));
      }),
    );
  });

  it('reads ten thousand rows in well under a second', () => {
    const text = Array.from({ length: 10_000 }, (_, i) => `"Customer ${i}, Ltd",${i * 10},strategic`).join('\n');
    const t = performance.now();
    expect(readRows(text)).toHaveLength(10_000);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe('writing CSV', () => {
  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=SUM(A1:A9)')).toBe("'=SUM(A1:A9)");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@cmd')).toBe("'@cmd");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"');
    expect(csvCell(-5)).toBe('-5');
  });

  it('quotes cells holding delimiters, quotes, line breaks or spaces at either end', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\rhere')).toBe('"cr\rhere"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell('')).toBe('');
  });

  it('puts a byte order mark first only when asked', () => {
    expect(toCsv([['a', 1]])).toBe('a,1\r\n');
    expect(toCsv([['a', 1]], { bom: true })).toBe('\uFEFFa,1\r\n');
  });

  it('round-trips any table of cells, quotes and line breaks included', () => {
    const cell = fc.string({ maxLength: 12, unit: fc.constantFrom('a', 'Z', ' ', ',', ';', '"', '\n', '5', 'é') }).filter((s) => s.trim() === s && s !== '' && !/^[=+\-@\t\r']/.test(s));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(readRows(toCsv(rows), ',').map((r) => r.cells)).toEqual(rows);
      }),
    );
  });
});
