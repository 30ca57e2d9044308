import { useEffect, useRef, useState } from 'preact/hooks';

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

/**
 * A read-only text with a Copy button, falling back to selecting the text where the clipboard
 * is refused. (The calculators' CopyField lives in their shared chunk, which this page does not load.)
 */
export function CopyText({ id, label, value }: { id: string; label: string; value: string }) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
      setStatus('Selected: press Ctrl+C (or Cmd+C) to copy.');
    }
  };
  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      <input id={id} type="text" readOnly value={value} />
      <button type="button" onClick={copy}>
        Copy
      </button>
      <span class="copy-status" role="status">
        {status}
      </span>
    </div>
  );
}
