import {
  GROUPS,
  LIMITS,
  SIGNALS,
  STATUS_LABELS,
  emptyWorksheet,
  exampleWorksheet,
  exportWorksheet,
  importWorksheet,
  score,
  worksheetCsv,
} from '../../../worksheets/health-score/model';
import { $healthWorksheet } from '../../../state/worksheets/health-score';
import { StorageNotices } from '../../StorageNotices';
import { Check, Field, Toolbar, fileName, useWorksheet } from '../kit';

const EMPTY = emptyWorksheet();
const shown = (n: number | null, dp = 1) => (n === null ? 'No data' : String(Math.round(n * 10 ** dp) / 10 ** dp));

/** The customer health score worksheet: eleven signals, the reader's weights and cut-offs. */
export default function HealthScore() {
  const [ws, update] = useWorksheet($healthWorksheet, EMPTY);
  const s = score(ws);
  const err = (id: string) => s.errors[id];
  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <form class="ws-form ws-screen" aria-label="Health score worksheet" onSubmit={(e) => e.preventDefault()} noValidate>
        <Field id="hs-account" label="Account" value={ws.account} max={LIMITS.account} onInput={(v) => update((d) => (d.account = v))} />
        <section class="ws-section" aria-labelledby="hs-weights">
          <h2 id="hs-weights">1. Your weights</h2>
          <p>Three weights that total 100%. The book gives none: set them from the signals that moved first before your own customers left.</p>
          <div class="ws-row">
            {GROUPS.map((g) => (
              <Field key={g.id} id={`hs-weight-${g.id}`} label={`${g.name} weight (%)`} type="decimal" value={ws.weights[g.id]} max={LIMITS.number} error={err(`weight-${g.id}`)} onInput={(v) => update((d) => (d.weights[g.id] = v))} />
            ))}
          </div>
          <p class="hint" role="status">{s.weightTotal === null ? 'Weights so far: not all set.' : `Weights total ${s.weightTotal}%.`}</p>
          <Check checked={ws.fromChurn} onChange={(c) => update((d) => (d.fromChurn = c))}>These weights come from a review of customers we lost</Check>
        </section>
        {GROUPS.map((g, n) => (
          <section class="ws-section" key={g.id} aria-labelledby={`hs-${g.id}`}>
            <h2 id={`hs-${g.id}`}>{n + 2}. {g.name} signals</h2>
            {SIGNALS.filter((x) => x.group === g.id).map((x) => (
              <div class="ws-prompt tpl-signal" key={x.id}>
                <Field id={`hs-${x.id}`} label={`${x.label}: score 0 to 100`} type="decimal" value={ws.scores[x.id]} max={LIMITS.number} hint={`${x.hint} Leave blank without data.`} error={err(`score-${x.id}`)} onInput={(v) => update((d) => (d.scores[x.id] = v))} />
                <Field id={`hs-${x.id}-note`} label={`Evidence for ${x.label.charAt(0).toLowerCase()}${x.label.slice(1)}`} value={ws.notes[x.id]} max={LIMITS.note} onInput={(v) => update((d) => (d.notes[x.id] = v))} />
              </div>
            ))}
          </section>
        ))}
        <section class="ws-section" aria-labelledby="hs-cuts">
          <h2 id="hs-cuts">5. Your status cut-offs</h2>
          <div class="ws-row">
            <Field id="hs-green" label="Green at or above" type="decimal" value={ws.green} max={LIMITS.number} error={err('green')} onInput={(v) => update((d) => (d.green = v))} />
            <Field id="hs-yellow" label="Yellow at or above (red below)" type="decimal" value={ws.yellow} max={LIMITS.number} error={err('yellow')} onInput={(v) => update((d) => (d.yellow = v))} />
          </div>
        </section>
      </form>

      <section class="ws-summary" aria-labelledby="hs-result">
        <h2 id="hs-result">Health score{ws.account.trim() ? `: ${ws.account.trim()}` : ''}</h2>
        <p class="tpl-big" role="status" data-output="composite" data-value={s.composite === null ? 'n/a' : Math.round(s.composite * 100) / 100}>
          {s.composite === null ? s.why : <>Composite score <strong>{Math.round(s.composite)}</strong> out of 100{s.status && <> · <span class={`tpl-status tpl-${s.status}`}>{STATUS_LABELS[s.status]}</span></>}</>}
        </p>
        {s.composite !== null && !s.status && <p>Set both cut-offs to see a status.</p>}
        {s.warnings.length > 0 && <ul class="ws-flags">{s.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
        <table class="ws-table">
          <caption class="visually-hidden">Signals, scores and weights</caption>
          <thead>
            <tr>
              <th scope="col">Signal</th>
              <th scope="col">Score</th>
              <th scope="col">Evidence</th>
            </tr>
          </thead>
          {GROUPS.map((g) => (
            <tbody key={g.id}>
              <tr class="tpl-group">
                <th scope="rowgroup" colSpan={3}>
                  {g.name}: weight {ws.weights[g.id].trim() ? `${ws.weights[g.id].trim()}%` : 'not set'}, group score <span data-group={g.id}>{shown(s.groups[g.id])}</span>
                </th>
              </tr>
              {SIGNALS.filter((x) => x.group === g.id).map((x) => (
                <tr key={x.id}>
                  <th scope="row">{x.label}</th>
                  <td>{shown(s.signals[x.id], 0)}</td>
                  <td class="ws-wrap">{ws.notes[x.id]}</td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
        <p class="hint">Each group scores the mean of its scored signals, and the composite is the weighted mean of the groups with data. Both conventions, and the cut-offs, are yours to change.</p>
        <Toolbar
          what="worksheet"
          exports={[
            { label: 'Export as JSON', file: fileName('health-score', ws.account, 'json'), type: 'application/json', content: () => exportWorksheet($healthWorksheet.get()) },
            { label: 'Download as CSV', file: fileName('health-score', ws.account, 'csv'), type: 'text/csv', content: () => worksheetCsv($healthWorksheet.get()) },
          ]}
          importText={(text) => {
            const read = importWorksheet(text);
            if (read) $healthWorksheet.set(read);
            return !!read;
          }}
          reset={() => $healthWorksheet.set(emptyWorksheet())}
          example={() => $healthWorksheet.set(exampleWorksheet())}
        />
      </section>
    </div>
  );
}
