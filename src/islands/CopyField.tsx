import { useState } from 'preact/hooks';

interface Props {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
}

/** A read-only text with a Copy button; falls back to selecting the text where the clipboard is refused. */
export function CopyField({ id, label, value, multiline }: Props) {
  const [status, setStatus] = useState('');
  const copy = async (event: Event) => {
    const box = (event.currentTarget as HTMLElement).parentElement?.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
    try {
      await navigator.clipboard.writeText(value);
      setStatus('Copied.');
    } catch {
      box?.select();
      setStatus('Selected: press Ctrl+C (or Cmd+C) to copy.');
    }
  };
  return (
    <div class="copy-field">
      <label for={id}>{label}</label>
      {multiline ? <textarea id={id} readOnly rows={3} value={value} /> : <input id={id} type="text" readOnly value={value} />}
      <button type="button" onClick={copy}>Copy</button>
      <span class="copy-status" role="status">{status}</span>
    </div>
  );
}
