/**
 * The pieces every template shares: a store binding that edits a copy, labelled fields that show
 * their error beside them, and the toolbar (print, export, import, start again). The domain
 * (src/worksheets) decides what is valid; these only bind and render.
 */
import type { ComponentChildren } from 'preact';
import type { WritableAtom } from 'nanostores';
import { useState } from 'preact/hooks';
import { useStore } from '../../state/use-store';
import { chosenFile, download } from './files';

/** The worksheet and a function that edits a copy of it; the first render uses `initial` so hydration matches. */
export function useWorksheet<T>($store: WritableAtom<T>, initial: T): [T, (change: (draft: T) => void) => void] {
  const value = useStore($store, initial);
  const update = (change: (draft: T) => void) => {
    const draft = structuredClone($store.get());
    change(draft);
    $store.set(draft);
  };
  return [value, update];
}

const valueOf = (e: Event) => (e.currentTarget as HTMLInputElement | HTMLTextAreaElement).value;

interface FieldProps {
  id: string;
  label: ComponentChildren;
  value: string;
  onInput: (value: string) => void;
  max: number;
  hint?: ComponentChildren;
  error?: string;
  /** `decimal` shows a number keypad; `date` a date picker. */
  type?: 'text' | 'decimal' | 'date';
  class?: string;
}

/** A one-line field with its label, hint and error, wired for screen readers. */
export function Field({ id, label, value, onInput, max, hint, error, type = 'text', class: cls }: FieldProps) {
  const described = error ? `${id}-error` : hint ? `${id}-hint` : undefined;
  return (
    <div class={`field${error ? ' invalid' : ''}${cls ? ` ${cls}` : ''}`}>
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type === 'date' ? 'date' : 'text'}
        inputMode={type === 'decimal' ? 'decimal' : undefined}
        autoComplete="off"
        maxLength={type === 'date' ? undefined : max}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described}
        onInput={(e) => onInput(valueOf(e).slice(0, max))}
      />
      {error ? <p class="error" id={`${id}-error`}>{error}</p> : hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
    </div>
  );
}

/** A text area with a character count. */
export function Area({ id, label, value, onInput, max, hint, rows = 2 }: Omit<FieldProps, 'type' | 'error'> & { rows?: number }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint && <p class="hint" id={`${id}-hint`}>{hint}</p>}
      <textarea id={id} rows={rows} maxLength={max} value={value} aria-describedby={`${hint ? `${id}-hint ` : ''}${id}-count`} onInput={(e) => onInput(valueOf(e).slice(0, max))} />
      <p class="hint ws-count" id={`${id}-count`}>{value.length} of {max} characters</p>
    </div>
  );
}

export function Check({ checked, onChange, children }: { checked: boolean; onChange: (checked: boolean) => void; children: ComponentChildren }) {
  return (
    <label class="ws-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
      <span>{children}</span>
    </label>
  );
}

/** A select with its label; options are value and label pairs, the first usually blank. */
export function Select({ id, label, value, options, onChange }: { id: string; label: ComponentChildren; value: string; options: readonly { value: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
}

export interface Export {
  label: string;
  file: string;
  type: string;
  /** The file's text; a promise when its code loads on the reader's click. */
  content: () => string | Promise<string>;
}

interface ToolbarProps {
  /** The document's name in the buttons: "Print the worksheet". */
  what: string;
  exports: Export[];
  /** Reads an imported file; undefined when it is not this template's export. */
  importText: (text: string) => boolean;
  reset: () => void;
  /** Offered beside "start again" when the template has a worked example. */
  example?: () => void | Promise<void>;
}

/** Print, export, import and start again: the same controls on every template. */
export function Toolbar({ what, exports, importText, reset, example }: ToolbarProps) {
  const [message, setMessage] = useState<string>();
  const [confirming, setConfirming] = useState<'reset' | 'example' | undefined>();
  const upload = async (event: Event) => {
    const file = await chosenFile(event);
    if (!file) return;
    if (file.text !== undefined && importText(file.text)) setMessage(`Loaded "${file.name}".`);
    else setMessage(file.error ?? `"${file.name}" is not a ${what} exported from this playbook, so nothing was changed.`);
  };
  return (
    <div class="ws-screen">
      <div class="actions">
        <button type="button" onClick={() => window.print()}>Print the {what}</button>
        {exports.map((x) => (
          <button type="button" key={x.label} onClick={async () => download(x.file, await x.content(), x.type)}>
            {x.label}
          </button>
        ))}
        <label class="button">
          Import a JSON file
          <input class="visually-hidden" type="file" accept="application/json,.json" onChange={upload} />
        </label>
        {example && <button type="button" onClick={() => setConfirming('example')}>Load the book’s example</button>}
        <button type="button" onClick={() => setConfirming('reset')}>Start again</button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="ws-confirm">
          <p id="ws-confirm">{confirming === 'reset' ? `Clear this ${what} and start again?` : `Replace what is here with the book’s example?`} Export it first if you want to keep it.</p>
          <button
            type="button"
            onClick={async () => {
              await (confirming === 'reset' ? reset : example!)();
              setMessage(confirming === 'reset' ? 'Started again.' : 'Loaded the book’s example.');
              setConfirming(undefined);
            }}
          >
            {confirming === 'reset' ? 'Clear it' : 'Load the example'}
          </button>
          <button type="button" onClick={() => setConfirming(undefined)}>Keep it</button>
        </div>
      )}
      {message && <p class="calc-note" role="status">{message}</p>}
    </div>
  );
}

/** Lower-cases and hyphenates a name for a file name ("Acme Corp" → "acme-corp"). */
export const fileName = (base: string, name: string, ext: string) => {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${base}${slug ? `-${slug}` : ''}.${ext}`;
};

interface RowsProps<T> {
  legend: string;
  /** Names one row for the remove button: "goal 2". */
  noun: string;
  rows: T[];
  max: number;
  blank: () => T;
  onChange: (rows: T[]) => void;
  render: (row: T, i: number, set: (change: (row: T) => void) => void) => ComponentChildren;
}

/** An editable list of rows with add and remove buttons, capped at `max`. */
export function Rows<T>({ legend, noun, rows, max, blank, onChange, render }: RowsProps<T>) {
  return (
    <fieldset class="tpl-rows">
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <div class="tpl-row" key={i}>
          {render(row, i, (change) => {
            const next = structuredClone(rows);
            change(next[i]!);
            onChange(next);
          })}
          <button type="button" onClick={() => onChange(rows.filter((_, j) => j !== i))}>
            Remove {noun} {i + 1}
          </button>
        </div>
      ))}
      {rows.length < max ? (
        <button type="button" onClick={() => onChange([...rows, blank()])}>
          Add {noun}
        </button>
      ) : (
        <p class="hint">That is the most this page holds ({max}).</p>
      )}
    </fieldset>
  );
}
