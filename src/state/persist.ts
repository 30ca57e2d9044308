import { atom, type WritableAtom } from 'nanostores';

/**
 * Browser persistence for nanostores under versioned keys (DESIGN §6).
 *
 * Reading tolerates anything: a saved value that cannot be read is copied to a backup key and
 * the reader is told where. When even the backup cannot be written (the browser's storage is
 * full, say, with a value of several megabytes), the original stays where it is, untouched: the
 * reader is offered it as a download, and nothing the page does overwrites it until the reader
 * says so. Storage that throws or refuses every write (a privacy setting, a sandboxed frame) is
 * detected once and said plainly: what the reader enters lasts only while the page is open.
 *
 * A store reads its saved value, and starts following other tabs, when something first uses it
 * (nanostores' onMount), and stops following them when nothing does. The storage itself can be
 * swapped (setStorage), so tests load a "fresh page" without reloading modules.
 */
export const KEY_PREFIX = 'csp:v1:';
export const storageKey = (name: string): string => KEY_PREFIX + name;
export const backupKey = (name: string, when = Date.now()): string => `csp:backup:${name}:${when}`;
/** The notice key for storage that cannot be used at all. */
export const BLOCKED = 'csp:blocked';

/** The part of the Web Storage interface the playbook uses. */
export type StorageEngine = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface StorageNotice {
  key: string;
  message: string;
  /**
   * A saved value the reader can take away as a file: one that could not be read and could not be
   * backed up, or changes the browser refused to save. With `name`, that saved value is held:
   * nothing overwrites it until the reader calls release(name).
   */
  keep?: { text: string; file: string; name?: string };
}

/** Messages about saved data: what could not be read, where its copy is, what could not be saved. */
export const $storageNotices = atom<StorageNotice[]>([]);

export function notify(notice: StorageNotice): void {
  const others = $storageNotices.get().filter((n) => n.key !== notice.key);
  $storageNotices.set([...others, notice]);
}

export function dismissNotice(key: string): void {
  $storageNotices.set($storageNotices.get().filter((n) => n.key !== key));
}

const BLOCKED_MESSAGE = 'This browser is not letting the playbook save anything, so what you enter here lasts only while the page is open. Export or note anything you want to keep.';

/** The storage to use: the browser's, unless setStorage gave another. */
let given: StorageEngine | undefined;
/** The storage in use once checked; null when it is unusable. */
let engine: StorageEngine | null | undefined;
/** Names whose saved value is held for the reader (see StorageNotice.keep). */
const held = new Set<string>();
/** How to stop each persistent store following storage, so setStorage can start them afresh. */
const stops = new Set<() => void>();
/** Every persistent store by name, so release() can save what the page holds now. */
const stores = new Map<string, WritableAtom<unknown>>();

/**
 * Uses `next` as storage from now on, as a fresh page would: held values and the blocked check
 * start over. Tests pass an in-memory storage; `undefined` goes back to the browser's own.
 */
export function setStorage(next?: StorageEngine): void {
  given = next;
  engine = undefined;
  held.clear();
  // As on a fresh page, every store reads the new storage when next used.
  for (const stop of stops) stop();
}

function storage(): StorageEngine | undefined {
  if (engine === undefined) {
    try {
      const s = given ?? (typeof localStorage === 'undefined' ? null : localStorage);
      // Some browsers hand out a storage that refuses every write: try one.
      s?.setItem('csp:probe', '1');
      s?.removeItem('csp:probe');
      engine = s;
    } catch {
      engine = null;
      // A page framed by another site (an embed in a wiki) keeps nothing of the reader's by design
      // and says whose figures it shows; browsers that block storage in frames need no notice there.
      if (typeof window === 'undefined' || window.parent === window) notify({ key: BLOCKED, message: BLOCKED_MESSAGE });
    }
  }
  return engine ?? undefined;
}

/** True once storage has been found unusable on this page. */
export const storageBlocked = (): boolean => engine === null;

export interface PersistOptions<T> {
  /** Returns the value when `raw` (parsed JSON) is acceptable, or undefined. */
  parse: (raw: unknown) => T | undefined;
  /** Human name for messages ("company figures"). */
  describe: string;
}

const fileName = (name: string) => `playbook-saved-${name}.json`;

/**
 * Copies a saved text to a backup key and returns the key, or returns undefined when the browser
 * would not write it. Callers must not name a backup this did not return.
 */
export function backUp(name: string, text: string): string | undefined {
  const store = storage();
  const key = backupKey(name);
  try {
    store!.setItem(key, text);
    return key;
  } catch {
    return undefined;
  }
}

/**
 * A saved value that cannot be used as it is. With a backup written, the original key is cleared
 * (when `clear`) and the reader told where the copy is. Without one, the original stays in place
 * and is held: the reader can download it, and the page writes nothing over it until they choose.
 */
export function setAside(name: string, text: string, why: string, clear: boolean): void {
  const key = storageKey(name);
  const backup = backUp(name, text);
  if (backup) {
    if (clear) writeStored(name, undefined);
    notify({ key, message: `${why} The saved copy as it was is kept in this browser under "${backup}".` });
    return;
  }
  held.add(name);
  notify({
    key,
    message: `${why} This browser has no room to keep a copy, so the saved copy stays as it was: download it to keep it. Until you choose, changes here last only while the page is open.`,
    keep: { text, file: fileName(name), name },
  });
}

/** Lets the page save over a held value again, now: the reader has chosen to replace it. */
export function release(name: string): void {
  held.delete(name);
  dismissNotice(storageKey(name));
  const $store = stores.get(name);
  if ($store) writeStored(name, $store.get());
}

export function readStored<T>(name: string, fallback: T, options: PersistOptions<T>): T {
  const store = storage();
  if (!store) return fallback;
  let text: string | null;
  try {
    text = store.getItem(storageKey(name));
  } catch {
    return fallback;
  }
  if (text === null) return fallback;
  let parsed: T | undefined;
  try {
    parsed = options.parse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined) return parsed;
  setAside(name, text, `Your saved ${options.describe} could not be read, so this page started afresh.`, true);
  return fallback;
}

function write(name: string, value: unknown): void {
  const store = storage()!;
  if (value === undefined) store.removeItem(storageKey(name));
  else store.setItem(storageKey(name), JSON.stringify(value));
}

export function writeStored(name: string, value: unknown, describe = 'changes'): void {
  if (!storage() || held.has(name)) return;
  try {
    write(name, value);
    dismissNotice(`${storageKey(name)}:write`);
  } catch {
    notify({
      key: `${storageKey(name)}:write`,
      message: `This browser would not save your latest ${describe}: its storage for this site may be full. They last only while the page is open; download them to keep them.`,
      keep: { text: JSON.stringify(value) ?? '', file: fileName(name) },
    });
  }
  // Plain scripts on the page (the chapter's numbers switch) follow saved choices through this.
  globalThis.dispatchEvent?.(new CustomEvent('csp:stored', { detail: name }));
}

/**
 * An atom saved to localStorage under `csp:v1:<name>`. It reads the saved value when first used,
 * follows other tabs and a page restored from the back-forward cache while in use, and saves
 * each value set on it (unless that saved value is held for the reader).
 */
export function persistentAtom<T>(name: string, fallback: T, options: PersistOptions<T>): WritableAtom<T> {
  const $store = atom<T>(fallback);
  stores.set(name, $store as WritableAtom<unknown>);
  let reading = false;
  const load = () => {
    // Without storage, or while the saved value is held for the reader, what is in memory stands.
    if (!storage() || held.has(name)) return;
    reading = true;
    try {
      $store.set(readStored(name, fallback, options));
    } finally {
      reading = false;
    }
  };
  // Saves each value set, and reads the saved one when the store gains its first listener (a
  // get() with none counts), following other tabs until a second after the last one leaves, as
  // nanostores' onMount does. Written over the atom's own methods because onMount and onSet would
  // bring their module to every island page for this one use.
  const { set, listen } = $store;
  $store.set = (value: T) => {
    set(value);
    if (!reading) writeStored(name, value, options.describe);
  };
  let unmount: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stop = () => {
    unmount?.();
    unmount = undefined;
  };
  stops.add(stop);
  $store.listen = (listener) => {
    if (!$store.lc) {
      clearTimeout(timer);
      unmount ??= mount();
    }
    return listen(listener);
  };
  $store.off = () => {
    timer = setTimeout(stop, 1000);
  };
  const mount = () => {
    load();
    if (typeof window === 'undefined') return () => {};
    const follow = (event: StorageEvent) => (event.key === storageKey(name) || event.key === null) && load();
    const restore = (event: PageTransitionEvent) => event.persisted && load();
    addEventListener('storage', follow);
    addEventListener('pageshow', restore);
    return () => {
      removeEventListener('storage', follow);
      removeEventListener('pageshow', restore);
    };
  };
  return $store;
}
