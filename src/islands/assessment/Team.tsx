import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { LEVELS, LEVEL_NAMES, type QuestionSummary, type Result, type ScaleSet } from '../../assessment/types';
import type { Agreement, ChapterSpreads, PasteReport, QuestionSpread, TeamView } from '../../assessment/team';
import type { Combined } from '../../assessment/team-view';
import { MAX_PASTE_LENGTH, appendCodes, savedList } from '../../assessment/team-list';
import { today } from '../../assessment/normalise-result';
import { LevelChart } from '../../charts/LevelChart';
import { persistentAtom, setAside, storageKey } from '../../state/persist';
import { useStore } from '../../state/use-store';
import { StorageNotices } from '../StorageNotices';
import { ReadingView } from './Reading';
import { HAS_CODE, formatDate, label, plural, statusText } from './text';
import { MessageView, type Message } from '../MessageView';
import { download, files, readImport } from './file-io';
import { useKeptInput } from '../kept-input';
import { stepsFrom } from '../../assessment/move-up';

/**
 * Reading and making codes (the decoder, the encoder and the team logic) load when there is a
 * list to read or the reader adds their own answers or files: the empty page carries none of it.
 */
const logic = () => import('./team-load');

/**
 * The pasted list, kept in this browser so a reload does not lose a facilitator's work. Declared
 * here rather than in state/assessment.ts so chapter pages never load it.
 */
const $teamText = persistentAtom<string>('assessment-team', '', {
  describe: 'list of team codes',
  parse: (raw) => {
    const saved = savedList(raw);
    // A list longer than the page reads is cut, with the reader told what was kept and where the whole is.
    if (saved?.cut) {
      const n = (k: number) => k.toLocaleString('en-GB');
      setAside('assessment-team', JSON.stringify(raw), `Your saved list of team codes is longer than this page reads: the first ${n(MAX_PASTE_LENGTH)} characters are in the box, and the last ${n(saved.cut)} were left out.`, false);
    }
    return saved?.text;
  },
});

const AGREEMENT: Record<Agreement, string> = {
  split: 'Split: from poor to excellent',
  mixed: 'Mixed: two neighbouring levels',
  agree: 'Agreed',
  'no-answers': 'Nobody chose a level',
};

/** /assessment/team/: several people's codes, links or files combined, splits first. Nothing leaves the browser. */
export default function Team({ questions, sets = [] }: { questions: QuestionSummary[]; sets?: ScaleSet[] }) {
  const [text, setText] = useState('');
  const [combined, setCombined] = useState<Combined>();
  const [message, setMessage] = useState<Message>();
  const [ready, setReady] = useState(false);
  // A list pasted while the page was loading stays in the box and wins over last visit's.
  const pastedEarly = useKeptInput('team-form');

  const combine = async (value: string) => {
    setText(value);
    $teamText.set(value);
    try {
      setCombined((await logic()).combineTeam(value, questions, sets));
    } catch {
      setMessage({ warn: true, text: 'Part of the page failed to load; reload to try again.' });
    }
  };

  useEffect(() => {
    const start = async () => {
      let list = $teamText.get();
      // A result link sent to this page ("add this result to a team view") joins the list once.
      const link = location.search + location.hash;
      if (HAS_CODE.test(link)) {
        const decoded = await logic().then(
          (t) => t.decodeResult(link),
          () => ({ ok: false as const, error: 'Part of the page failed to load; reload to try again.' }),
        );
        if (!decoded.ok) setMessage({ warn: true, text: `The result in this page's link could not be added. ${decoded.error}` });
        else if (!list.includes(decoded.code)) list = appendCodes(list, [decoded.code]);
        history.replaceState(null, '', location.pathname);
      }
      // A list kept from an earlier visit waits for the reader: combining it loads the code
      // reader, which a page load must not do (DESIGN §8). A link is the reader's own action.
      if (HAS_CODE.test(link) && list.trim() !== '') await combine(list);
      else if (list.trim() !== '' && !pastedEarly) {
        setText(list);
        setMessage({
          text: 'Your list from last time is in the box.',
          actions: [
            {
              label: 'Combine it again',
              run: () => {
                setMessage(undefined);
                void combine(list);
              },
            },
          ],
        });
      }
    };
    void start().then(() => setReady(true));
  }, []);

  const importFiles = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    const { codesFromFiles } = await logic();
    const { codes, problems } = codesFromFiles(await Promise.all(files.map(async (file) => ({ name: file.name, parsed: await readImport(file) }))));
    if (codes.length > 0) await combine(appendCodes(text, codes));
    setMessage({
      warn: problems.length > 0,
      text: `${plural(codes.length, "person's answers", "people's answers")} added from ${plural(files.length, 'file')}.${problems.length > 0 ? ' Left out:' : ''}`,
      problems,
    });
  };

  const addMine = async () => {
    const { encodeResult, $answers, $name } = await logic();
    await combine(appendCodes(text, [encodeResult($answers.get(), { name: $name.get() })]));
    setMessage({ text: 'Your own answers were added to the list.' });
  };

  return (
    <div class="team" data-ready={ready ? 'true' : undefined}>
      <StorageNotices prefix={storageKey('assessment')} />
      <form
        id="team-form"
        class="no-print"
        onSubmit={(e) => {
          e.preventDefault();
          void combine(text);
        }}
      >
        <p class="field">
          <label for="team-codes">Codes or result links, one per person</label>
          <textarea id="team-codes" rows={6} spellcheck={false} value={text} aria-describedby="team-codes-hint" onInput={(e) => setText(e.currentTarget.value)} />
          <span class="hint" id="team-codes-hint">
            Separate them with new lines, spaces or commas. Nothing you paste leaves this browser; the list is kept here so a reload does not lose it.
          </span>
        </p>
        <div class="actions">
          <button type="submit">Combine the answers</button>
          <label class="file-pick">
            Import exported files
            <input class="visually-hidden" type="file" multiple accept="application/json,.json" onChange={importFiles} />
          </label>
          <button type="button" onClick={addMine}>
            Add my own answers
          </button>
        </div>
      </form>
      <MessageView message={message} />
      {combined && <Report report={combined.report} />}
      {combined?.view && <TeamResults questions={questions} sets={sets} view={combined.view} chapters={combined.chapters} results={combined.results} />}
    </div>
  );
}

function Report({ report }: { report: PasteReport }) {
  const n = report.accepted.length;
  return (
    <>
      <p role="status" data-accepted={n}>
        {n === 0 ? 'No results could be read from the list yet.' : `${plural(n, 'result')} combined.`}
      </p>
      {report.rejected.length > 0 && (
        <div class="calc-note warn" role="alert">
          <p>{plural(report.rejected.length, 'entry', 'entries')} left out; the others still count:</p>
          <ul>
            {report.rejected.map((r) => (
              <li key={r.position} data-position={r.position}>
                {r.position === 0 ? r.error : `Entry ${r.position} (“${r.source}”): ${r.error}`}
              </li>
            ))}
          </ul>
        </div>
      )}
      {report.notices.map((notice) => (
        <p class="calc-note" role="status" key={notice}>
          {notice}
        </p>
      ))}
    </>
  );
}

interface SpreadsProps {
  title: string;
  /** Shown between the chart and the list. */
  heading?: ComponentChildren;
  questions: QuestionSpread[];
  members: number;
  texts: ReadonlyMap<string, QuestionSummary>;
}

/** How many people chose each level, as a picture, then question by question with who chose what. */
function Spreads({ title, heading, questions, members, texts }: SpreadsProps) {
  const splits = questions.filter((q) => q.agreement === 'split').length;
  return (
    <>
      <LevelChart
        title={title}
        summary={`${plural(splits, 'split')} among ${plural(questions.length, 'question')}.`}
        legend="Each number is how many people chose that level; the more of the team, the darker the cell."
        columns={['Poor', 'Average', 'Excellent', 'No level', 'Agreement']}
        rows={questions.map((q) => ({
          label: label(q),
          fills: LEVELS.map((l) => (members ? q.counts[l] / members : 0)),
          marks: LEVELS.map((l) => (q.counts[l] ? String(q.counts[l]) : '')),
          cells: [...LEVELS.map((l) => String(q.counts[l])), String(q.counts.missing), AGREEMENT[q.agreement]],
        }))}
      />
      {heading}
      <ol class="weakest team-questions">
        {questions.map((q) => {
          const text = texts.get(q.id)!;
          return (
            <li key={q.id} data-question={q.id} data-agreement={q.agreement}>
              <p class="weak-title">
                <strong>{label(q)}</strong> <span class={`agreement agreement-${q.agreement}`}>{AGREEMENT[q.agreement]}</span>
              </p>
              {q.set && <p class="weak-question hint">{text.question}</p>}
              <p>
                Poor {q.counts.poor}, average {q.counts.average}, excellent {q.counts.excellent}
                {q.counts.missing > 0 && `, no level ${q.counts.missing}`}. {q.median ? `Team level: ${LEVEL_NAMES[q.median].toLowerCase()}.` : 'No team level yet.'}
              </p>
              {q.median !== 'excellent' && <p class="weak-advice">{stepsFrom(text.moveUp, q.median, q.median === 'poor' ? 'average' : 'excellent')}</p>}
              <p class="weak-read">
                Read: <a href={`/chapters/${text.chapter}/`}>{text.chapterTitle}</a>
              </p>
              <WhoChose answers={q.answers} />
            </li>
          );
        })}
      </ol>
    </>
  );
}

/**
 * Each member's answer to one question, drawn when the reader opens it: with two hundred people
 * and fifty questions, drawing every list up front would make combining take seconds.
 */
function WhoChose({ answers }: { answers: QuestionSpread['answers'] }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="no-print" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>Who chose what</summary>
      {open && (
        <ul>
          {answers.map((a) => (
            <li key={a.label}>
              {a.label}: {statusText(a)}
              {a.note !== undefined && `. Note: ${a.note}`}
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}

interface TeamResultsProps {
  questions: QuestionSummary[];
  sets: ScaleSet[];
  view: TeamView;
  chapters: ChapterSpreads[];
  results: Result[];
}

function TeamResults({ questions, sets, view, chapters, results }: TeamResultsProps) {
  const texts = new Map([...questions, ...sets.flatMap((s) => s.scales)].map((q) => [q.id, q]));
  const splits = view.questions.filter((q) => q.agreement === 'split').length;
  const exportAs = async (kind: 'json' | 'csv') => {
    const f = await files();
    const text = kind === 'json' ? f.exportJson(results) : f.exportCsv(results, [...texts.values()]);
    download(f.exportFileName(kind, today()), text, kind === 'json' ? 'application/json' : 'text/csv;charset=utf-8');
  };
  return (
    <section aria-labelledby="team-title" class="team-results">
      <h2 id="team-title">The team's picture</h2>
      <ReadingView reading={view.reading} whose="Team reading" />
      <p>
        From {plural(view.members, 'person', 'people')}. The team's level on each question is the middle answer, taking the lower of the two middle ones when the
        count is even; those levels are then scored like one person's. {splits > 0 ? `${plural(splits, 'question')} ${splits === 1 ? 'splits' : 'split'} the team: start there.` : 'No question splits the team from poor to excellent.'}
      </p>
      <Spreads title="How many people chose each level, splits first" heading={<h3>Question by question, splits first</h3>} questions={view.questions} members={view.members} texts={texts} />
      {chapters.length > 0 && (
        <section class="chapter-results" aria-labelledby="team-chapters">
          <h3 id="team-chapters">Optional chapter scales</h3>
          <p>
            The chapters' own scales that someone here answered, splits first within each chapter, read the same way. They are not part of the team reading
            above, which comes from the nine questions alone.
          </p>
          {chapters.map((c) => (
            <div class="chapter-result" key={c.set} data-set={c.set}>
              <h4>
                <a href={`/chapters/${c.set}/`}>{c.title}</a>
              </h4>
              <Spreads title={`How many people chose each level: ${c.title}`} questions={c.questions} members={view.members} texts={texts} />
            </div>
          ))}
        </section>
      )}
      <h3>People</h3>
      <table class="compact">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Date</th>
            <th scope="col">Own reading</th>
          </tr>
        </thead>
        <tbody>
          {view.people.map((p, i) => (
            <tr key={p.label}>
              <th scope="row">{p.label}</th>
              <td>{formatDate(results[i]!.created)}</td>
              <td>
                {p.reading.band ? `${p.reading.band.label}${p.reading.provisional ? ' (provisional)' : ''}, ${Math.round(p.reading.scaled!)} of 18` : 'Nothing scored'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div class="actions no-print">
        <button type="button" onClick={() => exportAs('json')}>
          Export the team as JSON
        </button>
        <button type="button" onClick={() => exportAs('csv')}>
          Export the team as CSV
        </button>
        <button type="button" onClick={() => print()}>
          Print the team's picture
        </button>
      </div>
    </section>
  );
}
