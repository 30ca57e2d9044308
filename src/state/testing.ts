/**
 * Test helpers for saved state: an in-memory storage (with an optional size limit, to play a
 * full browser) and a "reload" that makes every persistent store read its saved value again.
 */
import { cleanStores, type ReadableAtom } from 'nanostores';
import { $storageNotices, setStorage, type StorageEngine } from './persist';

/** A Map-backed localStorage. With `quota`, a write that would take the total past that many characters throws, as a full browser does. */
export class MemoryStorage implements StorageEngine {
  map = new Map<string, string>();
  constructor(private quota = Infinity) {}
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(k: string) {
    return this.map.has(k) ? this.map.get(k)! : null;
  }
  setItem(k: string, v: string) {
    const used = [...this.map].reduce((sum, [key, value]) => sum + (key === k ? 0 : key.length + value.length), 0);
    if (used + k.length + String(v).length > this.quota) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.map.set(k, String(v));
  }
  removeItem(k: string) {
    this.map.delete(k);
  }
  clear() {
    this.map.clear();
  }
  /** The keys of backups, oldest first. */
  backups(): string[] {
    return [...this.map.keys()].filter((k) => k.startsWith('csp:backup:'));
  }
}

/** Storage that throws on every use, as a browser that blocks it does. */
export const blockedStorage: StorageEngine = {
  getItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
  removeItem: () => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  },
};

/**
 * A page load, as far as saved state goes: `storage` becomes the browser's storage, notices are
 * cleared, and the given stores forget their values, so each reads the saved one when next used.
 */
export function reload(storage: StorageEngine, ...stores: ReadableAtom<unknown>[]): void {
  cleanStores(...stores);
  // Back to the value a fresh page starts from, without saving it (a set() would).
  for (const $store of stores) ($store as { value: unknown }).value = $store.init;
  $storageNotices.set([]);
  setStorage(storage);
}
