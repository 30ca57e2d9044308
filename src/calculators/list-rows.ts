import { detectDelimiter, readRows, type CsvRow } from '../lib/csv';
import { parseNumber } from './inputs';
import { formatValue } from './format';

/** One row of a pasted list with the line it starts on, so messages name the row the reader sees. */
export type ListRow = CsvRow;

/**
 * Most rows a list tool is made for: a large book of business (2,000 to 10,000 accounts).
 * A list field's maxLength is this many rows at its tool's longest realistic row (listLength).
 */
export const LIST_ROWS = 10_000;

/**
 * Characters a list field accepts: LIST_ROWS rows of `perRow` characters, where `perRow` is
 * generous for that tool's columns (a long company name, amounts with separators, flags, dates,
 * a short reason). list-rows.test.ts checks that realistic lists of LIST_ROWS rows fit.
 */
export const listLength = (perRow: number): number => LIST_ROWS * perRow;

/** Splits a pasted list or CSV into rows numbered by line (see readRows for how quotes are read). */
export function numberedRows(text: string): ListRow[] {
  return readRows(text, detectDelimiter(text));
}

/** How many rows a note names one by one before it counts the rest. */
const NAMED = 5;

const count = (k: number) => formatValue(k, 'count');

/** "3, 5 and 9", or the first few and how many more: "3, 5, 9, 12, 15 and 995 more". */
function named(items: readonly string[]): string {
  if (items.length > NAMED) return `${items.slice(0, NAMED).join(', ')} and ${count(items.length - NAMED)} more`;
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '');
}
const rowList = (rows: ListRow[], each: (r: ListRow) => string): string => named(rows.map(each));

/**
 * Sentences about rows a reader might not expect: several lines read as one row (a quoted cell
 * holding line breaks), and quotes read as ordinary characters because they never closed. Every
 * line the reader pasted is then either a row of its own or named here.
 */
export function layoutNotes(rows: readonly ListRow[]): string[] {
  const notes: string[] = [];
  const spans = rows.filter((r) => r.lines > 1);
  const lines = (r: ListRow) => `lines ${r.row} to ${r.row + r.lines - 1}`;
  if (spans.length === 1) notes.push(`${lines(spans[0]!).replace('l', 'L')} were read as one row, because a quoted cell there holds line breaks; check its quotes if that is not what you meant.`);
  else if (spans.length)
    notes.push(`Each of these runs of lines was read as one row, because a quoted cell holds line breaks: ${rowList(spans, lines)}. Check their quotes if that is not what you meant.`);
  const stray = rows.filter((r) => r.strayQuote);
  if (stray.length)
    notes.push(`A quote opens a cell and never closes, so it was read as part of the text: ${stray.length === 1 ? 'row' : 'rows'} ${rowList(stray, (r) => String(r.row))}.`);
  return notes;
}

/** A problem with one row: `problem` follows the row number ("ARR must be a number; the row was left out"). */
export interface RowProblem {
  row: number;
  problem: string;
}

/** Most kinds of problem a list tool lists before it counts the rest in one sentence. */
const KINDS = 12;

/**
 * Problems with single rows as a few sentences, however many rows a reader pasted: rows with the
 * same problem share a sentence that names the first few and counts the rest, and beyond a dozen
 * kinds one last sentence counts every remaining row. No row is passed over in silence, and ten
 * thousand bad rows do not make ten thousand notes.
 */
export function rowProblemNotes(problems: readonly RowProblem[]): string[] {
  const groups = new Map<string, number[]>();
  for (const { row, problem } of problems) {
    const rows = groups.get(problem);
    if (rows) rows.push(row);
    else groups.set(problem, [row]);
  }
  const all = [...groups];
  const notes = all.slice(0, KINDS).map(([problem, rows]) =>
    rows.length === 1
      ? `Row ${rows[0]}: ${problem}.`
      : `Rows ${named(rows.map(String))}: ${problem.replace('the row was left out', 'the rows were left out')}.`,
  );
  const rest = all.slice(KINDS).flatMap(([, rows]) => rows).sort((a, b) => a - b);
  if (rest.length)
    notes.push(`${count(rest.length)} more ${rest.length === 1 ? 'row has a problem' : 'rows have problems'} of other kinds: ${rest.length === 1 ? 'row' : 'rows'} ${named(rest.map(String))}. Fix the rows named above and these come into view.`);
  return notes;
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
