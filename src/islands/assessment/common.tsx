import { useEffect, useRef } from 'preact/hooks';

export interface Message {
  text: string;
  /** What was left out, one sentence each (rendered as text). */
  problems?: string[];
  warn?: boolean;
  /** One follow-up the reader can take, such as undoing. */
  action?: { label: string; run: () => void };
}

export function MessageView({ message }: { message: Message | undefined }) {
  if (!message) return null;
  return (
    <div class={`calc-note${message.warn ? ' warn' : ''}`} role={message.warn ? 'alert' : 'status'}>
      <p>
        {message.text}
        {message.action && (
          <>
            {' '}
            <button type="button" class="link" onClick={message.action.run}>
              {message.action.label}
            </button>
          </>
        )}
      </p>
      {message.problems && message.problems.length > 0 && (
        <ul>
          {message.problems.map((p, i) => (
            <li key={i}>{p}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

interface ConfirmProps {
  /** Unique on the page. */
  id: string;
  text: string;
  yes: string;
  no: string;
  onYes: () => void;
  onNo: () => void;
}

/** An inline question before anything is replaced or removed; focus moves to it so keyboard users land on the choice. */
export function Confirm({ id, text, yes, no, onYes, onNo }: ConfirmProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.querySelector('button')?.focus(), []);
  return (
    <div class="confirm" role="alertdialog" aria-label="Please confirm" aria-describedby={id} ref={ref}>
      <p id={id}>{text}</p>
      <button type="button" onClick={onYes}>
        {yes}
      </button>
      <button type="button" onClick={onNo}>
        {no}
      </button>
    </div>
  );
}
