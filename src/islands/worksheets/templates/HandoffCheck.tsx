import { ITEMS, LIMITS, assessHandoff, emptyHandoff, exampleHandoff, exportHandoff, handoffMarkdown, importHandoff, type ItemId } from '../../../worksheets/handoff-check/model';
import { $handoffCheck } from '../../../state/worksheets/handoff-check';
import { Choice } from '../Choice';
import { StorageNotices } from '../../StorageNotices';
import { Area, Field, Toolbar, fileName, useWorksheet } from '../kit';

const EMPTY = emptyHandoff();

/** The Sales-to-CS handoff as a saved, printable document, scored by the handoff-check calculator. */
export default function HandoffCheck() {
  const [h, update] = useWorksheet($handoffCheck, EMPTY);
  const r = assessHandoff(h);
  const label = (id: ItemId) => ITEMS.find((i) => i.id === id)!.options.find((o) => o.value === h.status[id])?.label;
  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <form class="ws-form ws-screen" aria-label="Handoff check" onSubmit={(e) => e.preventDefault()} noValidate>
        <div class="ws-row">
          <Field id="hc-account" label="Customer" value={h.account} max={LIMITS.short} onInput={(v) => update((d) => (d.account = v))} />
          <Field id="hc-date" type="date" label="Handoff meeting" value={h.date} max={10} onInput={(v) => update((d) => (d.date = v))} />
          <Field id="hc-seller" label="Handed over by" value={h.seller} max={LIMITS.short} onInput={(v) => update((d) => (d.seller = v))} />
          <Field id="hc-csm" label="Received by" value={h.csm} max={LIMITS.short} onInput={(v) => update((d) => (d.csm = v))} />
        </div>
        {ITEMS.map((item) => (
          <div class="ws-prompt" key={item.id}>
            <Choice name={`hc-${item.id}`} legend={item.label} options={item.options} value={h.status[item.id as ItemId]} onChange={(v) => update((d) => (d.status[item.id as ItemId] = v))} />
            <Area id={`hc-${item.id}-note`} label={`What was handed over: ${item.label.charAt(0).toLowerCase()}${item.label.slice(1)}`} value={h.notes[item.id as ItemId]} max={LIMITS.note} onInput={(v) => update((d) => (d.notes[item.id as ItemId] = v))} />
          </div>
        ))}
      </form>
      <section class="ws-summary" aria-labelledby="hc-summary">
        <h2 id="hc-summary">Sales-to-CS handoff{h.account.trim() ? `: ${h.account.trim()}` : ''}</h2>
        {(h.date || h.seller.trim() || h.csm.trim()) && <p class="board-meta">{[h.date, h.seller.trim() && `From ${h.seller.trim()}`, h.csm.trim() && `to ${h.csm.trim()}`].filter(Boolean).join(' · ')}</p>}
        <p class="tpl-big" role="status">
          Handed over: <strong data-output="score" data-value={r.score}>{r.score} of 4</strong>. Still missing: {r.missing.charAt(0).toLowerCase()}{r.missing.slice(1)}.
        </p>
        {r.asks.length > 0 && (
          <ul class="ws-flags">
            {r.asks.map((a) => (
              <li key={a.text} class={a.level === 'warning' ? 'ws-red' : undefined}>{a.level === 'warning' ? <strong>Warning: </strong> : null}{a.text}</li>
            ))}
          </ul>
        )}
        <table class="ws-table">
          <thead>
            <tr>
              <th scope="col">Item</th>
              <th scope="col">Status</th>
              <th scope="col">What was handed over</th>
            </tr>
          </thead>
          <tbody>
            {ITEMS.map((item) => (
              <tr key={item.id}>
                <th scope="row">{item.label}</th>
                <td>{label(item.id as ItemId)}</td>
                <td class="ws-wrap">{h.notes[item.id as ItemId]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Toolbar
          what="handoff check"
          exports={[
            { label: 'Download as Markdown', file: fileName('handoff', h.account, 'md'), type: 'text/markdown', content: () => handoffMarkdown($handoffCheck.get()) },
            { label: 'Export as JSON', file: fileName('handoff', h.account, 'json'), type: 'application/json', content: () => exportHandoff($handoffCheck.get()) },
          ]}
          importText={(text) => {
            const read = importHandoff(text);
            if (read) $handoffCheck.set(read);
            return !!read;
          }}
          reset={() => $handoffCheck.set(emptyHandoff())}
          example={() => $handoffCheck.set(exampleHandoff())}
        />
      </section>
    </div>
  );
}
