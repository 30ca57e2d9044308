import costModel from '../../../calculators/mis-sell-cost/model';
import { evaluate } from '../../../calculators/inputs';
import { formatValue } from '../../../calculators/format';
import { $currency } from '../../../state/currency';
import { useStore } from '../../../state/use-store';
import { LIMITS } from '../../../worksheets/mis-sell/state';
import { FieldInput } from '../../FieldInput';
import { Frame, useWorksheet } from './Frame';

/** Step 3: the mismatch cohort against the ICP-matched one, with the cost calculator's own rules. */
export default function Cost() {
  const [ws, update] = useWorksheet();
  const currency = useStore($currency, 'USD');
  const cost = evaluate(costModel, ws.cost);
  const missing = costModel.fields.filter((f) => cost.errors[f.id] && !(ws.cost[f.id] ?? '').trim());
  return (
    <Frame step={2}>
      <section class="ws-section ws-screen" aria-labelledby="step-title">
        <h2 id="step-title">Step 3 of 5: count the cost</h2>
        <p>Two cohorts side by side: the accounts that were mis-qualified, and comparable accounts that fit the ICP. Contract values and retention costs are yearly totals for each cohort, in {currency}.</p>
        <form class="calc-fields" onSubmit={(e) => e.preventDefault()} noValidate aria-label="The two cohorts">
          {costModel.fields.map((field) => (
            <FieldInput
              key={field.id}
              field={field}
              uid="ms"
              currency={currency}
              text={ws.cost[field.id] ?? ''}
              error={(ws.cost[field.id] ?? '').trim() ? cost.errors[field.id] : undefined}
              onInput={(text) => update((x) => (x.cost[field.id] = text.slice(0, LIMITS.number)))}
            />
          ))}
        </form>
        <div aria-live="polite">
          {cost.result ? (
            <dl class="calc-outputs">
              {costModel.outputs.map((out) => {
                const v = cost.result!.outputs[out.id]!;
                return (
                  <div class={`calc-output${'unavailable' in v ? ' unavailable' : ''}`} key={out.id}>
                    <dt>{out.label}</dt>
                    <dd>
                      {'unavailable' in v ? (
                        <span class="calc-reason">{v.unavailable}</span>
                      ) : (
                        <output data-output={out.id} data-value={String(v.value)}>{formatValue(v.value as number, out.unit as 'currency', { currency, decimals: out.decimals })}</output>
                      )}
                    </dd>
                  </div>
                );
              })}
            </dl>
          ) : (
            missing.length > 0 && <p class="calc-note" role="status">Still to fill in: {missing.map((f) => f.label).join(', ')}.</p>
          )}
          {cost.result?.notes.map((n) => (
            <p class={`calc-note${n.level === 'warning' ? ' warn' : ''}`} role="status" key={n.text}>{n.text}</p>
          ))}
        </div>
      </section>
    </Frame>
  );
}
