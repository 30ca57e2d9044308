import { formatValue } from '../../../calculators/format';
import { $currency } from '../../../state/currency';
import { useStore } from '../../../state/use-store';
import { LIMITS, PATTERNS, SIGNALS, blankLoss, emptyForensics, exampleForensics, exportForensics, forensicsCsv, importForensics, isStarted, tally } from '../../../worksheets/churn-forensics/model';
import { $forensics } from '../../../state/worksheets/churn-forensics';
import { StorageNotices } from '../../StorageNotices';
import { Area, Check, Field, Toolbar, useWorksheet } from '../kit';

const EMPTY = emptyForensics();
const pct = (n: number) => `${Math.round(n * 10) / 10}%`;

/** Five lost customers reconstructed as stories, then tallied into the patterns that recur. */
export default function ChurnForensics() {
  const [f, update] = useWorksheet($forensics, EMPTY);
  const currency = useStore($currency, 'USD');
  const t = tally(f);
  const started = f.losses.map((l, i) => ({ l, i })).filter(({ l }) => isStarted(l));
  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <form class="ws-form ws-screen" aria-label="Churn forensics" onSubmit={(e) => e.preventDefault()} noValidate>
        <Field id="cf-quarter" label="Quarter" value={f.quarter} max={LIMITS.name} onInput={(v) => update((d) => (d.quarter = v))} />
        {f.losses.map((l, i) => (
          <section class="ws-prompt" key={i} aria-labelledby={`cf-${i}-title`}>
            <h2 id={`cf-${i}-title`}>Customer {i + 1}{l.name.trim() ? `: ${l.name.trim()}` : ''}</h2>
            <div class="ws-pair">
              <Field id={`cf-${i}-name`} label={`Customer ${i + 1}: name`} value={l.name} max={LIMITS.name} onInput={(v) => update((d) => (d.losses[i]!.name = v))} />
              <Field id={`cf-${i}-arr`} type="decimal" label={`Customer ${i + 1}: ARR lost (optional)`} value={l.arr} max={LIMITS.number} error={t.arrErrors[i]} onInput={(v) => update((d) => (d.losses[i]!.arr = v))} />
            </div>
            <Area id={`cf-${i}-months`} label="How did months one to six go?" value={l.firstMonths} max={LIMITS.story} onInput={(v) => update((d) => (d.losses[i]!.firstMonths = v))} />
            <Area id={`cf-${i}-shift`} label="When did the relationship change, and how?" value={l.shift} max={LIMITS.story} onInput={(v) => update((d) => (d.losses[i]!.shift = v))} />
            <Area id={`cf-${i}-people`} label="Who was involved, who left, who arrived?" value={l.people} max={LIMITS.story} onInput={(v) => update((d) => (d.losses[i]!.people = v))} />
            <fieldset class="tpl-rows">
              <legend>Signals that showed before they told you</legend>
              {SIGNALS.map((s) => (
                <Check key={s.id} checked={l.signals[s.id]} onChange={(v) => update((d) => (d.losses[i]!.signals[s.id] = v))}>{s.label}</Check>
              ))}
            </fieldset>
            <fieldset class="tpl-rows">
              <legend>The pattern it fits</legend>
              {PATTERNS.map((p) => (
                <Check key={p.id} checked={l.patterns[p.id]} onChange={(v) => update((d) => (d.losses[i]!.patterns[p.id] = v))}>{p.label}</Check>
              ))}
            </fieldset>
            <button type="button" onClick={() => update((d) => (d.losses[i] = blankLoss()))}>Clear customer {i + 1}</button>
          </section>
        ))}
      </form>

      <section class="ws-summary" aria-labelledby="cf-summary">
        <h2 id="cf-summary">Churn forensics{f.quarter.trim() ? `: ${f.quarter.trim()}` : ''}</h2>
        {t.count === 0 ? (
          <p role="status">No losses reconstructed yet.</p>
        ) : (
          <>
            <p class="tpl-big" role="status" data-output="early" data-value={t.early}>
              {t.early} of {t.count} losses trace back to work done, or not done, long before the renewal.
              {t.arr > 0 && ` Together they took ${formatValue(t.arr, 'currency', { currency })} of ARR.`}
            </p>
            <table class="ws-table">
              <thead>
                <tr>
                  <th scope="col">Pattern</th>
                  <th scope="col">Losses</th>
                  <th scope="col">Share</th>
                </tr>
              </thead>
              <tbody>
                {t.patterns.map((p) => (
                  <tr key={p.id} data-pattern={p.id}>
                    <th scope="row">{p.label}</th>
                    <td>{p.count} of {t.count}</td>
                    <td>{pct(p.share)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">No pattern yet</th>
                  <td>{t.unexplained} of {t.count}</td>
                  <td>{pct((t.unexplained * 100) / t.count)}</td>
                </tr>
              </tbody>
            </table>
            <ul class="ws-flags">{t.notes.map((n) => <li key={n}>{n}</li>)}</ul>
            <h3>The stories</h3>
            <table class="ws-table">
              <thead>
                <tr>
                  <th scope="col">Customer</th>
                  <th scope="col">Pattern</th>
                  <th scope="col">What changed</th>
                </tr>
              </thead>
              <tbody>
                {started.map(({ l, i }) => (
                  <tr key={i}>
                    <th scope="row">{l.name.trim() || `Customer ${i + 1}`}</th>
                    <td>{PATTERNS.filter((p) => l.patterns[p.id]).map((p) => p.label).join(', ') || 'None yet'}</td>
                    <td class="ws-wrap">{l.shift.trim()}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        <Toolbar
          what="forensics"
          exports={[
            { label: 'Download as CSV', file: 'churn-forensics.csv', type: 'text/csv', content: () => forensicsCsv($forensics.get()) },
            { label: 'Export as JSON', file: 'churn-forensics.json', type: 'application/json', content: () => exportForensics($forensics.get()) },
          ]}
          importText={(text) => {
            const read = importForensics(text);
            if (read) $forensics.set(read);
            return !!read;
          }}
          reset={() => $forensics.set(emptyForensics())}
          example={() => $forensics.set(exampleForensics())}
        />
      </section>
    </div>
  );
}
