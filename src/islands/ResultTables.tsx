import type { Result, TableOutput } from '../calculators/contract';
import { formatValue } from '../calculators/format';
import type { Currency } from '../calculators/units';

/**
 * Rows a result table shows on the page. A pasted list can hold ten thousand customers; drawing
 * every one would make each keystroke redraw a table a reader cannot take in anyway, so the page
 * shows the first rows and the CSV download holds them all.
 */
export const ROWS_SHOWN = 200;

/** The row-by-row tables of a list tool, each with a CSV download. */
export function ResultTables({ result, currency }: { result: Result; currency: Currency }) {
  // aria-live="off": the results around it are announced as they change, but not a whole table on every keystroke.
  return <div aria-live="off">{result.tables?.map((table) => <ResultTable key={table.id} table={table} currency={currency} />)}</div>;
}

function ResultTable({ table, currency }: { table: TableOutput; currency: Currency }) {
  const cell = (v: number | string | undefined, unit: TableOutput['columns'][number]['unit']) =>
    v === undefined || v === '' ? '–' : typeof v === 'number' && unit !== 'text' ? (Number.isFinite(v) ? formatValue(v, unit, { currency }) : 'n/a') : String(v);
  // The CSV writer loads on the first download, so list pages do not carry it before.
  const exportCsv = () => import('./export-table').then((m) => m.exportTable(table));
  const shown = table.rows.slice(0, ROWS_SHOWN);
  const count = (k: number) => formatValue(k, 'count');
  return (
    <div class="result-table">
      <table data-table={table.id} data-rows={table.rows.length}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>{table.columns.map((c) => <th scope="col" key={c.id}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {shown.map((row, i) => (
            <tr key={i}>{table.columns.map((c) => <td key={c.id}>{cell(row[c.id], c.unit)}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {shown.length < table.rows.length && (
        <p class="hint" data-rows-shown={shown.length}>
          The first {count(shown.length)} of {count(table.rows.length)} rows are shown here; the CSV download holds every one.
        </p>
      )}
      {table.rows.length > 0 && <button type="button" onClick={exportCsv}>Download as CSV</button>}
    </div>
  );
}
