/** Spreadsheet rows out, guarded against formula injection when a spreadsheet opens them. */

/** One CSV cell: quoted when needed; a leading = + - @ (or tab, carriage return) is defused so spreadsheets show it as text. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r;]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV with CRLF line ends; `bom` puts a UTF-8 byte order mark first, so Excel reads accents right. */
export function toCsv(rows: readonly (readonly (string | number)[])[], { bom = false } = {}): string {
  return (bom ? '\uFEFF' : '') + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
