import { useEffect, useRef } from 'preact/hooks';
import type { Answers } from '../../assessment/types';
import { today } from '../../assessment/normalise-result';
import { download, files } from './file-io';
import type { Message } from '../MessageView';


/**
 * The message after the reader's answers were replaced: where the copy of the old ones is kept
 * or, when the browser would not keep one, a download of them as an importable file; and an
 * undo where the caller offers one. No backup is ever named that was not written.
 */
export function replaced(done: string, backup: string | undefined, previous: Answers, undo?: () => void): Message {
  const actions = undo ? [{ label: 'Undo', run: undo }] : [];
  if (backup) return { text: `${done} A copy of the previous answers is kept in this browser under "${backup}".`, actions };
  const save = () => files().then((f) => download(f.exportFileName('json', today()), f.exportJson([{ version: 1, created: today(), answers: previous }]), 'application/json'));
  return {
    text: `${done} This browser would not keep a copy of the previous answers (its storage is full or blocked): download them if you may need them.`,
    warn: true,
    actions: [...actions, { label: 'Download the previous answers', run: () => void save() }],
  };
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
