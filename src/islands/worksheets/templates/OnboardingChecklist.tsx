import { useEffect, useState } from 'preact/hooks';
import {
  HANDOFF_ITEMS,
  LIMITS,
  STEPS,
  checklistCsv,
  emptyChecklist,
  exampleChecklist,
  exportChecklist,
  importChecklist,
  progress,
  stallText,
} from '../../../worksheets/onboarding-checklist/model';
import { isoToday, plural } from '../../../worksheets/common/parse';
import { $onboardingChecklist } from '../../../state/worksheets/onboarding-checklist';
import { StorageNotices } from '../../StorageNotices';
import { Check, Field, Rows, Toolbar, fileName, useWorksheet } from '../kit';

const EMPTY = emptyChecklist();

/** The seven-step onboarding checklist with time to value and stall alerts. */
export default function OnboardingChecklist() {
  const [c, update] = useWorksheet($onboardingChecklist, EMPTY);
  // Today is read after hydration, so the server's page and the first render agree.
  const [today, setToday] = useState('');
  useEffect(() => setToday(isoToday()), []);
  const p = progress(c, today);
  const limit = c.stallDays.trim() || '10';
  const list = (key: 'criteria' | 'milestones', legend: string, noun: string) => (
    <Rows<string>
      legend={legend}
      noun={noun}
      rows={c[key]}
      max={LIMITS.list}
      blank={() => ''}
      onChange={(rows) => update((d) => (d[key] = rows))}
      render={(x, i) => <Field id={`ob-${key}-${i}`} label={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${i + 1}`} value={x} max={LIMITS.short} onInput={(v) => update((d) => (d[key][i] = v))} />}
    />
  );

  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <form class="ws-form ws-screen" aria-label="Onboarding checklist" onSubmit={(e) => e.preventDefault()} noValidate>
        <div class="ws-row">
          <Field id="ob-account" label="Customer" value={c.account} max={LIMITS.short} onInput={(v) => update((d) => (d.account = v))} />
          <Field id="ob-signed" type="date" label="Contract signed" value={c.signed} max={10} error={p.errors.signed} onInput={(v) => update((d) => (d.signed = v))} />
          <Field id="ob-stall" type="decimal" label="Stall after this many days" value={c.stallDays} max={LIMITS.number} error={p.errors.stallDays} hint="Ten by default, from chapter 7's example." onInput={(v) => update((d) => (d.stallDays = v))} />
        </div>
        <ol class="tpl-steps">
          {STEPS.map((s, i) => (
            <li class={`tpl-step${c.steps[s.id].done ? ' done' : ''}`} key={s.id}>
              <h2 id={`ob-${s.id}-title`}>Step {i + 1}. {s.title}</h2>
              {s.id === 'handoff' && (
                <fieldset class="tpl-rows">
                  <legend>What the handoff carried</legend>
                  {HANDOFF_ITEMS.map((h) => (
                    <Check key={h.id} checked={c.handoff[h.id]} onChange={(v) => update((d) => (d.handoff[h.id] = v))}>{h.label}</Check>
                  ))}
                </fieldset>
              )}
              {s.id === 'kickoff' && list('criteria', 'Success criteria', 'criterion')}
              {s.id === 'sequence' && list('milestones', 'Milestones in order', 'milestone')}
              <div class="ws-row">
                <Field id={`ob-${s.id}-date`} type="date" label={`Step ${i + 1}: ${s.dateLabel.charAt(0).toLowerCase()}${s.dateLabel.slice(1)}`} value={c.steps[s.id].date} max={10} error={p.errors[`date-${s.id}`]} onInput={(v) => update((d) => (d.steps[s.id].date = v))} />
                <Field id={`ob-${s.id}-note`} label={`Step ${i + 1}: ${s.note.charAt(0).toLowerCase()}${s.note.slice(1)}`} value={c.steps[s.id].note} max={LIMITS.short} onInput={(v) => update((d) => (d.steps[s.id].note = v))} />
              </div>
              <Check checked={c.steps[s.id].done} onChange={(v) => update((d) => (d.steps[s.id].done = v))}>Step {i + 1} done</Check>
            </li>
          ))}
        </ol>
      </form>

      <section class="ws-summary" aria-labelledby="ob-summary">
        <h2 id="ob-summary">Onboarding{c.account.trim() ? `: ${c.account.trim()}` : ''}</h2>
        <dl class="ws-figures">
          <div>
            <dt>Steps done</dt>
            <dd data-output="done" data-value={p.done}>{p.done} of 7</dd>
          </div>
          <div>
            <dt>Time to value</dt>
            <dd data-output="ttv" data-value={p.ttv ?? 'n/a'}>{p.ttv === undefined ? 'Not yet: date the signature and step 6' : plural(p.ttv, 'day')}</dd>
          </div>
          {c.signed && !p.errors.signed && (
            <div>
              <dt>Signed</dt>
              <dd>{c.signed}</dd>
            </div>
          )}
        </dl>
        <div role="status">
          {p.silentFor !== undefined && <p class="board-missing" data-alert="stall">Stalled: no progress recorded for {plural(p.silentFor, 'day')}, past the {limit}-day threshold. Re-establish the goal, shrink the first win or find a new champion.</p>}
        </div>
        {(p.stalls.length > 0 || p.warnings.length > 0) && (
          <ul class="ws-flags">
            {p.stalls.map((s) => <li key={`${s.from}-${s.to}`}>Stall: {stallText(s, limit)}</li>)}
            {p.warnings.map((w) => <li key={w}>{w}</li>)}
          </ul>
        )}
        <table class="ws-table">
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">Done</th>
              <th scope="col">Date</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          <tbody>
            {STEPS.map((s, i) => (
              <tr key={s.id}>
                <th scope="row">{i + 1}. {s.title}</th>
                <td>{c.steps[s.id].done ? 'Yes' : 'No'}</td>
                <td>{c.steps[s.id].date}</td>
                <td class="ws-wrap">
                  {c.steps[s.id].note.trim()}
                  {s.id === 'handoff' && ` Carried: ${HANDOFF_ITEMS.filter((h) => c.handoff[h.id]).length} of 4.`}
                  {s.id === 'kickoff' && c.criteria.some((x) => x.trim()) && ` Criteria: ${c.criteria.filter((x) => x.trim()).join('; ')}.`}
                  {s.id === 'sequence' && c.milestones.some((x) => x.trim()) && ` Route: ${c.milestones.filter((x) => x.trim()).join(' → ')}.`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <Toolbar
          what="checklist"
          exports={[
            { label: 'Download as CSV', file: fileName('onboarding', c.account, 'csv'), type: 'text/csv', content: () => checklistCsv($onboardingChecklist.get()) },
            { label: 'Export as JSON', file: fileName('onboarding', c.account, 'json'), type: 'application/json', content: () => exportChecklist($onboardingChecklist.get()) },
          ]}
          importText={(text) => {
            const read = importChecklist(text);
            if (read) $onboardingChecklist.set(read);
            return !!read;
          }}
          reset={() => $onboardingChecklist.set(emptyChecklist())}
          example={() => $onboardingChecklist.set(exampleChecklist())}
        />
      </section>
    </div>
  );
}
