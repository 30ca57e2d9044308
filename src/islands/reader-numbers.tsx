import type { WritableAtom } from 'nanostores';
import type { ComponentType } from 'preact';
import type { CalculatorModel } from '../calculators/contract';
import { profileField, type Mode, type Profile } from '../calculators/profile';
import { profileFill, type ProfileFill } from '../calculators/sources';
import { $mode, $profile } from '../state/profile';

/**
 * What a calculator needs to start from the reader's own figures (DESIGN §4a): the switch
 * between the book's example and "my numbers", the saved figures, what they fill, and the note
 * that says so. The calculators whose fields take a saved figure pass it to CalculatorView
 * (`numbers={readerNumbers}`); the others, and their pages, do without the code.
 */
export interface ReaderNumbers {
  $mode: WritableAtom<Mode>;
  $profile: WritableAtom<Profile>;
  fill: (model: CalculatorModel, profile: Profile) => ProfileFill;
  Note: ComponentType<{ fill: ProfileFill }>;
}

/** Which of the reader's figures filled this calculator, and what would make the rest theirs. */
function FillNote({ fill }: { fill: ProfileFill }) {
  const list = (labels: string[]) => new Intl.ListFormat('en-GB').format(labels);
  // "Expansion ARR" reads "expansion ARR" mid-sentence; "ARR a year ago" keeps its capitals.
  const midSentence = (label: string) => label.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
  return (
    <div class="calc-note" role="status">
      <p>
        {fill.filled.length
          ? `From your numbers: ${list(fill.filled.map((f) => (f.derived ? `${f.label} (worked out as ${f.derived})` : f.label)))}.`
          : 'None of your numbers apply here yet, so this shows the book’s example.'}{' '}
        <a href="/my-numbers/">Edit my numbers</a>
      </p>
      {fill.unfilled.map((u) => (
        <p key={u.labels.join()}>
          Still the book’s example: {list(u.labels)}.{' '}
          {u.problem ?? (
            <>
              To make {u.labels.length > 1 ? 'them' : 'it'} yours, add {list(u.needs.map((k) => midSentence(profileField(k).label)))} on{' '}
              <a href={`/my-numbers/?focus=${u.needs[0]}`}>My numbers</a>.
            </>
          )}
        </p>
      ))}
    </div>
  );
}

export const readerNumbers: ReaderNumbers = { $mode, $profile, fill: profileFill, Note: FillNote };
