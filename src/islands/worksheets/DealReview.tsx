import { useEffect, useState } from 'preact/hooks';
import { $dealReview } from '../../state/worksheets/deal-review';
import { $currency } from '../../state/currency';
import { useStore } from '../../state/use-store';
import { formatValue } from '../../calculators/format';
import {
  assess,
  contractValue,
  emptyReview,
  exportReview,
  importReview,
  MILESTONES,
  NOTE_MAX,
  ACCOUNT_MAX,
  PROMPTS,
  RISKS,
  SECTIONS,
  STATUSES,
  STATUS_LABELS,
  type DealReview as Review,
  type PromptStatus,
} from '../../worksheets/deal-review/model';
import { Choice } from './Choice';
import { StorageNotices } from '../StorageNotices';
import { useKeptInput } from '../kept-input';
import { download, importOver, today } from './files';

const EMPTY = emptyReview();
const STATUS_TEXT: Record<PromptStatus, string> = { '': 'Not reviewed', documented: 'Documented', unknown: 'Unknown', na: 'Not applicable' };

/** The internal deal review: fill it in, see readiness and flags, print the handoff summary. */
export default function DealReview() {
  const review = useStore($dealReview, EMPTY);
  const currency = useStore($currency, 'USD');
  const [message, setMessage] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  // The print date is set after hydration so the server's HTML and the first render agree.
  const [printed, setPrinted] = useState('');
  useEffect(() => setPrinted(today()), []);
  const a = assess(review);
  const money = (n: number) => formatValue(n, 'currency', { currency });
  const valueError = contractValue(review.value).error;

  const update = (change: (draft: Review) => void) => {
    const draft = structuredClone($dealReview.get());
    change(draft);
    $dealReview.set(draft);
  };

  const upload = async (event: Event) => {
    const said = await importOver(event, $dealReview, 'deal-review', importReview, emptyReview(), 'review');
    if (said) setMessage(said);
  };

  // Whatever was typed or ticked while the page loaded is saved like any other answer.
  useKeptInput('deal-review');
  const reds = a.flags.filter((f) => f.level === 'red');
  const ambers = a.flags.filter((f) => f.level === 'amber');

  return (
    <div class="ws" id="deal-review">
      <StorageNotices />
      <p class="ws-saved ws-screen">Your answers save in this browser as you type, and stay here: nothing is sent anywhere, and nothing goes into the page address.</p>
      <form class="ws-form ws-screen" onSubmit={(e) => e.preventDefault()} noValidate aria-label="Deal review">
        <div class="ws-pair">
          <div class="field">
            <label for="dr-account">Account name</label>
            <input id="dr-account" type="text" maxLength={ACCOUNT_MAX} value={review.account} onInput={(e) => update((d) => (d.account = (e.currentTarget as HTMLInputElement).value))} />
          </div>
          <div class={`field${valueError ? ' invalid' : ''}`}>
            <label for="dr-value">Contract value (optional)</label>
            <input
              id="dr-value"
              type="text"
              inputMode="decimal"
              autoComplete="off"
              value={review.value}
              aria-invalid={valueError ? 'true' : undefined}
              aria-describedby={valueError ? 'dr-value-error' : 'dr-value-hint'}
              onInput={(e) => update((d) => (d.value = (e.currentTarget as HTMLInputElement).value.slice(0, 40)))}
            />
            {valueError ? <p class="error" id="dr-value-error">{valueError}</p> : <p class="hint" id="dr-value-hint">Shown beside the red flags as the money at stake.</p>}
          </div>
        </div>
        {SECTIONS.map((section, n) => (
          <section class="ws-section" key={section.id} aria-labelledby={`dr-${section.id}`}>
            <h2 id={`dr-${section.id}`}>{n + 1}. {section.name}</h2>
            {PROMPTS.filter((p) => p.section === section.id).map((p) => (
              <div class="ws-prompt" key={p.id}>
                <Choice
                  name={`dr-${p.id}`}
                  legend={p.label}
                  hint={p.capture}
                  options={STATUSES}
                  value={review.prompts[p.id].status}
                  onChange={(v) => update((d) => (d.prompts[p.id].status = v as PromptStatus))}
                />
                {p.id === 'icp-status' && (
                  <Choice
                    name="dr-icp-fit"
                    legend="Does the customer fit the ICP?"
                    options={[
                      { value: 'yes', label: 'Yes' },
                      { value: 'no', label: 'No' },
                    ]}
                    value={review.icpFit}
                    onChange={(v) => update((d) => (d.icpFit = v as Review['icpFit']))}
                  />
                )}
                {RISKS.filter((r) => r.prompt === p.id && (r.id !== 'raised' || review.risks['outside-icp'])).map((r) => (
                  <label class="ws-check" key={r.id}>
                    <input type="checkbox" checked={review.risks[r.id]} onChange={(e) => update((d) => (d.risks[r.id] = (e.currentTarget as HTMLInputElement).checked))} />
                    <span>{r.label}</span>
                  </label>
                ))}
                {p.id === 'integration-audit' && (
                  <p class="ws-caution">
                    Why this prompt exists: a $250,000 deal once included an integration that did not exist. Delivery had never heard of it, product had not planned it, and the deal was unwound. It was not the last such case.
                  </p>
                )}
                <label class="ws-note-label" for={`dr-${p.id}-note`}>Note on {p.label.toLowerCase()}</label>
                <textarea
                  id={`dr-${p.id}-note`}
                  rows={2}
                  maxLength={NOTE_MAX}
                  value={review.prompts[p.id].note}
                  aria-describedby={`dr-${p.id}-count`}
                  onInput={(e) => update((d) => (d.prompts[p.id].note = (e.currentTarget as HTMLTextAreaElement).value.slice(0, NOTE_MAX)))}
                />
                <p class="hint" id={`dr-${p.id}-count`}>{review.prompts[p.id].note.length} of {NOTE_MAX} characters</p>
              </div>
            ))}
          </section>
        ))}
        <section class="ws-section" aria-labelledby="dr-milestones">
          <h2 id="dr-milestones">5. Handover milestones</h2>
          {MILESTONES.map((m) => (
            <label class="ws-check" key={m.id}>
              <input type="checkbox" checked={review.milestones[m.id]} onChange={(e) => update((d) => (d.milestones[m.id] = (e.currentTarget as HTMLInputElement).checked))} />
              <span>{m.label}</span>
            </label>
          ))}
        </section>
      </form>

      <section class="ws-summary" aria-labelledby="dr-summary">
        <h2 id="dr-summary">Handoff summary{review.account.trim() ? `: ${review.account.trim()}` : ''}</h2>
        <p class="ws-print-only">Internal deal review{printed && `, printed ${printed}`}.</p>
        <p class={`ws-status ws-${a.status}`} role="status" data-status={a.status}>
          {STATUS_LABELS[a.status]}
        </p>
        <ul class="ws-reasons">{a.reasons.map((r) => <li key={r}>{r}</li>)}</ul>
        <dl class="ws-figures">
          <div>
            <dt>Readiness</dt>
            <dd data-readiness={a.readiness === null ? 'undefined' : Math.round(a.readiness)}>
              {a.readiness === null ? 'Cannot be measured: every prompt is marked not applicable' : `${Math.round(a.readiness)}% (${a.documented} of ${a.applicable} applicable prompts documented)`}
            </dd>
          </div>
          <div>
            <dt>Handover milestones</dt>
            <dd>{a.milestones} of 4 in place</dd>
          </div>
          {a.value !== undefined && (
            <div>
              <dt>Contract value</dt>
              <dd>{money(a.value)}</dd>
            </div>
          )}
        </dl>
        {reds.length > 0 && (
          <>
            <h3>Red flags{a.value !== undefined ? `: ${money(a.value)} at stake` : ''}</h3>
            <ul class="ws-flags">{reds.map((f) => <li class="ws-red" key={f.text}><strong>Red</strong> · {f.from}: {f.text}</li>)}</ul>
          </>
        )}
        {ambers.length > 0 && (
          <>
            <h3>Conditions</h3>
            <ul class="ws-flags">{ambers.map((f) => <li class="ws-amber" key={f.text}><strong>Amber</strong> · {f.from}: {f.text}</li>)}</ul>
          </>
        )}
        <h3>The twelve prompts</h3>
        <table class="ws-table">
          <thead>
            <tr>
              <th scope="col">Prompt</th>
              <th scope="col">Status</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {PROMPTS.map((p) => (
              <tr key={p.id}>
                <th scope="row">{p.label}</th>
                <td>{STATUS_TEXT[review.prompts[p.id].status]}{p.id === 'icp-status' && review.icpFit ? ` (fits: ${review.icpFit})` : ''}</td>
                <td class="ws-wrap">{review.prompts[p.id].note}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div class="actions ws-screen">
          <button type="button" onClick={() => window.print()}>Print the handoff summary</button>
          <button type="button" onClick={() => download(`deal-review${review.account.trim() ? `-${review.account.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-')}` : ''}.json`, exportReview($dealReview.get()), 'application/json')}>
            Export as JSON
          </button>
          <label class="button">
            Import a JSON file
            <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
          </label>
          <button type="button" onClick={() => setConfirming(true)}>Start a new review</button>
        </div>
        {confirming && (
          <div class="confirm ws-screen" role="alertdialog" aria-labelledby="dr-confirm">
            <p id="dr-confirm">Clear this review and start a new one? Export it first if you want to keep it.</p>
            <button type="button" onClick={() => ($dealReview.set(emptyReview()), setConfirming(false), setMessage('Started a new review.'))}>Clear it</button>
            <button type="button" onClick={() => setConfirming(false)}>Keep it</button>
          </div>
        )}
        {message && <p class="calc-note ws-screen" role="status">{message}</p>}
      </section>
    </div>
  );
}
