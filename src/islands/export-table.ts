import type { TableOutput } from '../calculators/contract';
import { toCsv } from '../lib/csv-write';
import { download } from '../lib/download';

/** Downloads every row of a result table as CSV, the rows the page leaves out included. */
export function exportTable(table: TableOutput): void {
  const csv = toCsv([table.columns.map((c) => c.label), ...table.rows.map((r) => table.columns.map((c) => r[c.id] ?? ''))]);
  download(`${table.id}.csv`, csv, 'text/csv');
}
