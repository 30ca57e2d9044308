import { LIMITS, ROLES, addSystem, checkMap, emptyMap, exampleMap, exportMap, importMap, mapCsv, removeSystem, type Role } from '../../../worksheets/source-of-truth-map/model';
import { $sourceMap } from '../../../state/worksheets/source-of-truth-map';
import { StorageNotices } from '../../StorageNotices';
import { Field, Toolbar, useWorksheet } from '../kit';

const EMPTY = emptyMap();
const ROLE_TEXT: Record<Role, string> = { '': '', owns: 'Owns', reads: 'Reads' };

/** Which system owns each kind of customer data, which only read it, and the rule when they disagree. */
export default function SourceOfTruthMap() {
  const [m, update] = useWorksheet($sourceMap, EMPTY);
  const check = checkMap(m);
  const sys = (i: number) => m.systems[i]!.trim() || `System ${i + 1}`;
  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <form class="ws-form ws-screen" aria-label="Source-of-truth map" onSubmit={(e) => e.preventDefault()} noValidate>
        <fieldset class="tpl-rows">
          <legend>Your systems</legend>
          <div class="ws-row">
            {m.systems.map((s, i) => (
              <div key={i}>
                <Field id={`st-system-${i}`} label={`System ${i + 1}`} value={s} max={LIMITS.name} onInput={(v) => update((d) => (d.systems[i] = v))} />
                {m.systems.length > 1 && (
                  <button type="button" onClick={() => $sourceMap.set(removeSystem($sourceMap.get(), i))}>
                    Remove {sys(i)}
                  </button>
                )}
              </div>
            ))}
          </div>
          {m.systems.length < LIMITS.systems && (
            <button type="button" onClick={() => $sourceMap.set(addSystem($sourceMap.get(), ''))}>
              Add a system
            </button>
          )}
        </fieldset>
        <div class="tpl-grid">
          <table>
            <caption>For each kind of data: which system owns it, which only read it</caption>
            <thead>
              <tr>
                <th scope="col">Kind of data</th>
                {m.systems.map((_, i) => (
                  <th scope="col" key={i}>{sys(i)}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {m.kinds.map((k, r) => (
                <tr key={r}>
                  <th scope="row">
                    <label class="visually-hidden" for={`st-kind-${r}`}>Kind of data {r + 1}</label>
                    <input id={`st-kind-${r}`} type="text" maxLength={LIMITS.name} value={k.name} onInput={(e) => update((d) => (d.kinds[r]!.name = (e.currentTarget as HTMLInputElement).value.slice(0, LIMITS.name)))} />
                  </th>
                  {m.systems.map((_, c) => (
                    <td key={c}>
                      <select aria-label={`${k.name.trim() || `Kind ${r + 1}`} in ${sys(c)}`} value={k.cells[c]} onChange={(e) => update((d) => (d.kinds[r]!.cells[c] = (e.currentTarget as HTMLSelectElement).value as Role))}>
                        <option value="">Not held</option>
                        {ROLES.map((o) => (
                          <option key={o.value} value={o.value}>{o.label}</option>
                        ))}
                      </select>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div class="actions">
          {m.kinds.length < LIMITS.kinds && (
            <button type="button" onClick={() => update((d) => d.kinds.push({ name: '', cells: d.systems.map(() => ''), rule: '' }))}>
              Add a kind of data
            </button>
          )}
          {m.kinds.length > 1 && (
            <button type="button" onClick={() => update((d) => d.kinds.pop())}>
              Remove the last kind of data
            </button>
          )}
        </div>
        <fieldset class="tpl-rows">
          <legend>When two systems disagree, which wins?</legend>
          {check.rows.map((row, r) =>
            row.needsRule ? <Field key={r} id={`st-rule-${r}`} label={`Rule for ${row.name || `kind ${r + 1}`}`} value={m.kinds[r]!.rule} max={LIMITS.rule} onInput={(v) => update((d) => (d.kinds[r]!.rule = v))} /> : null,
          )}
          {!check.rows.some((r) => r.needsRule) && <p class="hint">No kind of data is held in more than one system yet.</p>}
        </fieldset>
      </form>

      <section class="ws-summary tpl-map" aria-labelledby="st-summary">
        <h2 id="st-summary">Source-of-truth map</h2>
        <p class="tpl-big" role="status" data-output="sound" data-value={check.sound}>
          {check.sound} of {check.named} kinds of data have exactly one owning system.
        </p>
        <table class="ws-table">
          <thead>
            <tr>
              <th scope="col">Kind of data</th>
              {m.systems.map((_, i) => (
                <th scope="col" key={i}>{sys(i)}</th>
              ))}
              <th scope="col">Check</th>
            </tr>
          </thead>
          <tbody>
            {m.kinds.map((k, r) => (
              <tr key={r} data-state={check.rows[r]!.state}>
                <th scope="row">{k.name.trim() || `Kind ${r + 1}`}</th>
                {k.cells.map((c, i) => (
                  <td key={i}>{ROLE_TEXT[c]}</td>
                ))}
                <td class={check.rows[r]!.state === 'one-owner' && !check.rows[r]!.message.includes('Write down') ? 'tpl-ok' : 'board-missing'}>
                  {check.rows[r]!.message}
                  {k.rule.trim() && ` Rule: ${k.rule.trim()}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {check.idle.length > 0 && <p>Own no data here: {check.idle.join(', ')}. Each earns its place only as a view over the others; otherwise it is a candidate to retire.</p>}
        <Toolbar
          what="map"
          exports={[
            { label: 'Download as CSV', file: 'source-of-truth-map.csv', type: 'text/csv', content: () => mapCsv($sourceMap.get()) },
            { label: 'Export as JSON', file: 'source-of-truth-map.json', type: 'application/json', content: () => exportMap($sourceMap.get()) },
          ]}
          importText={(text) => {
            const read = importMap(text);
            if (read) $sourceMap.set(read);
            return !!read;
          }}
          reset={() => $sourceMap.set(emptyMap())}
          example={() => $sourceMap.set(exampleMap())}
        />
      </section>
    </div>
  );
}
