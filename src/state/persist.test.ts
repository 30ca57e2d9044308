import { afterEach, describe, expect, it, vi } from 'vitest';
import { $storageNotices, BLOCKED, persistentAtom, release, storageBlocked, writeStored } from './persist';
import { MemoryStorage, blockedStorage, reload } from './testing';

const parse = (raw: unknown) => (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, number>) : undefined);
const $figures = persistentAtom<Record<string, number>>('test-figures', {}, { parse, describe: 'test figures' });
const page = (storage: MemoryStorage | typeof blockedStorage) => reload(storage, $figures);

afterEach(() => vi.unstubAllGlobals());

describe('a persistent store', () => {
  it('reads its saved value when first used, and saves each change', () => {
    const storage = new MemoryStorage();
    storage.setItem('csp:v1:test-figures', '{"arr":5}');
    page(storage);
    expect($figures.get()).toEqual({ arr: 5 });
    $figures.set({ arr: 6 });
    expect(storage.getItem('csp:v1:test-figures')).toBe('{"arr":6}');
    page(storage);
    expect($figures.get()).toEqual({ arr: 6 });
  });

  it('listens to other tabs only while something uses it', () => {
    page(new MemoryStorage());
    const add = vi.fn();
    const remove = vi.fn();
    vi.stubGlobal('window', globalThis);
    vi.stubGlobal('addEventListener', add);
    vi.stubGlobal('removeEventListener', remove);
    vi.useFakeTimers();
    try {
      expect(add).not.toHaveBeenCalled();
      const stop = $figures.subscribe(() => {});
      expect(add.mock.calls.map((c) => c[0]).sort()).toEqual(['pageshow', 'storage']);
      stop();
      vi.runAllTimers();
      expect(remove.mock.calls.map((c) => c[0]).sort()).toEqual(['pageshow', 'storage']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('sets an unreadable value aside under a backup key it really wrote, and says where', () => {
    const storage = new MemoryStorage();
    storage.setItem('csp:v1:test-figures', '{broken');
    page(storage);
    expect($figures.get()).toEqual({});
    const [backup] = storage.backups();
    expect(storage.getItem(backup!)).toBe('{broken');
    expect(storage.getItem('csp:v1:test-figures')).toBeNull();
    expect($storageNotices.get()[0]!.message).toContain(`"${backup}"`);
  });

  it('keeps a value too big to back up in place, offers it as a file, and writes nothing over it until the reader chooses', () => {
    const big = `{"broken": "${'x'.repeat(4000)}`;
    const storage = new MemoryStorage(6000);
    storage.setItem('csp:v1:test-figures', big);
    page(storage);
    expect($figures.get()).toEqual({});
    expect(storage.backups()).toEqual([]);
    const [notice] = $storageNotices.get();
    expect(notice!.message).not.toMatch(/csp:backup/);
    expect(notice!.message).toMatch(/no room to keep a copy/);
    expect(notice!.keep).toEqual({ text: big, file: 'playbook-saved-test-figures.json', name: 'test-figures' });
    $figures.set({ arr: 1 });
    expect(storage.getItem('csp:v1:test-figures')).toBe(big);
    expect($figures.get()).toEqual({ arr: 1 });
    release('test-figures');
    expect(storage.getItem('csp:v1:test-figures')).toBe('{"arr":1}');
    expect($storageNotices.get()).toEqual([]);
  });

  it('says when the browser refuses a write, and offers the unsaved value as a file', () => {
    const storage = new MemoryStorage(200);
    page(storage);
    $figures.set({ arr: 1 });
    writeStored('test-figures', { note: 'x'.repeat(500) }, 'test figures');
    const notice = $storageNotices.get().find((n) => n.key === 'csp:v1:test-figures:write')!;
    expect(notice.message).toMatch(/would not save your latest test figures/);
    expect(notice.keep!.text).toContain('xxx');
    expect(storage.getItem('csp:v1:test-figures')).toBe('{"arr":1}');
  });

  it('detects storage the browser blocks, says figures last only while the page is open, and still works in memory', () => {
    page(blockedStorage);
    expect($figures.get()).toEqual({});
    expect(storageBlocked()).toBe(true);
    expect($storageNotices.get().map((n) => n.key)).toEqual([BLOCKED]);
    expect($storageNotices.get()[0]!.message).toMatch(/lasts only while the page is open/);
    $figures.set({ arr: 3 });
    expect($figures.get()).toEqual({ arr: 3 });
  });
});
