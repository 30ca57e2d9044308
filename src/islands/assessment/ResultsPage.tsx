import { useEffect, useState } from 'preact/hooks';
import { NAME_MAX, type Answers, type QuestionSummary, type ScaleSet } from '../../assessment/types';
import { encodeResult, shareUrl } from '../../assessment/codec';
import type { Decoded } from '../../assessment/decode';
import { today } from '../../assessment/normalise-result';
import { $answers, answeredCount } from '../../state/assessment';
import { $name, $targets } from '../../state/targets';
import { storageKey } from '../../state/persist';
import { useStore } from '../../state/use-store';
import { StorageNotices } from '../StorageNotices';
import { PersonalResults } from './Results';
import { HAS_CODE, formatDate } from './text';
import { CopyText } from './CopyText';

/**
 * /assessment/results/: the reader's results, sharing and the print view. A result link
 * (`#r=` or `?r=`) shows that result read-only instead and never touches the reader's own answers.
 */
export default function ResultsPage({ questions, sets = [] }: { questions: QuestionSummary[]; sets?: ScaleSet[] }) {
  const answers = useStore($answers, {});
  const targets = useStore($targets, {});
  const [shared, setShared] = useState<Decoded>();
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // The decoder loads only when the address holds a result.
    const read = async () => {
      const link = location.search + location.hash;
      let decoded: Decoded | undefined;
      if (HAS_CODE.test(link)) {
        try {
          decoded = (await import('../../assessment/decode')).decodeResult(link);
        } catch {
          decoded = { ok: false, error: 'Part of the page failed to load; reload to try again.' };
        }
      }
      setShared(decoded);
      if (decoded?.ok) document.title = `${decoded.result.name?.trim() ? `${decoded.result.name.trim()}’s maturity results` : 'Shared maturity results'} · Customer Success Playbook`;
      setReady(true);
    };
    read();
    addEventListener('hashchange', read);
    return () => removeEventListener('hashchange', read);
  }, []);

  const printButton = (
    <button type="button" class="no-print" onClick={() => print()}>
      Print the results
    </button>
  );
  if (shared?.ok) {
    const { result, code } = shared;
    // Someone else's answers: the page says whose they are, never "yours".
    const who = result.name?.trim() || undefined;
    return (
      <section class="assessment shared" data-ready={ready || undefined} aria-labelledby="shared-title">
        <h1 id="shared-title">{who ? `${who}’s maturity results` : 'Maturity results shared with you'}</h1>
        <p class="lede no-print">
          The reading, question by question, of the answers {who ?? 'the sender'} gave on {formatDate(result.created)}: the weakest areas first, each with the next step and
          the chapter to read.
        </p>
        <p>This read-only copy comes from a link. Your own answers in this browser are untouched.</p>
        <p class="actions no-print">
          <a class="button" href="/assessment/">
            Take the assessment yourself
          </a>
          <a href={`/assessment/team/#r=${code}`}>Add this result to a team view</a>
        </p>
        <h2>{who ? `${who}’s reading` : 'The reading'}</h2>
        <PersonalResults questions={questions} sets={sets} answers={result.answers} shared />
        {printButton}
      </section>
    );
  }

  const answered = answeredCount(
    [...questions, ...sets.flatMap((s) => s.scales)].map((q) => q.id),
    answers,
  );
  return (
    <div class="assessment" data-ready={ready || undefined}>
      <h1>Your maturity results</h1>
      <div class="no-print">
        <p class="lede">
          The reading, question by question, from the answers you gave on <a href="/assessment/">the assessment</a>. The weakest areas come first, each with what
          moving up takes and the chapter to read; the scales the chapters add follow, chapter by chapter.
        </p>
        <p>
          Share the code or link below with a colleague, or collect everyone's in <a href="/assessment/team/">the team view</a>. Set targets and keep a dated history in{' '}
          <a href="/assessment/plan/">your plan</a>.
        </p>
      </div>
      <StorageNotices prefix={storageKey('assessment')} />
      {shared && (
        <p class="calc-note warn" role="alert">
          This result link could not be opened. {shared.error} Your own results follow, unchanged.
        </p>
      )}
      <section id="results" aria-labelledby="results-title">
        <h2 id="results-title">Your results</h2>
        {answered === 0 ? (
          <p>
            They appear here once you answer a question on <a href="/assessment/">the assessment</a> or one of the chapters' scales: the overall reading, a
            picture of every question and your weakest areas first.
          </p>
        ) : (
          <>
            <p class="print-only">Assessment of {formatDate(today())}.</p>
            <PersonalResults questions={questions} sets={sets} answers={answers} targets={targets} />
            <p class="actions no-print">
              {printButton}
              <a href="/assessment/">Change your answers</a>
              <a href="/assessment/plan/">Set targets and keep a history</a>
            </p>
          </>
        )}
      </section>
      {answered > 0 && <Share answers={answers} />}
    </div>
  );
}

function Share({ answers }: { answers: Answers }) {
  const name = useStore($name, '');
  const [notes, setNotes] = useState(false);
  const code = encodeResult(answers, { name, notes, created: today() });
  return (
    <section id="share" class="no-print" aria-labelledby="share-title">
      <h2 id="share-title">Share your result</h2>
      <p>
        The code and the link carry the answers themselves: nothing is stored on a server. Whoever opens the link sees the result read-only. To compare a team,
        collect everyone's codes in <a href="/assessment/team/">the team view</a>.
      </p>
      <p class="field">
        <label for="share-name">Your name on the result (optional)</label>
        <input id="share-name" type="text" value={name} maxLength={NAME_MAX} autocomplete="name" onInput={(e) => $name.set(e.currentTarget.value)} />
      </p>
      <label class="check">
        <input type="checkbox" checked={notes} onChange={(e) => setNotes(e.currentTarget.checked)} />
        <span>Include my notes (the code grows longer, and notes may say more than you mean to share)</span>
      </label>
      <CopyText id="share-code" label="Result code" value={code} />
      <CopyText id="share-url" label="Result link" value={shareUrl(location.href, code)} />
    </section>
  );
}

