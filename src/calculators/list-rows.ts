import { detectDelimiter, parseRows } from '../lib/csv';
import { parseNumber } from './inputs';

/** One row of a pasted list with the line it starts on, so messages name the row the reader sees. */
export interface ListRow {
  row: number;
  cells: string[];
}

/**
 * Splits a pasted list or CSV into rows numbered by line. parseRows drops blank lines,
 * which would shift every later row number, so each line is parsed on its own; a quoted
 * cell that runs over several lines is kept together and numbered by its first line.
 */
export function numberedRows(text: string): ListRow[] {
  const delimiter = detectDelimiter(text.trimStart());
  const rows: ListRow[] = [];
  let buffer: string | undefined;
  let start = 0;
  text.split(/\r\n|\r|\n/).forEach((line, i) => {
    if (buffer === undefined) {
      buffer = line;
      start = i + 1;
    } else buffer += `\n${line}`;
    // An odd number of quotes means a quoted cell is still open.
    if ((buffer.match(/"/g)?.length ?? 0) % 2 === 1) return;
    const [cells] = parseRows(buffer, delimiter);
    if (cells) rows.push({ row: start, cells });
    buffer = undefined;
  });
  if (buffer !== undefined) {
    const [cells] = parseRows(buffer, delimiter);
    if (cells) rows.push({ row: start, cells });
  }
  return rows;
}

/** A cell as a number ("$12,000", "12000", "90%"), or undefined when it is not one. */
export const cellNumber = (cell: string | undefined): number | undefined => (cell ? parseNumber(cell) : undefined);

/**
 * A header row holds no numbers or dates and names a column ("Customer, ARR"). Naming a column
 * matters: "Acme," with its value left blank is a customer, not a header.
 */
export const isHeader = (cells: string[]): boolean =>
  cells.every((c) => cellNumber(c) === undefined && !/\d{4}-\d{2}-\d{2}/.test(c)) &&
  cells.some((c) => /^(customer|name|account|company|days?\b|date|signed|signature|first.value|arr\b|revenue|flag|note)/i.test(c));
