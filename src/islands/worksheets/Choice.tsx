import type { ComponentChildren } from 'preact';

interface ChoiceProps {
  name: string;
  legend: ComponentChildren;
  options: readonly { value: string; label: string }[];
  value: string;
  onChange: (value: string) => void;
  hint?: string;
}

/** A radio group: arrow keys move between options, as readers expect. */
export function Choice({ name, legend, options, value, onChange, hint }: ChoiceProps) {
  return (
    <fieldset class="ws-choice" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && <p class="hint" id={`${name}-hint`}>{hint}</p>}
      <div class="ws-options">
        {options.map((o) => (
          <label key={o.value}>
            <input type="radio" name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
