import type { ComponentChildren } from 'preact';
import { LEVELS, LEVEL_NAMES, type Answers, type QuestionSummary, type ScaleSet, type Targets } from '../../assessment/types';
import { overallReading, scoreQuestions, weakestFirst, type QuestionScore, type Reading } from '../../assessment/scoring';
import { answeredOnly } from '../../assessment/sets';
import { LevelChart, type LevelRow } from '../../charts/LevelChart';
import { ReadingView } from './Reading';
import { stepsFrom } from '../../assessment/move-up';
import { label, plural, statusText } from './text';

/** One person's picture: each question's level, with targets outlined when there are any. */
export function personalRows(scores: readonly QuestionScore[], targets: Targets = {}): LevelRow[] {
  return scores.map((s) => {
    const at = s.level ? LEVELS.indexOf(s.level) : -1;
    const target = Object.hasOwn(targets, s.id) ? LEVELS.indexOf(targets[s.id]!) : -1;
    const row: LevelRow = {
      label: label(s),
      // The chosen level in full, the rungs below it faintly: the picture reads as a climb.
      fills: LEVELS.map((_, c) => (c === at ? 1 : c < at ? 0.25 : 0)),
      marks: s.status === 'scored' ? (s.exception ? LEVELS.map((_, c) => (c === at ? 'exception' : '')) : undefined) : ['', s.status === 'unsure' ? "don't know" : 'not answered', ''],
      cells: [statusText(s), target >= 0 ? LEVEL_NAMES[LEVELS[target]!] : 'None'],
    };
    if (target >= 0) row.target = target;
    return row;
  });
}

function countsText(reading: Reading): string {
  const { counts } = reading;
  const parts = [`Poor ${counts.poor}`, `average ${counts.average}`, `excellent ${counts.excellent}`];
  if (counts.unsure) parts.push(`don't know ${counts.unsure}`);
  if (counts.unanswered) parts.push(`not answered ${counts.unanswered}`);
  if (counts.exception) parts.push(`with the named accounts excepted ${counts.exception}`);
  return `${parts.join(', ')}.`;
}

function advice(s: QuestionScore): string {
  if (s.status === 'unsure' || s.status === 'unanswered') return `Find out where the company stands here${s.set ? '.' : '; until then the question stays out of the total.'}`;
  const top = s.level === 'excellent' ? 'At the top rung: the work is keeping it there.' : stepsFrom(s.moveUp, s.level, s.level === 'poor' ? 'average' : 'excellent');
  return s.exception ? `Scored for the rest of the base; the largest long-cycle accounts that stay with their seller are a recognised exception. ${top}` : top;
}

interface PictureProps {
  title: string;
  /** Shown between the chart and the list. */
  heading?: ComponentChildren;
  scores: QuestionScore[];
  answers: Answers;
  targets: Targets;
  /** Question texts by id, for the chapter to read. */
  texts: ReadonlyMap<string, QuestionSummary>;
}

/** The picture of some questions, then the same questions weakest first, each with what moving up takes and where to read. */
function Picture({ title, heading, scores, answers, targets, texts }: PictureProps) {
  const summary = countsText(overallReading(scores, answers));
  return (
    <>
      <LevelChart
        title={title}
        summary={summary}
        legend={`Solid: the level chosen. Pale: the rungs below it.${Object.keys(targets).length > 0 ? ' Dashed outline: your target.' : ''}`}
        columns={['Level', 'Target']}
        rows={personalRows(scores, targets)}
      />
      {heading}
      <ol class="weakest">
        {weakestFirst(scores).map((s) => {
          const q = texts.get(s.id)!;
          return (
            <li key={s.id} data-question={s.id} data-status={s.level ?? s.status}>
              <p class="weak-title">
                <strong>{label(s)}</strong> <span class="weak-level">{statusText(s)}</span>
              </p>
              {s.set && <p class="weak-question hint">{q.question}</p>}
              <p class="weak-advice">{advice(s)}</p>
              {s.note !== undefined && <p class="weak-note">Note: {s.note}</p>}
              <p class="weak-read">
                Read: <a href={`/chapters/${q.chapter}/`}>{q.chapterTitle}</a>
              </p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

interface ResultsProps {
  questions: readonly QuestionSummary[];
  /** The chapters' optional scales. */
  sets?: readonly ScaleSet[];
  answers: Answers;
  targets?: Targets;
  /** Someone else's result from a link: chapters it holds no answers for are left out rather than offered for scoring. */
  shared?: boolean;
}

/** Reading, picture and the weakest areas first; then the chapters' optional scales the same way, apart from the reading. */
export function PersonalResults({ questions, sets = [], answers, targets = {}, shared }: ResultsProps) {
  const reading = overallReading(questions, answers);
  const texts = new Map([...questions, ...sets.flatMap((s) => s.scales)].map((q) => [q.id, q]));
  const parts = sets.map((s) => ({ ...s, scores: scoreQuestions(answeredOnly(s.scales, answers), answers) }));
  const scored = parts.filter((p) => p.scores.length > 0);
  const unscored = parts.filter((p) => p.scores.length === 0);
  return (
    <div class="results">
      <ReadingView reading={reading} />
      <p class="reading-counts">{countsText(reading)}</p>
      <Picture title="Level per question" heading={<h3>Weakest areas first</h3>} scores={scoreQuestions(questions, answers)} answers={answers} targets={targets} texts={texts} />
      {sets.length > 0 && (
        <section class={`chapter-results${scored.length ? '' : ' no-print'}`} aria-labelledby="chapter-scales">
          <h3 id="chapter-scales">Optional chapter scales</h3>
          <p>
            {scored.length === 0 && shared
              ? "This result holds no answers to the chapters' own scales."
              : "The scales the chapters add, weakest first within each chapter. They are not part of the nine-question reading above: its points and band come from the framework alone."}
          </p>
          {scored.map((p) => (
            <div class="chapter-result" key={p.set} data-set={p.set}>
              <h4>
                <a href={`/chapters/${p.set}/`}>{p.title}</a>
              </h4>
              <Picture title={`Level per scale: ${p.title}`} scores={p.scores} answers={answers} targets={targets} texts={texts} />
              {!shared && p.scores.length < p.scales.length && (
                <p class="no-print">
                  {plural(p.scales.length - p.scores.length, 'scale')} not answered yet: <a href={`/assessment/chapter/${p.set}/`}>score {p.title}</a>.
                </p>
              )}
            </div>
          ))}
          {!shared && unscored.length > 0 && (
            <ul class="no-print">
              {unscored.map((p) => (
                <li key={p.set}>
                  <a href={`/assessment/chapter/${p.set}/`}>Score {p.title}</a>: {plural(p.scales.length, 'scale')}, none answered yet.
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
