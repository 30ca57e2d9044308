import type { ReadableAtom } from 'nanostores';
import { useEffect, useState } from 'preact/hooks';

/**
 * Subscribes a component to a store. The first render uses `initial` (the value the
 * server rendered with) so hydration matches; the store's own value follows on mount.
 */
export function useStore<T>(store: ReadableAtom<T>, initial?: T): T {
  const [value, setValue] = useState<T>(initial === undefined ? store.get() : initial);
  useEffect(() => store.subscribe(setValue), [store]);
  return value;
}
