import { atom, type WritableAtom } from 'nanostores';

/**
 * Browser persistence for nanostores under versioned keys (DESIGN §6).
 * Reading tolerates anything: a corrupted value is kept under a backup key and the
 * reader is told; an older version is migrated. Storage that throws (private modes,
 * sandboxed iframes) degrades to in-memory state.
 */
export const KEY_PREFIX = 'csp:v1:';
export const storageKey = (name: string): string => KEY_PREFIX + name;
export const backupKey = (name: string, when = Date.now()): string => `csp:backup:${name}:${when}`;

export interface StorageNotice {
  key: string;
  message: string;
}

/** Messages about saved data that could not be read as it was. */
export const $storageNotices = atom<StorageNotice[]>([]);

export function notify(key: string, message: string): void {
  if (!$storageNotices.get().some((n) => n.key === key)) $storageNotices.set([...$storageNotices.get(), { key, message }]);
}

export function dismissNotice(key: string): void {
  $storageNotices.set($storageNotices.get().filter((n) => n.key !== key));
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

export interface PersistOptions<T> {
  /** Returns the value when `raw` (parsed JSON) is acceptable, or undefined. */
  parse: (raw: unknown) => T | undefined;
  /** Older keys to migrate from, newest first. */
  legacy?: { key: string; convert: (raw: unknown) => T | undefined }[];
  /** Human name for messages ("your numbers"). */
  describe: string;
}

export function readStored<T>(name: string, fallback: T, options: PersistOptions<T>): T {
  const store = storage();
  if (!store) return fallback;
  const key = storageKey(name);
  let text: string | null = null;
  try {
    text = store.getItem(key);
  } catch {
    return fallback;
  }
  if (text === null) return migrate(store, name, fallback, options);
  let parsed: T | undefined;
  try {
    parsed = options.parse(JSON.parse(text));
  } catch {
    parsed = undefined;
  }
  if (parsed !== undefined) return parsed;
  const backup = backupKey(name);
  try {
    store.setItem(backup, text);
    store.removeItem(key);
  } catch {
    /* Nothing more can be done without storage; the notice still tells the reader. */
  }
  notify(key, `Your saved ${options.describe} could not be read, so this page started afresh. The old copy is kept in this browser under "${backup}".`);
  return fallback;
}

function migrate<T>(store: Storage, name: string, fallback: T, options: PersistOptions<T>): T {
  for (const old of options.legacy ?? []) {
    let text: string | null = null;
    try {
      text = store.getItem(old.key);
    } catch {
      continue;
    }
    if (text === null) continue;
    let converted: T | undefined;
    try {
      converted = old.convert(JSON.parse(text));
    } catch {
      converted = undefined;
    }
    if (converted === undefined) continue;
    writeStored(name, converted);
    notify(storageKey(name), `Your saved ${options.describe} came from an older version of the playbook and were brought up to date.`);
    return converted;
  }
  return fallback;
}

export function writeStored(name: string, value: unknown): void {
  const store = storage();
  if (!store) return;
  try {
    if (value === undefined) store.removeItem(storageKey(name));
    else store.setItem(storageKey(name), JSON.stringify(value));
    // Plain scripts on the page (the chapter's numbers switch) follow saved choices through this.
    dispatchEvent(new CustomEvent('csp:stored', { detail: name }));
  } catch {
    notify(storageKey(name) + ':write', 'This browser would not let the playbook save your changes; they last until you close the page.');
  }
}

/** An atom that loads from and saves to localStorage, and follows other tabs. */
export function persistentAtom<T>(name: string, fallback: T, options: PersistOptions<T>): WritableAtom<T> {
  const $store = atom<T>(readStored(name, fallback, options));
  let writing = false;
  $store.listen((value) => {
    if (!writing) writeStored(name, value);
  });
  if (typeof window !== 'undefined') {
    window.addEventListener('storage', (event) => {
      if (event.key !== storageKey(name)) return;
      writing = true;
      try {
        $store.set(event.newValue === null ? fallback : readStored(name, fallback, options));
      } finally {
        writing = false;
      }
    });
  }
  return $store;
}
