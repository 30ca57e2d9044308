import { LIMITS } from '../../../worksheets/mis-sell/state';
import { pattern } from '../../../worksheets/mis-sell/sections';
import { checks } from '../../../worksheets/mis-sell/checks';
import { Frame, useWorksheet } from './Frame';

/** Step 4: the traits the mismatch cohort shares and the yes/no gate to propose, checked as the reader writes. */
export default function Case() {
  const [ws, update] = useWorksheet();
  const traits = pattern(ws);
  const found = [...traits.problems, ...checks(ws)];
  const input = (id: string, label: string, value: string, max: number, onInput: (v: string) => void, hint?: string) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input id={id} type="text" maxLength={max} value={value} aria-describedby={hint ? `${id}-hint` : undefined} onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value.slice(0, max))} />
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );

  return (
    <Frame step={3}>
      <section class="ws-section ws-screen" aria-labelledby="step-title">
        <h2 id="step-title">Step 4 of 5: the pattern and the gate</h2>
        <div class="ws-pair">
          {input('ms-period', 'Cohort period', ws.report.period, LIMITS.period, (v) => update((x) => (x.report.period = v)), 'Deals signed over this period, such as “the last three quarters”.')}
          {input('ms-meeting', 'Meeting', ws.report.meeting, LIMITS.meeting, (v) => update((x) => (x.report.meeting = v)))}
          {input('ms-agenda', 'Agenda item', ws.report.agenda, LIMITS.meeting, (v) => update((x) => (x.report.agenda = v)))}
        </div>
        <fieldset class="ws-list">
          <legend>Qualification traits the cohort shares</legend>
          {ws.report.traits.map((t, i) => (
            <div class="ws-row" key={i}>
              {input(`ms-trait-${i}`, `Trait ${i + 1}`, t.text, LIMITS.trait, (v) => update((x) => (x.report.traits[i]!.text = v)))}
              {input(`ms-trait-${i}-count`, `Accounts showing trait ${i + 1}`, t.count, LIMITS.count, (v) => update((x) => (x.report.traits[i]!.count = v)))}
              <button type="button" onClick={() => update((x) => x.report.traits.splice(i, 1))}>Remove trait {i + 1}</button>
            </div>
          ))}
          <button type="button" disabled={ws.report.traits.length >= LIMITS.traits} onClick={() => update((x) => x.report.traits.push({ text: '', count: '' }))}>Add a trait</button>
        </fieldset>
        <fieldset class="ws-list">
          <legend>Proposed gate: yes/no questions for deal review</legend>
          {ws.report.gates.map((g, i) => (
            <div class="ws-row" key={i}>
              {input(`ms-gate-${i}`, `Criterion ${i + 1}`, g, LIMITS.gate, (v) => update((x) => (x.report.gates[i] = v)))}
              <button type="button" onClick={() => update((x) => x.report.gates.splice(i, 1))}>Remove criterion {i + 1}</button>
            </div>
          ))}
          <button type="button" disabled={ws.report.gates.length >= LIMITS.gates} onClick={() => update((x) => x.report.gates.push(''))}>Add a criterion</button>
        </fieldset>
        <div aria-live="polite">
          {traits.warning && <p class="calc-note" role="status">{traits.warning}</p>}
          {found.length > 0 ? (
            <div class="calc-note warn" role="status">
              <p>Before this goes to the board:</p>
              <ul>{found.map((c) => <li key={c}>{c}</li>)}</ul>
            </div>
          ) : (
            <p class="calc-note" role="status">Checks pass: no blame words, every criterion is a yes/no question, and the page fits on one sheet.</p>
          )}
        </div>
      </section>
    </Frame>
  );
}
