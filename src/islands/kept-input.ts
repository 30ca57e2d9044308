import { useLayoutEffect, useRef } from 'preact/hooks';

/** What an input, a textarea and a select share, as far as keeping them goes. */
type Control = HTMLElement & { type: string; value: string; defaultValue?: string; checked?: boolean; defaultChecked?: boolean; options?: HTMLOptionsCollection };

/**
 * Controls of a server-rendered form that the reader changed before its island hydrated: a radio
 * or box ticked, text typed or pasted, an option chosen. The HTML still holds what the server
 * wrote (`defaultChecked`, `defaultValue`), so the difference is exactly the reader's doing. A
 * radio counts once ticked (the one it unticked changes with it); a file choice is left alone.
 */
export function changedBeforeHydration(root: Element | null): [Control, string][] {
  return [...(root?.querySelectorAll<Control>('input,textarea,select') ?? [])]
    .filter((c) =>
      c.options
        ? [...c.options].some((o) => o.selected != o.defaultSelected)
        : /radio|checkbox/.test(c.type)
          ? c.checked != c.defaultChecked && (c.checked || c.type == 'checkbox')
          : c.type != 'file' && c.value != c.defaultValue,
    )
    .map((c) => [c, c.value]);
}

/**
 * Keeps what the reader did to the form with this id before the island came alive, and says
 * whether there was anything to keep. It is read during the first render, before hydration runs
 * (Preact rewrites a textarea's value while it hydrates), and replayed as the reader's own input
 * and change events once the handlers are attached, so each control saves it as it saves any answer.
 */
export function useKeptInput(id: string): boolean {
  const early = useRef<[Control, string][]>();
  early.current ??= typeof document == 'undefined' ? [] : changedBeforeHydration(document.getElementById(id));
  const kept = early.current.length > 0;
  useLayoutEffect(() => {
    for (const [c, value] of early.current!) {
      const tick = /radio|checkbox/.test(c.type);
      if (!tick) c.value = value;
      c.dispatchEvent(new Event(tick || c.options ? 'change' : 'input', { bubbles: true }));
    }
  }, []);
  return kept;
}
