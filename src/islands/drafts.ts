/**
 * What a reader typed into a calculator, kept in this tab's session storage when the page is
 * left, so a reload or a trip back to the page does not lose a pasted list. Only the fields that
 * differ from what the page started with are kept, and only until the tab closes; writing on
 * `pagehide` rather than on each keystroke keeps typing as fast as before.
 */
import { entriesOf } from '../lib/records';

const key = (uid: string) => `csp:draft:${location.pathname}:${uid}`;

/**
 * The fields typed before a reload, by id; none when there is no draft or no session storage.
 * Only a reload or a step back or forward brings a draft back: a link followed afresh shows the
 * figures it was sent with.
 */
export function readDraft(uid: string): Record<string, string> {
  try {
    const how = (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.type;
    if (how !== 'reload' && how !== 'back_forward') return {};
    const raw: unknown = JSON.parse(sessionStorage.getItem(key(uid)) ?? '{}');
    return Object.fromEntries(entriesOf(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
  } catch {
    return {};
  }
}

/** Keeps the fields of `texts` that differ from `start` when the page is left; returns the cleanup. */
export function keepDraft(uid: string, texts: Record<string, string>, start: Record<string, string>): () => void {
  const save = () => {
    const typed = Object.entries(texts).filter(([id, text]) => text !== start[id]);
    try {
      if (typed.length) sessionStorage.setItem(key(uid), JSON.stringify(Object.fromEntries(typed)));
      else sessionStorage.removeItem(key(uid));
    } catch {
      /* No session storage (a sandboxed frame, or full): the page works as before, without the draft. */
    }
  };
  addEventListener('pagehide', save);
  return () => removeEventListener('pagehide', save);
}
