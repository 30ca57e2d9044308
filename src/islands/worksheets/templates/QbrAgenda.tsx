import {
  GOAL_STATUS,
  LIMITS,
  SIDES,
  agendaMarkdown,
  blankAction,
  blankGoal,
  blankPerson,
  checkAgenda,
  dateErrors,
  emptyAgenda,
  exampleAgenda,
  exportAgenda,
  importAgenda,
  type Person,
  type QbrAgenda as Agenda,
} from '../../../worksheets/qbr-agenda/model';
import { $qbrAgenda } from '../../../state/worksheets/qbr-agenda';
import { StorageNotices } from '../../StorageNotices';
import { Area, Check, Field, Rows, Select, Toolbar, fileName, useWorksheet } from '../kit';

const EMPTY = emptyAgenda();
const withBlank = <T extends { value: string; label: string }>(list: readonly T[], blank: string) => [{ value: '', label: blank }, ...list];
const nonEmpty = (list: string[]) => list.map((x) => x.trim()).filter(Boolean);
const sideLabel = (v: string) => SIDES.find((s) => s.value === v)?.label ?? '';

/** The QBR agenda: fill in the three blocks, check it, print one page or take it as Markdown. */
export default function QbrAgenda() {
  const [a, update] = useWorksheet($qbrAgenda, EMPTY);
  const checks = checkAgenda(a);
  const dates = dateErrors(a);

  const people = (key: 'attendees' | 'next', legend: string, prefix: string) => (
    <Rows<Person>
      legend={legend}
      noun="person"
      rows={a[key]}
      max={LIMITS.people}
      blank={blankPerson}
      onChange={(rows) => update((d) => (d[key] = rows))}
      render={(p, i, set) => (
        <>
          <Field id={`${prefix}-${i}-name`} label={`Person ${i + 1}: name`} value={p.name} max={LIMITS.short} onInput={(v) => set((r) => (r.name = v))} />
          <Field id={`${prefix}-${i}-role`} label={`Person ${i + 1}: role`} value={p.role} max={LIMITS.short} onInput={(v) => set((r) => (r.role = v))} />
          <Select id={`${prefix}-${i}-side`} label={`Person ${i + 1}: side`} value={p.side} options={withBlank(SIDES, 'Choose')} onChange={(v) => set((r) => (r.side = v as Person['side']))} />
          <Check checked={p.decides} onChange={(c) => set((r) => (r.decides = c))}>Person {i + 1} takes decisions</Check>
        </>
      )}
    />
  );
  const lines = (key: 'helping' | 'notHelping' | 'opportunities', legend: string, noun: string) => (
    <Rows<string>
      legend={legend}
      noun={noun}
      rows={a[key]}
      max={LIMITS.rows}
      blank={() => ''}
      onChange={(rows) => update((d) => (d[key] = rows))}
      render={(x, i) => <Field id={`qa-${key}-${i}`} label={`${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${i + 1}`} value={x} max={LIMITS.short} onInput={(v) => update((d) => (d[key][i] = v))} />}
    />
  );

  const goals = a.goals.filter((g) => g.goal.trim());
  const actions = a.actions.filter((x) => x.action.trim());
  const here = a.attendees.filter((p) => p.name.trim());
  const next = a.next.filter((p) => p.name.trim());
  const who = (p: Person) => [p.name.trim(), p.role.trim(), sideLabel(p.side).toLowerCase(), p.decides ? 'takes decisions' : ''].filter(Boolean).join(', ');

  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <form class="ws-form ws-screen" aria-label="QBR agenda" onSubmit={(e) => e.preventDefault()} noValidate>
        <div class="ws-pair">
          <Field id="qa-account" label="Customer" value={a.account} max={LIMITS.short} onInput={(v) => update((d) => (d.account = v))} />
          <Field id="qa-date" type="date" label="Meeting date" value={a.date} max={10} error={dates.date} onInput={(v) => update((d) => (d.date = v))} />
        </div>
        {people('attendees', 'Attending this review', 'qa-here')}
        <section class="ws-section" aria-labelledby="qa-b1">
          <h2 id="qa-b1">1. Start with the customer, not the product</h2>
          <Rows<Agenda['goals'][number]>
            legend="Their goals this quarter, and progress"
            noun="goal"
            rows={a.goals}
            max={LIMITS.rows}
            blank={blankGoal}
            onChange={(rows) => update((d) => (d.goals = rows))}
            render={(g, i, set) => (
              <>
                <Field id={`qa-goal-${i}`} label={`Goal ${i + 1}`} value={g.goal} max={LIMITS.short} onInput={(v) => set((r) => (r.goal = v))} />
                <Select id={`qa-goal-${i}-status`} label={`Goal ${i + 1}: progress`} value={g.status} options={withBlank(GOAL_STATUS, 'Not assessed')} onChange={(v) => set((r) => (r.status = v as typeof r.status))} />
              </>
            )}
          />
          <Area id="qa-changes" label="What has changed in their business" value={a.changes} max={LIMITS.long} onInput={(v) => update((d) => (d.changes = v))} />
        </section>
        <section class="ws-section" aria-labelledby="qa-b2">
          <h2 id="qa-b2">2. Bring a point of view</h2>
          {lines('helping', 'Where the product is helping them', 'strength')}
          {lines('notHelping', 'Where it is not helping, yet', 'shortfall')}
          <Area id="qa-recommendation" label="Your recommendation: what you would do in their place" value={a.recommendation} max={LIMITS.long} rows={3} onInput={(v) => update((d) => (d.recommendation = v))} />
          {lines('opportunities', 'Opportunities they have not yet considered', 'opportunity')}
        </section>
        <section class="ws-section" aria-labelledby="qa-b3">
          <h2 id="qa-b3">3. Finish on decisions and actions</h2>
          <Rows<Agenda['actions'][number]>
            legend="Next steps, owned on both sides"
            noun="action"
            rows={a.actions}
            max={LIMITS.actions}
            blank={blankAction}
            onChange={(rows) => update((d) => (d.actions = rows))}
            render={(x, i, set) => (
              <>
                <Field id={`qa-action-${i}`} label={`Action ${i + 1}`} value={x.action} max={LIMITS.short} onInput={(v) => set((r) => (r.action = v))} />
                <Field id={`qa-action-${i}-owner`} label={`Action ${i + 1}: owner`} value={x.owner} max={LIMITS.short} onInput={(v) => set((r) => (r.owner = v))} />
                <Select id={`qa-action-${i}-side`} label={`Action ${i + 1}: side`} value={x.side} options={withBlank(SIDES, 'Choose')} onChange={(v) => set((r) => (r.side = v as typeof r.side))} />
                <Field id={`qa-action-${i}-due`} type="date" label={`Action ${i + 1}: due`} value={x.due} max={10} error={dates[`due-${i}`]} onInput={(v) => set((r) => (r.due = v))} />
              </>
            )}
          />
          {people('next', 'Invited to the next review', 'qa-next')}
        </section>
      </form>

      <section class="ws-summary" aria-labelledby="qa-title">
        <h2 id="qa-title">Business review{a.account.trim() ? `: ${a.account.trim()}` : ''}</h2>
        {(a.date || here.length > 0) && <p class="board-meta">{[a.date && !dates.date ? a.date : '', here.length ? `Attending: ${here.map(who).join('; ')}` : ''].filter(Boolean).join(' · ')}</p>}
        <ul class="tpl-checks ws-screen" aria-label="Checks">
          {checks.map((c) => (
            <li key={c.id} class={c.ok ? 'tpl-ok' : 'tpl-fail'} data-check={c.id} data-ok={String(c.ok)}>
              {c.ok ? 'Passes: ' : 'Missing: '}
              {c.text}
            </li>
          ))}
        </ul>
        <h3>1. Your business</h3>
        {goals.length ? (
          <ul>{goals.map((g, i) => <li key={i}>{g.goal.trim()}: {(GOAL_STATUS.find((s) => s.value === g.status)?.label ?? 'not assessed').toLowerCase()}</li>)}</ul>
        ) : (
          <p class="board-missing">No goals yet: the review opens on the customer’s goals.</p>
        )}
        {a.changes.trim() && <p class="ws-wrap"><strong>What has changed:</strong> {a.changes.trim()}</p>}
        <h3>2. Our point of view</h3>
        {nonEmpty(a.helping).length > 0 && <p><strong>Helping:</strong> {nonEmpty(a.helping).join('; ')}.</p>}
        {nonEmpty(a.notHelping).length > 0 && <p><strong>Not helping yet:</strong> {nonEmpty(a.notHelping).join('; ')}.</p>}
        {a.recommendation.trim() ? <p class="ws-wrap"><strong>Our recommendation:</strong> {a.recommendation.trim()}</p> : <p class="board-missing">No recommendation yet.</p>}
        {nonEmpty(a.opportunities).length > 0 && <p><strong>Worth considering:</strong> {nonEmpty(a.opportunities).join('; ')}.</p>}
        <h3>3. Decisions and next steps</h3>
        {actions.length > 0 ? (
          <table class="ws-table">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Owner</th>
                <th scope="col">Side</th>
                <th scope="col">Due</th>
              </tr>
            </thead>
            <tbody>
              {actions.map((x, i) => (
                <tr key={i}>
                  <td>{x.action.trim()}</td>
                  <td>{x.owner.trim()}</td>
                  <td>{sideLabel(x.side)}</td>
                  <td>{x.due}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p class="board-missing">No actions yet.</p>
        )}
        {next.length > 0 && <p><strong>Invited next time:</strong> {next.map(who).join('; ')}.</p>}
        <Toolbar
          what="agenda"
          exports={[
            { label: 'Download as Markdown', file: fileName('qbr-agenda', a.account, 'md'), type: 'text/markdown', content: () => agendaMarkdown($qbrAgenda.get()) },
            { label: 'Export as JSON', file: fileName('qbr-agenda', a.account, 'json'), type: 'application/json', content: () => exportAgenda($qbrAgenda.get()) },
          ]}
          importText={(text) => {
            const read = importAgenda(text);
            if (read) $qbrAgenda.set(read);
            return !!read;
          }}
          reset={() => $qbrAgenda.set(emptyAgenda())}
          example={() => $qbrAgenda.set(exampleAgenda())}
        />
      </section>
    </div>
  );
}
