import { useEffect, useState } from 'preact/hooks';
import { LEVELS, LEVEL_NAMES, type Answers, type Level, type QuestionSummary, type Result, type ScaleSet, type Targets } from '../../assessment/types';
import { actionList, movement, overallReading, scoreQuestions, type ActionItem, type QuestionScore } from '../../assessment/scoring';
import { answeredOnly } from '../../assessment/sets';
import { clipForMessage, isIsoDate, normaliseAnswers, normaliseName, today } from '../../assessment/normalise-result';
import { $answers, answeredCount, replaceAnswers } from '../../state/assessment';
import { $history, $name, $targets, removeFromHistory, saveToHistory, setTarget } from '../../state/plan';
import { storageKey } from '../../state/persist';
import { useStore } from '../../state/use-store';
import { StorageNotices } from '../StorageNotices';
import { formatDate, label, plural, statusText } from './text';
import { Confirm, replaced } from './common';
import { MessageView, type Message } from '../MessageView';
import { download, files, readImport } from './file-io';
import { stepsFrom } from '../../assessment/move-up';

interface Props {
  questions: QuestionSummary[];
  /** The chapters' optional scales. */
  sets?: ScaleSet[];
}
interface Section {
  questions: QuestionSummary[];
  sets: ScaleSet[];
  answers: Answers;
  /** The nine and every chapter scale, by id. */
  texts: ReadonlyMap<string, QuestionSummary>;
}

/** /assessment/plan/: targets and the action list, dated history, and export and import. */
export default function Plan({ questions, sets = [] }: Props) {
  const answers = useStore($answers, {});
  const targets = useStore($targets, {});
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  const texts = new Map([...questions, ...sets.flatMap((s) => s.scales)].map((q) => [q.id, q]));
  const answered = answeredCount([...texts.keys()], answers);
  const props = { questions, sets, answers, texts };
  return (
    <div class="assessment" data-ready={ready || undefined}>
      <StorageNotices prefix={storageKey('assessment')} />
      {answered === 0 && (
        <p>
          Answer at least one question on <a href="/assessment/">the assessment</a> to set targets; you can still import an exported file below.
        </p>
      )}
      {answered > 0 && <TargetsAndActions {...props} targets={targets} />}
      <History
        {...props}
        complete={
          answeredCount(
            questions.map((q) => q.id),
            answers,
          ) === questions.length
        }
      />
      <Files {...props} targets={targets} />
    </div>
  );
}

function TargetsAndActions({ questions, sets, answers, texts, targets }: Section & { targets: Targets }) {
  // Chapter scales take part once answered (a level or "don't know"), chapter by chapter.
  const parts = sets.map((s) => ({ ...s, scales: answeredOnly(s.scales, answers) })).filter((s) => s.scales.length > 0);
  const scales = parts.flatMap((s) => s.scales);
  const framework = actionList(questions, answers, targets);
  const chapters = actionList(scales, answers, targets);
  const excellent = () => $targets.set({ ...targets, ...Object.fromEntries([...questions, ...scales].map((q) => [q.id, 'excellent'])) });
  return (
    <section id="targets" class="no-print" aria-labelledby="targets-title">
      <h2 id="targets-title">Targets and actions</h2>
      <p>Choose where each question should stand by, say, the next quarterly review. The action list puts the biggest gaps first.</p>
      <TargetTable scores={scoreQuestions(questions, answers)} targets={targets} texts={texts} />
      {parts.length > 0 && (
        <>
          <h3>Optional chapter scales you have answered</h3>
          {parts.map((p) => (
            <TargetTable key={p.set} caption={p.title} scores={scoreQuestions(p.scales, answers)} targets={targets} texts={texts} />
          ))}
        </>
      )}
      <p>
        <button type="button" onClick={excellent}>
          Aim for excellent everywhere
        </button>
      </p>
      <h3>Action list</h3>
      {framework.length + chapters.length === 0 ? (
        <p>{Object.keys(targets).length > 0 ? 'Every question with a target has reached it.' : 'No targets yet: set one above and the actions appear here.'}</p>
      ) : (
        <>
          <Actions items={framework} texts={texts} />
          {chapters.length > 0 && (
            <>
              <h4>From the chapters' scales</h4>
              <Actions items={chapters} texts={texts} />
            </>
          )}
        </>
      )}
    </section>
  );
}

/** A target per question; a chapter's table is captioned with its title, and its scales show their question. */
function TargetTable({ caption, scores, targets, texts }: { caption?: string; scores: QuestionScore[]; targets: Targets; texts: ReadonlyMap<string, QuestionSummary> }) {
  return (
    <table class="compact">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">Question</th>
          <th scope="col">Now</th>
          <th scope="col">Target</th>
        </tr>
      </thead>
      <tbody>
        {scores.map((s) => (
          <tr key={s.id}>
            <th scope="row">
              {label(s)}
              {s.set && (
                <>
                  <br />
                  <span class="hint">{texts.get(s.id)!.question}</span>
                </>
              )}
            </th>
            <td>{statusText(s)}</td>
            <td>
              <select
                aria-label={`Target for ${caption ? `${caption}, scale` : 'question'} ${s.position ?? s.order}, ${s.dimension}`}
                value={targets[s.id] ?? ''}
                onChange={(e) => setTarget(s.id, (e.currentTarget.value || undefined) as Level | undefined)}
              >
                <option value="">No target</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {LEVEL_NAMES[l]}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Actions biggest gap first, each with what moving up takes and the chapter that explains it. */
function Actions({ items, texts }: { items: ActionItem[]; texts: ReadonlyMap<string, QuestionSummary> }) {
  if (items.length === 0) return null;
  return (
    <ol class="action-list">
      {items.map((item) => (
        <li key={item.id} data-question={item.id}>
          <strong>{label(item)}</strong>
          : {item.current ? LEVEL_NAMES[item.current] : 'not known yet'} to {LEVEL_NAMES[item.target]}
          {item.gap === null ? ', so find out where you stand first. ' : ` (${plural(item.gap, 'rung')} to climb). `}
          {stepsFrom(item.moveUp, item.current ?? undefined, item.target)} <a href={`/chapters/${item.chapter}/`}>Read: {texts.get(item.id)!.chapterTitle}</a>
        </li>
      ))}
    </ol>
  );
}

function History({ questions, answers, texts, complete }: Section & { complete: boolean }) {
  const history = useStore($history, []);
  const [date, setDate] = useState(today());
  const [message, setMessage] = useState<Message>();
  const [removing, setRemoving] = useState<string>();
  if (!complete && history.length === 0) return null;

  const save = () => {
    if (!isIsoDate(date)) return setMessage({ warn: true, text: 'Enter the date as a real calendar date.' });
    // The chapters' scales are kept with the nine, so their movement shows too.
    const how = saveToHistory(date, normaliseAnswers(answers, [...texts.keys()]));
    setMessage({ text: `${how === 'replaced' ? 'Replaced the assessment kept for' : 'Kept as the assessment of'} ${formatDate(date)}.` });
  };
  const [prev, last] = history.slice(-2);
  const changes = prev && last ? movement([...texts.values()], prev.answers, last.answers).filter((c) => c.change) : [];

  return (
    <section id="history" class="no-print" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      <p>
        Keep each completed assessment with its date, with any chapter scales you answered. Repeated every quarter, the list shows whether the company is moving; the
        reading comes from the nine questions.
      </p>
      {complete ? (
        <p class="history-save">
          <label for="history-date">Date of this assessment</label>
          <input id="history-date" type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} />
          <button type="button" onClick={save}>
            Keep in history
          </button>
        </p>
      ) : (
        <p>Answer all {questions.length} questions ("don't know" counts) to keep this assessment in your history.</p>
      )}
      <MessageView message={message} />
      {removing && (
        <Confirm
          id="confirm-remove"
          text={`Remove the assessment of ${formatDate(removing)} from your history?`}
          yes="Remove it"
          no="Keep it"
          onYes={() => {
            removeFromHistory(removing);
            setRemoving(undefined);
            setMessage({ text: `Removed the assessment of ${formatDate(removing)}.` });
          }}
          onNo={() => setRemoving(undefined)}
        />
      )}
      {history.length > 0 && (
        <table class="compact">
          <caption>Kept assessments, latest first</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Reading</th>
              <th scope="col">Points</th>
              <th scope="col">
                <span class="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {[...history].reverse().map((h) => {
              const r = overallReading(questions, h.answers);
              return (
                <tr key={h.date}>
                  <th scope="row">{formatDate(h.date)}</th>
                  <td>{r.band ? `${r.band.label}${r.provisional ? ' (provisional)' : ''}` : 'Nothing scored'}</td>
                  <td>{r.scaled === null ? 'None' : `${Math.round(r.scaled)} of 18`}</td>
                  <td>
                    <button type="button" class="link" onClick={() => setRemoving(h.date)} aria-label={`Remove the assessment of ${formatDate(h.date)}`}>
                      Remove
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {prev && last && (
        <>
          <h3>Movement since {formatDate(prev.date)}</h3>
          {changes.length === 0 ? (
            <p>No question changed level between the last two assessments.</p>
          ) : (
            <ul>
              {changes.map((c) => (
                <li key={c.id}>
                  {texts.get(c.id)!.set ? `${texts.get(c.id)!.chapterTitle}, ${label(texts.get(c.id)!)}` : c.dimension}: {LEVEL_NAMES[c.before!]} to {LEVEL_NAMES[c.after!]}, {c.change! > 0 ? 'up' : 'down'} {plural(Math.abs(c.change!), 'rung')}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}

interface Pending {
  result: Result;
  targets: Targets;
  rejected: string[];
  file: string;
}

function Files({ answers, texts, targets }: Section & { targets: Targets }) {
  const name = useStore($name, '');
  const [pending, setPending] = useState<Pending>();
  const [message, setMessage] = useState<Message>();
  const ids = [...texts.keys()];
  const mine = normaliseAnswers(answers, ids);
  const empty = Object.keys(mine).length === 0;
  const count = (a: Answers) => plural(answeredCount(ids, a), 'answer');

  const exportAs = async (kind: 'json' | 'csv') => {
    const f = await files();
    const person: Result = { version: 1, created: today(), answers: mine };
    const clean = normaliseName(name);
    if (clean !== undefined) person.name = clean;
    const text = kind === 'json' ? f.exportJson([person], { targets }) : f.exportCsv([person], [...texts.values()]);
    download(f.exportFileName(kind, today()), text, kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
  };

  const upload = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const named = `“${clipForMessage(file.name, 60)}”`;
    const parsed = await readImport(file);
    if (!parsed.ok) return setMessage({ warn: true, text: `${named} was not imported, and nothing was changed. ${parsed.error}` });
    const [result, ...others] = parsed.people;
    if (!result || others.length > 0) {
      const text = result ? `holds ${parsed.people.length} people's answers; the team view combines them` : 'holds no answers that could be read';
      return setMessage({ warn: true, text: `${named} ${text}. Nothing was changed.`, problems: parsed.rejected });
    }
    const next = { result, targets: parsed.targets, rejected: parsed.rejected, file: named };
    if (empty && Object.keys(targets).length === 0) apply(next);
    else setPending(next);
  };

  const apply = ({ result, targets: fileTargets, rejected, file }: Pending) => {
    const { backup, previous } = replaceAnswers(result.answers);
    if (Object.keys(fileTargets).length > 0) $targets.set(fileTargets);
    if (result.name !== undefined) $name.set(result.name);
    setPending(undefined);
    const done = replaced(`Imported ${count(result.answers)} from ${file}.`, backup, previous);
    setMessage({ ...done, text: `${done.text}${rejected.length > 0 ? ' Left out of the file:' : ''}`, warn: done.warn || rejected.length > 0, problems: rejected });
  };

  return (
    <section id="files" class="no-print" aria-labelledby="files-title">
      <h2 id="files-title">Export and import</h2>
      <p>
        JSON keeps everything, the chapters' scales and targets included, and imports back here. CSV opens in a spreadsheet, with a row for each of the nine
        questions and each chapter scale you answered. Nothing is uploaded anywhere.
      </p>
      <div class="actions">
        <button type="button" disabled={empty} onClick={() => exportAs('json')}>
          Export as JSON
        </button>
        <button type="button" disabled={empty} onClick={() => exportAs('csv')}>
          Export as CSV
        </button>
        <label class="file-pick">
          Import a JSON file
          <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
        </label>
      </div>
      {pending && (
        <Confirm
          id="confirm-import"
          text={`Replace your current answers${Object.keys(pending.targets).length > 0 ? ' and targets' : ''} with the ${count(pending.result.answers)} in ${pending.file}? A copy of your current answers is kept in this browser.`}
          yes="Replace them"
          no="Keep mine"
          onYes={() => apply(pending)}
          onNo={() => {
            setPending(undefined);
            setMessage({ text: 'Nothing was imported; your answers are unchanged.' });
          }}
        />
      )}
      <MessageView message={message} />
    </section>
  );
}
