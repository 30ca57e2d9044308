import type { Field } from '../calculators/contract';
import { currencySymbol } from '../calculators/format';
import type { Currency } from '../calculators/units';

interface FieldProps {
  field: Field;
  uid: string;
  currency: Currency;
  text: string;
  error?: string;
  onInput: (text: string) => void;
}

export function FieldInput({ field, uid, currency, text, error, onInput }: FieldProps) {
  const id = `${uid}-${field.id}`;
  const described = [field.hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const prefix = field.kind === 'number' && field.unit === 'currency' ? currencySymbol(currency) : undefined;
  const suffix = field.kind === 'number' ? ({ percent: '%', years: 'years', months: 'months' } as Record<string, string>)[field.unit] : undefined;
  // A one-row text field holds a short value (a time-zone name, a time), not a pasted list.
  const line = field.kind === 'text' && field.rows === 1;
  return (
    <div class={`field${error ? ' invalid' : ''}${field.kind === 'text' && !line ? ' field-wide' : ''}`}>
      <label for={id}>{field.label}</label>
      <div class="control">
        {prefix && <span class="affix" aria-hidden="true">{prefix}</span>}
        {field.kind === 'text' && !line ? (
          <textarea
            id={id}
            name={field.id}
            rows={field.rows ?? 6}
            spellcheck={false}
            value={text}
            aria-describedby={described}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
          />
        ) : field.kind === 'choice' ? (
          <select id={id} name={field.id} value={text} aria-describedby={described} aria-invalid={error ? 'true' : undefined} onChange={(e) => onInput((e.currentTarget as HTMLSelectElement).value)}>
            {field.options.map((o) => (
              <option key={o.value} value={o.value}>{o.label}</option>
            ))}
          </select>
        ) : (
          <input
            id={id}
            name={field.id}
            type="text"
            inputMode={line ? undefined : 'decimal'}
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-describedby={described}
            aria-invalid={error ? 'true' : undefined}
            onInput={(e) => onInput((e.currentTarget as HTMLInputElement).value)}
          />
        )}
        {suffix && <span class="affix" aria-hidden="true">{suffix}</span>}
      </div>
      {field.kind === 'text' && field.csv && (
        <label class="file-button">
          Load a CSV file
          <input class="visually-hidden" type="file" accept=".csv,text/csv,text/plain" onChange={(e) => loadFile(e, field.maxLength, onInput)} />
        </label>
      )}
      {field.hint && <p class="hint" id={`${id}-hint`}>{field.hint}</p>}
      {error && <p class="error" id={`${id}-error`}>{error}</p>}
    </div>
  );
}


/** Reads a chosen file into the box; an oversized file still reaches validation, which explains the limit. */
async function loadFile(event: Event, maxLength: number, onInput: (text: string) => void) {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (file) onInput(file.size > maxLength * 4 ? ' '.repeat(maxLength + 1) : await file.text());
}
