import type { CalculatorModel, Inputs } from '../calculators/contract';
import { formatValue } from '../calculators/format';
import { sensitivityRows } from '../calculators/sensitivity';
import type { Currency } from '../calculators/units';

/** The model's key rate a few points either way, for calculators whose answer hinges on it. */
export function Sensitivity({ model, values, currency }: { model: CalculatorModel; values: Inputs; currency: Currency }) {
  const table = sensitivityRows(model, values);
  if (!table) return null;
  const caption = `What if ${table.field.label.toLowerCase()} moves a few points?`;
  // A focusable box that scrolls the table sideways when a phone is too narrow for it, never the page.
  return (
    <div class="sensitivity-scroll" tabIndex={0} role="group" aria-label={caption}>
    <table class="sensitivity">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{table.field.label}</th>
          {table.outputs.map((o) => (
            <th scope="col" key={o.id}>{o.label}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, r) => (
          <tr key={r} class={row.current ? 'current' : undefined}>
            <th scope="row">{formatValue(row.input, table.field.unit, { currency })}{row.current ? ' (now)' : ''}</th>
            {row.cells.map((cell, i) => (
              <td key={i}>{cell === undefined ? 'n/a' : formatValue(cell, table.outputs[i].unit === 'keyword' ? 'number' : table.outputs[i].unit, { currency, decimals: table.outputs[i].decimals })}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
    </div>
  );
}
