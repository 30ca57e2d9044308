import { useEffect, useRef } from 'preact/hooks';
import type { ParsedImport } from '../../assessment/files';

/** Hands the reader a file made in the browser; nothing is uploaded. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The file code (import, export), loaded when a reader first uses it rather than with the page. */
export const files = () => import('../../assessment/files');

/**
 * Reads an exported JSON file. The size is checked before reading: a character of text is at
 * most four bytes of UTF-8, so anything larger cannot be within the character limit.
 */
export async function readImport(file: File): Promise<ParsedImport> {
  const { MAX_FILE_CHARS, parseImport } = await files();
  if (file.size > MAX_FILE_CHARS * 4) {
    return { ok: false, error: `The file is ${(file.size / 1e6).toFixed(1)} MB; an assessment export is far smaller, so it was not read.` };
  }
  try {
    return parseImport(await file.text());
  } catch {
    return { ok: false, error: 'The file could not be read.' };
  }
}

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
