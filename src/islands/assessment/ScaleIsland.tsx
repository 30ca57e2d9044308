import { useEffect, useState } from 'preact/hooks';
import { LEVELS, LEVEL_NAMES, NOTE_MAX, type QuestionText } from '../../assessment/types';
import { normaliseNote } from '../../assessment/normalise';
import { stepsFrom } from '../../assessment/move-up';
import { $answers, setAnswer } from '../../state/assessment';
import { storageKey } from '../../state/persist';
import { useStore } from '../../state/use-store';
import { StorageNotices } from '../StorageNotices';
import { useKeptInput } from '../kept-input';

export interface ScaleProps {
  q: QuestionText;
  /** Unique on the page; names the radio group and prefixes element ids. */
  uid: string;
}

/**
 * One maturity question: a native radio group (arrow keys move and choose), an optional note and,
 * once answered, what moving up takes. Inline in a chapter and on /assessment/ it reads and writes
 * the same saved answer. The hint is revealed by CSS (:has a checked level), so it also works
 * before the island hydrates.
 */
export function ScaleView({ q, uid, full, hydrating = true }: ScaleProps & { full?: boolean; hydrating?: boolean }) {
  // Hydrating, the first render matches the server's (nothing answered); drawn fresh in the
  // browser, it starts from the saved answers.
  const answers = useStore($answers, hydrating ? {} : undefined);
  const answer = answers[q.id];
  const [note, setNote] = useState(hydrating ? '' : (answer?.note ?? ''));
  // Follows changes made elsewhere (another scale, another tab, an import) without fighting the
  // reader's typing: the store holds the trimmed note, the box what was typed.
  useEffect(() => {
    if (normaliseNote(note) !== answer?.note) setNote(answer?.note ?? '');
  }, [answer?.note]);
  const choice = answer?.level ?? (answer?.unsure ? 'unsure' : undefined);
  const group = `${uid}-level`;
  // A level tapped or a note typed while the page was still loading is saved, not undone.
  useKeptInput(full ? q.id : uid);
  return (
    <fieldset class="scale" id={full ? q.id : uid} data-scale={q.id}>
      <legend>
        <span class="scale-dimension">
          {q.framework && `Question ${q.order} · `}
          {q.dimension}
        </span>
        <span class="scale-question">{q.question}</span>
      </legend>
      {/* The level descriptions repeat the chapter's words many times over: search finds the question. */}
      <div class="scale-levels" data-pagefind-ignore="index">
        {LEVELS.map((level) => (
          <label class="scale-level" key={level}>
            <input type="radio" name={group} value={level} checked={choice === level} onChange={() => setAnswer(q.id, { level, unsure: undefined })} />
            <span>
              <strong>{LEVEL_NAMES[level]}.</strong> {q.levels[level]}
            </span>
          </label>
        ))}
        <label class="scale-level">
          <input type="radio" name={group} value="unsure" checked={choice === 'unsure'} onChange={() => setAnswer(q.id, { level: undefined, unsure: true })} />
          <span>
            <strong>Don't know.</strong> Not scored: your results list it as something to find out.
          </span>
        </label>
      </div>
      {q.exception && (
        <label class="scale-exception">
          <input type="checkbox" checked={answer?.exception === true} onChange={(e) => setAnswer(q.id, { exception: e.currentTarget.checked || undefined })} />
          <span>{q.exception}</span>
        </label>
      )}
      <label class="scale-note" for={`${uid}-note`}>
        Note <span class="visually-hidden">on {q.framework ? `question ${q.order}` : `“${q.dimension}”`}</span> (optional, saved as you type)
      </label>
      <textarea
        id={`${uid}-note`}
        rows={2}
        maxLength={NOTE_MAX}
        value={note}
        onInput={(e) => {
          const text = e.currentTarget.value;
          setNote(text);
          setAnswer(q.id, { note: text });
        }}
      />
      {/* Every step is in the HTML and CSS shows the one from the level ticked, so the right advice
          appears even before the island runs. "Don't know" shows the whole climb. */}
      <div class="scale-next" data-pagefind-ignore="index">
        {(['poor', 'average', 'unsure'] as const).map((from) => (
          <p class={`step step-${from}`} key={from}>
            <strong>What moving up takes.</strong> {stepsFrom(q.moveUp, from === 'unsure' ? undefined : from, from === 'poor' ? 'average' : 'excellent')}
          </p>
        ))}
        <p class="step step-excellent">
          <strong>At the top level.</strong> The work now is keeping it there.
        </p>
        <p>
          Read more: <a href={`/chapters/${q.chapter}/`}>{q.chapterTitle}</a>
        </p>
      </div>
      {!full && (
        <p class="scale-foot">
          <span role="status">{choice ? 'Saved in this browser.' : ''}</span> {q.framework && <a href={`/assessment/#${q.id}`}>All nine questions and your results</a>}
        </p>
      )}
    </fieldset>
  );
}

// A chapter holds several scales: the first one to hydrate shows the notices, once.
let noticesShownBy: string | undefined;

/** The inline scale of a chapter (`<Scale id>`), hydrated when it scrolls into view. */
export default function ScaleIsland(props: ScaleProps) {
  const [showNotices, setShowNotices] = useState(false);
  useEffect(() => {
    noticesShownBy ??= props.uid;
    setShowNotices(noticesShownBy === props.uid);
  }, []);
  return (
    <>
      {showNotices && <StorageNotices prefix={storageKey('assessment')} />}
      <ScaleView {...props} />
    </>
  );
}
