import { LEVELS, LEVEL_NAMES, type Answers, type QuestionText, type Targets } from '../../assessment/types';
import { overallReading, scoreQuestions, weakestFirst, type QuestionScore, type Reading } from '../../assessment/scoring';
import { LevelChart, type LevelRow } from '../../charts/LevelChart';
import { ReadingView } from './Reading';
import { statusText } from './text';

/** One person's picture: each question's level, with targets outlined when there are any. */
export function personalRows(scores: readonly QuestionScore[], targets: Targets = {}): LevelRow[] {
  return scores.map((s) => {
    const at = s.level ? LEVELS.indexOf(s.level) : -1;
    const target = Object.hasOwn(targets, s.id) ? LEVELS.indexOf(targets[s.id]!) : -1;
    const row: LevelRow = {
      label: `${s.order}. ${s.dimension}`,
      // The chosen level in full, the rungs below it faintly: the picture reads as a climb.
      fills: LEVELS.map((_, c) => (c === at ? 1 : c < at ? 0.25 : 0)),
      marks: s.status === 'scored' ? undefined : s.status === 'exception' ? LEVELS.map((_, c) => (c === at ? 'exception' : '')) : ['', s.status === 'unsure' ? "don't know" : 'not answered', ''],
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
  if (counts.exception) parts.push(`exception ${counts.exception}`);
  return `${parts.join(', ')}.`;
}

function advice(s: QuestionScore, moveUp: string): string {
  if (s.status === 'unsure' || s.status === 'unanswered') return 'Find out where the company stands here; until then the question stays out of the total.';
  if (s.status === 'exception') return 'A recognised exception: left out of the total and not a gap.';
  return s.level === 'excellent' ? 'At the top rung: the work is keeping it there.' : moveUp;
}

interface ResultsProps {
  questions: readonly QuestionText[];
  answers: Answers;
  targets?: Targets;
}

/** Reading, picture and the weakest areas first, each with what moving up takes and where to read. */
export function PersonalResults({ questions, answers, targets = {} }: ResultsProps) {
  const reading = overallReading(questions, answers);
  const scores = scoreQuestions(questions, answers);
  const byId = new Map(questions.map((q) => [q.id, q]));
  return (
    <div class="results">
      <ReadingView reading={reading} />
      <p class="reading-counts">{countsText(reading)}</p>
      <LevelChart
        title="Level per question"
        summary={countsText(reading)}
        legend={`Solid: the level chosen. Pale: the rungs below it.${Object.keys(targets).length > 0 ? ' Dashed outline: your target.' : ''}`}
        columns={['Level', 'Target']}
        rows={personalRows(scores, targets)}
      />
      <h3>Weakest areas first</h3>
      <ol class="weakest">
        {weakestFirst(scores).map((s) => {
          const q = byId.get(s.id)!;
          return (
            <li key={s.id} data-question={s.id} data-status={s.level ?? s.status}>
              <p class="weak-title">
                <strong>
                  {s.order}. {s.dimension}
                </strong>{' '}
                <span class="weak-level">{statusText(s)}</span>
              </p>
              <p class="weak-advice">{advice(s, q.moveUp)}</p>
              {s.note !== undefined && <p class="weak-note">Note: {s.note}</p>}
              <p class="weak-read">
                Read: <a href={`/chapters/${q.chapter}/`}>{q.chapterTitle}</a>
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
