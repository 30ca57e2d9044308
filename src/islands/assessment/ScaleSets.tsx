import { useEffect, useState } from 'preact/hooks';
import type { QuestionText } from '../../assessment/types';
import { $answers, answeredCount } from '../../state/assessment';
import { useStore } from '../../state/use-store';
import { ScaleView } from './ScaleIsland';
import { plural } from './text';

/** A chapter's optional scales, scored on /assessment/ in a folded section of their own. */
export interface SetList {
  set: string;
  title: string;
  scales: QuestionText[];
}

/**
 * The scales of one chapter on /assessment/, inside a closed `<details>`. Fifty-odd scales written
 * into the page made its first layout four times slower, so the server writes a line pointing to the
 * chapter's own scale page, and this island, woken when the section is opened and the line comes
 * into view, puts the scales in its place.
 */
export function SetScales({ set, scales }: { set: string; scales: QuestionText[] }) {
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(true), []);
  if (!open)
    return (
      <p class="set-waiting">
        These scales appear here once the page has loaded; you can also score them on <a href={`/assessment/chapter/${set}/`}>their own page</a>.
      </p>
    );
  return (
    <>
      {scales.map((q) => (
        <ScaleView key={q.id} q={q} uid={`s-${q.id}`} full hydrating={false} />
      ))}
    </>
  );
}

/** "(2 of 6 answered)" beside a chapter's title; until the saved answers are read, the count of scales. */
export function SetCount({ ids }: { ids: string[] }) {
  const answers = useStore($answers, {});
  const [ready, setReady] = useState(false);
  useEffect(() => setReady(true), []);
  return <span class="set-count">({ready ? `${answeredCount(ids, answers)} of ${ids.length} answered` : plural(ids.length, 'scale')})</span>;
}
