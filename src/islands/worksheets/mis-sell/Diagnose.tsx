import { STATE_LABELS, TRACK_LABELS, TYPES, VERDICT_LABELS, diagnose, type Answer } from '../../../calculators/mis-sell-diagnostic/model';
import { LIMITS } from '../../../worksheets/mis-sell/state';
import { Choice } from '../Choice';
import { Frame, useWorksheet } from './Frame';
import { Options } from './Options';

const ANSWERS = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
] as const;

/** Step 1: which of the four kinds of mismatch the account shows. */
export default function Diagnose() {
  const [ws, update] = useWorksheet();
  const d = diagnose(ws.answers);
  return (
    <Frame step={0} options={<Options />}>
      <section class="ws-section ws-screen" aria-labelledby="step-title">
        <h2 id="step-title">Step 1 of 5: diagnose the account</h2>
        <div class="field">
          <label for="ms-account">Account name (optional)</label>
          <input id="ms-account" type="text" maxLength={LIMITS.account} value={ws.account} onInput={(e) => update((x) => (x.account = (e.currentTarget as HTMLInputElement).value.slice(0, LIMITS.account)))} />
        </div>
        {TYPES.map((t) => (
          <div class="ws-prompt" key={t.id}>
            <h3>{t.name}</h3>
            {t.questions.map((q) => (
              <Choice key={q.id} name={`ms-${q.id}`} legend={q.text} options={ANSWERS} value={ws.answers[q.id] ?? ''} onChange={(v) => update((x) => (x.answers[q.id] = v as Answer))} />
            ))}
          </div>
        ))}
        <div class="ws-result" aria-live="polite">
          <p>
            <strong>Diagnosis:</strong> <span data-output="verdict" data-value={d.verdict}>{VERDICT_LABELS[d.verdict]}</span>
          </p>
          <ul>
            {TYPES.map((t) => (
              <li key={t.id}>
                {t.name}: <span data-output={t.id} data-value={d.states[t.id]}>{STATE_LABELS[d.states[t.id]].toLowerCase()}</span>
              </li>
            ))}
          </ul>
          <p>
            <strong>Track to run next:</strong> <span data-output="tracks" data-value={d.tracks}>{TRACK_LABELS[d.tracks]}</span>
          </p>
          {d.notes.map((n) => (
            <p class={`calc-note${n.level === 'warning' ? ' warn' : ''}`} role="status" key={n.text}>{n.text}</p>
          ))}
        </div>
      </section>
    </Frame>
  );
}
