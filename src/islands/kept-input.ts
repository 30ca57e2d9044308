import { useLayoutEffect, useRef } from 'preact/hooks';

type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
interface Early {
  control: Control;
  value: string;
}

/**
 * Controls of a server-rendered form that the reader changed before its island hydrated: a radio
 * or box ticked, text typed or pasted, an option chosen. The HTML still holds what the server
 * wrote (`defaultChecked`, `defaultValue`), so the difference is exactly the reader's doing.
 */
export function changedBeforeHydration(root: Element | null): Early[] {
  const early: Early[] = [];
  for (const control of root?.querySelectorAll<Control>('input, textarea, select') ?? []) {
    const tick = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox') ? control : undefined;
    const changed =
      control instanceof HTMLSelectElement
        ? [...control.options].some((o) => o.selected !== o.defaultSelected)
        : tick
          ? // A radio counts once ticked; the one it unticked changes with it.
            tick.checked !== tick.defaultChecked && (tick.checked || tick.type === 'checkbox')
          : control.type !== 'file' && control.value !== control.defaultValue;
    if (changed) early.push({ control, value: control.value });
  }
  return early;
}

/**
 * Keeps what the reader did to the form with this id before the island came alive, and says
 * whether there was anything to keep. It is read
 * during the first render, before hydration runs (Preact rewrites a textarea's value while it
 * hydrates), and replayed as the reader's own input and change events once the handlers are
 * attached, so every control saves it the way it saves any other answer.
 */
export function useKeptInput(id: string): boolean {
  const early = useRef<Early[]>();
  const kept = useRef<boolean>();
  early.current ??= typeof document === 'undefined' ? [] : changedBeforeHydration(document.getElementById(id));
  kept.current ??= early.current.length > 0;
  useLayoutEffect(() => {
    for (const { control, value } of early.current!) {
      const tick = control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox');
      if (!tick) control.value = value;
      control.dispatchEvent(new Event(tick || control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
    }
    early.current = [];
  }, []);
  return kept.current;
}
