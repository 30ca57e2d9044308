/**
 * Spreadsheet rows in. Pasted cells arrive tab-separated; files arrive as CSV (comma or
 * semicolon). Reading numbers every row by the line it starts on, so messages name the row the
 * reader sees. Writing is in csv-write.ts, which pages load when a reader downloads.
 */
export type Delimiter = ',' | ';' | '\t';

/** The delimiter of the first line with content: a tab if it has one, else the commoner of ; and ,. */
export function detectDelimiter(text: string): Delimiter {
  const firstLine = /[^\r\n]*\S[^\r\n]*/.exec(text)?.[0] ?? '';
  if (firstLine.includes('\t')) return '\t';
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(';') > count(',') ? ';' : ',';
}

/** One row of a pasted list or CSV file. */
export interface CsvRow {
  /** The line the row starts on, blank lines counted, as the reader's editor numbers it. */
  row: number;
  /** Lines the row runs over: more than one when a quoted cell holds line breaks. */
  lines: number;
  /** Cells with spaces trimmed; a quoted cell loses its quotes and reads "" as one quote. */
  cells: string[];
  /** A quote opened a cell here but did not close it, so it was read as an ordinary character. */
  strayQuote?: boolean;
}

const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/**
 * Where the quoted cell opened just before `from` closes, or -1 when it does not close well.
 * A closing quote must end its cell: only spaces may stand between it and the delimiter, the
 * end of the line or the end of the text. Anything else (`"Acme" Inc`, or a lone quote that
 * would swallow the rows below it) means the opening quote was an ordinary character, as a
 * spreadsheet reads it when the text is pasted.
 */
function closingQuote(text: string, from: number, delimiter: Delimiter): number {
  for (let j = from; ; ) {
    const q = text.indexOf('"', j);
    if (q < 0) return -1;
    if (text[q + 1] === '"') {
      j = q + 2;
      continue;
    }
    let k = q + 1;
    while (text[k] === ' ' || (text[k] === '\t' && delimiter !== '\t')) k++;
    return k >= text.length || text[k] === delimiter || isBreak(text[k]) ? q : -1;
  }
}

/**
 * Reads delimited text into numbered rows of trimmed cells. Blank lines are skipped but still
 * counted, so later rows keep the numbers the reader sees. A quote opens a quoted cell only at
 * the start of a cell and only when it closes well (see closingQuote); any other quote is text,
 * so `Acme 5" Inc,1000` is one customer and an unclosed quote never swallows the rows after it.
 */
export function readRows(text: string, delimiter: Delimiter = detectDelimiter(text)): CsvRow[] {
  const rows: CsvRow[] = [];
  const space = (c: string | undefined) => c === ' ' || (c === '\t' && delimiter !== '\t');
  let cells: string[] = [];
  let line = 1;
  let start = 1;
  let stray = false;
  // Cells are sliced out whole rather than built a character at a time: ten thousand rows read in milliseconds.
  for (let i = 0; ; ) {
    let j = i;
    while (space(text[j])) j++;
    const end = text[j] === '"' ? closingQuote(text, j + 1, delimiter) : -1;
    if (end >= 0) {
      const quoted = text.slice(j + 1, end);
      if (/[\r\n]/.test(quoted)) line += quoted.match(/\r\n|\r|\n/g)!.length;
      cells.push(quoted.replace(/""/g, '"').trim());
      i = end + 1;
      while (space(text[i])) i++;
    } else {
      if (text[j] === '"') stray = true;
      let k = j;
      while (k < text.length && text[k] !== delimiter && !isBreak(text[k])) k++;
      cells.push(text.slice(j, k).trim());
      i = k;
    }
    if (text[i] === delimiter) {
      i++;
      continue;
    }
    // A line break or the end of the text ends the row; a row of empty cells is a blank line.
    if (cells.some((c) => c !== '')) rows.push({ row: start, lines: line - start + 1, cells, ...(stray ? { strayQuote: true } : {}) });
    cells = [];
    stray = false;
    if (i >= text.length) return rows;
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    start = ++line;
  }
}
