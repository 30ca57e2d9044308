import { useEffect, useState } from 'preact/hooks';
import type { QuestionText } from '../../assessment/types';
import { overallReading } from '../../assessment/scoring';
import { $answers, answeredCount, replaceAnswers } from '../../state/assessment';
import { storageKey } from '../../state/persist';
import { useStore } from '../../state/use-store';
import { ScaleView } from './ScaleIsland';
import { StorageNotices } from '../StorageNotices';
import { ReadingView } from './Reading';
import { HAS_CODE } from './text';
import { Confirm, replaced } from './common';
import { MessageView, type Message } from '../MessageView';

/**
 * /assessment/: the nine questions, progress, "start again" and a short summary (the chapters'
 * scales follow on the page, in ScaleSets). The full results, sharing and printing live on
 * /assessment/results/, and targets, history and files on /assessment/plan/, so each page loads
 * only what it shows.
 */
export default function Assessment({ questions }: { questions: QuestionText[] }) {
  const answers = useStore($answers, {});
  const [ready, setReady] = useState(false);

  useEffect(() => {
    // Result links made before the results had their own page (`/assessment/#r=…`) still open.
    const link = location.search + location.hash;
    if (HAS_CODE.test(link)) location.replace(`/assessment/results/${link}`);
    else setReady(true);
  }, []);

  const answered = answeredCount(
    questions.map((q) => q.id),
    answers,
  );
  return (
    <div class="assessment" data-ready={ready || undefined}>
      <StorageNotices prefix={storageKey('assessment')} />
      <p id="progress-text">
        <strong data-answered={answered}>
          {answered} of {questions.length} answered
        </strong>
        . Each answer saves in this browser as you choose it.
      </p>
      <progress max={questions.length} value={answered} aria-labelledby="progress-text" />
      {questions.map((q) => (
        <ScaleView key={q.id} q={q} uid={`a${q.order}`} full />
      ))}
      <StartAgain answered={answered} />
      <section id="summary" aria-labelledby="summary-title">
        <h2 id="summary-title">Your results</h2>
        {answered === 0 ? (
          <p>A reading appears here once you answer a question.</p>
        ) : (
          <ReadingView reading={overallReading(questions, answers)} />
        )}
        <p class="actions">
          <a class="button" href="/assessment/results/">
            Full results: picture, weakest areas, sharing and printing
          </a>
          <a href="/assessment/plan/">Targets, history and files</a>
        </p>
      </section>
    </div>
  );
}

function StartAgain({ answered }: { answered: number }) {
  const [asking, setAsking] = useState(false);
  const [message, setMessage] = useState<Message>();
  const clear = () => {
    const { backup, previous } = replaceAnswers({});
    setAsking(false);
    setMessage(replaced('Your answers and notes are cleared.', backup, previous, () => ($answers.set(previous), setMessage({ text: 'Your answers are back.' }))));
  };
  return (
    <div class="start-again">
      <button type="button" onClick={() => setAsking(true)} disabled={answered === 0}>
        Start again
      </button>
      {asking && (
        <Confirm
          id="confirm-clear"
          text="Clear every answer and note? Targets and history stay, and a copy of the answers is kept in this browser."
          yes="Clear my answers"
          no="Keep them"
          onYes={clear}
          onNo={() => setAsking(false)}
        />
      )}
      <MessageView message={message} />
    </div>
  );
}

