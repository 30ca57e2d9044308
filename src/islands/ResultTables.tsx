import type { Result, TableOutput } from '../calculators/contract';
import { formatValue } from '../calculators/format';
import { toCsv } from '../lib/csv';
import { download } from '../lib/download';
import type { Currency } from '../calculators/units';

/** The row-by-row tables of a list tool, each with a CSV download. */
export function ResultTables({ result, currency }: { result: Result; currency: Currency }) {
  return <>{result.tables?.map((table) => <ResultTable key={table.id} table={table} currency={currency} />)}</>;
}

function ResultTable({ table, currency }: { table: TableOutput; currency: Currency }) {
  const cell = (v: number | string | undefined, unit: TableOutput['columns'][number]['unit']) =>
    v === undefined || v === '' ? '–' : typeof v === 'number' && unit !== 'text' ? (Number.isFinite(v) ? formatValue(v, unit, { currency }) : 'n/a') : String(v);
  const exportCsv = () => {
    const csv = toCsv([table.columns.map((c) => c.label), ...table.rows.map((r) => table.columns.map((c) => r[c.id] ?? ''))]);
    download(`${table.id}.csv`, csv, 'text/csv');
  };
  return (
    <div class="result-table">
      <table data-table={table.id}>
        <caption>{table.caption}</caption>
        <thead>
          <tr>{table.columns.map((c) => <th scope="col" key={c.id}>{c.label}</th>)}</tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>{table.columns.map((c) => <td key={c.id}>{cell(row[c.id], c.unit)}</td>)}</tr>
          ))}
        </tbody>
      </table>
      {table.rows.length > 0 && <button type="button" onClick={exportCsv}>Download as CSV</button>}
    </div>
  );
}
