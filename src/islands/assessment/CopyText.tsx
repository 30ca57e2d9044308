import { useState } from 'preact/hooks';

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
