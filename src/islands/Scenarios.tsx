import type { CalculatorModel, Field, OutputSpec } from '../calculators/contract';
import { formatValue, rawValue } from '../calculators/format';
import { parseField } from '../calculators/inputs';
import { compareScenarios, type Change } from '../calculators/scenarios';
import type { Currency } from '../calculators/units';
import { shown } from '../calculators/cite';
import { FieldInput } from './FieldInput';

export interface ScenariosProps {
  /** The id the calculator's "compare" button controls. */
  id: string;
  model: CalculatorModel;
  uid: string;
  currency: Currency;
  /** The calculator's own inputs. */
  today: Record<string, string>;
  target: Record<string, string>;
  setTarget: (texts: Record<string, string>) => void;
}

/**
 * "Today" (the calculator's inputs) beside an editable "target", and every output of both with
 * the change. Loaded when the reader asks for it, or opens a link that carries target values.
 */
export default function Scenarios({ id, model, uid, currency, today, target, setTarget }: ScenariosProps) {
  const { rows, today: now, target: goal } = compareScenarios(model, today, target);
  // Notes that also hold today (a caveat the model always gives) are already under the results.
  const notes = goal.result?.notes.filter((n) => !now.result?.notes.some((m) => m.text === n.text));
  return (
    <section class="scenarios" id={id} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Today and a target</h3>
      <p class="hint">Today is the inputs above. Change the target’s inputs to see what reaching it would be worth.</p>
      <div class="scenario-inputs">
        <div class="scenario-today">
          <h4>Today</h4>
          <dl>
            {model.fields.map((field) => (
              <div key={field.id}>
                <dt>{field.label}</dt>
                <dd>{inputText(field, today[field.id] ?? '', currency)}</dd>
              </div>
            ))}
          </dl>
        </div>
        <fieldset class="scenario-target">
          <legend>Target</legend>
          {model.fields.map((field) => (
            <FieldInput
              key={field.id}
              field={field}
              uid={`${uid}--target`}
              currency={currency}
              text={target[field.id] ?? ''}
              error={goal.errors[field.id]}
              onInput={(text) => setTarget({ ...target, [field.id]: text })}
            />
          ))}
          <button type="button" onClick={() => setTarget({ ...today })}>
            Reset the target to today
          </button>
        </fieldset>
      </div>
      <table class="scenario-table">
        <caption>Each figure today, at the target, and the change</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Today</th>
            <th scope="col">Target</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const change = changeText(row.output, row.change, currency);
            return (
              <tr key={row.output.id}>
                <th scope="row">{row.output.label}</th>
                {(['today', 'target'] as const).map((side) => {
                  const { text, raw, reason } = shown(row.output, row[side], currency);
                  return (
                    <td key={side} data-scenario={side} data-label={side === 'today' ? 'Today' : 'Target'}>
                      <span data-output={row.output.id} data-value={raw}>
                        {text}
                      </span>
                      {reason && <span class="calc-reason">{reason}</span>}
                    </td>
                  );
                })}
                <td data-change={row.output.id} data-value={change.raw} data-percent={change.percent} data-label="Change">
                  {change.text}
                  {change.reason && <span class="calc-reason">{change.reason}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {notes?.map((n) => (
        <p class={`calc-note ${n.level === 'warning' ? 'warn' : ''}`} role="status" key={n.text}>
          At the target: {n.text}
        </p>
      ))}
    </section>
  );
}

/** A field's value as the reader would say it, for the "today" column. */
function inputText(field: Field, text: string, currency: Currency): string {
  const parsed = parseField(field, text);
  if ('error' in parsed) return 'Not valid yet';
  const v = parsed.value;
  if (v === null) return 'Blank';
  if (field.kind === 'choice') return field.options.find((o) => o.value === v)?.label ?? String(v);
  if (field.kind === 'text') return `${String(v).split('\n').filter((line) => line.trim()).length} rows`;
  return formatValue(v as number, field.unit, { currency, decimals: 4 });
}

const sign = (x: number) => (x > 0 ? '+' : '−');

/** The change column: a signed difference (percentages move by points) and, where it means something, the relative change. */
function changeText(out: OutputSpec, change: Change, currency: Currency): { text: string; raw: string; percent?: string; reason?: string } {
  if ('unavailable' in change) return { text: 'Not calculated', raw: 'n/a', reason: change.unavailable };
  if ('same' in change) return change.same ? { text: 'Unchanged', raw: 'same' } : { text: 'Changed', raw: 'changed' };
  const unit = out.unit === 'keyword' || out.unit === 'ratio' ? 'number' : out.unit;
  const raw = rawValue(change.delta, unit, out.decimals);
  if (raw === '0') return { text: 'No change', raw, percent: change.percent === undefined ? undefined : '0' };
  const size = Math.abs(change.delta);
  const amount =
    unit === 'percent' ? `${formatValue(size, 'number', { decimals: out.decimals ?? 1 })} ${size === 1 ? 'point' : 'points'}` : formatValue(size, unit, { currency, decimals: out.decimals });
  const percent = change.percent === undefined ? undefined : rawValue(change.percent, 'percent', 2);
  const relative = change.percent === undefined ? '' : ` (${sign(change.percent)}${formatValue(Math.abs(change.percent), 'percent')})`;
  return { text: `${sign(change.delta)}${amount}${relative}`, raw, percent };
}
