import { describe, expect, it } from 'vitest';
import { themeBoot } from './theme-boot';
import { MemoryStorage, blockedStorage } from '../state/testing';

/** Runs the boot script as the browser would, on a page at `path` with `storage`; returns the root's dataset. */
function boot(path: string, storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | 'throws') {
  const dataset: Record<string, string> = {};
  const [pathname, search = ''] = path.split('?');
  const globals = {
    document: { documentElement: { dataset } },
    location: { pathname, search: search && `?${search}` },
    URLSearchParams,
  };
  if (storage !== 'throws') new Function(...Object.keys(globals), 'localStorage', themeBoot)(...Object.values(globals), storage);
  else {
    // A sandboxed frame or a blocking policy: reading localStorage itself throws.
    const before = Object.getOwnPropertyDescriptor(globalThis, 'localStorage');
    Object.defineProperty(globalThis, 'localStorage', { configurable: true, get: () => { throw new DOMException('blocked', 'SecurityError'); } });
    try {
      new Function(...Object.keys(globals), themeBoot)(...Object.values(globals));
    } finally {
      if (before) Object.defineProperty(globalThis, 'localStorage', before);
      else delete (globalThis as { localStorage?: unknown }).localStorage;
    }
  }
  return dataset;
}

describe('the theme boot script', () => {
  it('applies a saved light or dark choice', () => {
    const storage = new MemoryStorage();
    storage.setItem('csp:v1:theme', '"dark"');
    expect(boot('/chapters/economics/', storage)).toEqual({ theme: 'dark' });
  });

  it('sets a corrupted saved theme aside under a backup key and marks the page so the reader is told', () => {
    const storage = new MemoryStorage();
    storage.setItem('csp:v1:theme', '{purple');
    const dataset = boot('/', storage);
    expect(dataset.theme).toBeUndefined();
    expect(dataset.themeLost).toMatch(/^csp:backup:theme:\d+$/);
    expect(storage.getItem(dataset.themeLost!)).toBe('{purple');
    expect(storage.getItem('csp:v1:theme')).toBeNull();
  });

  it('leaves a corrupted theme in place when there is no room for its copy, and says there is no copy', () => {
    const storage = new MemoryStorage(30);
    storage.setItem('csp:v1:theme', '"sepia"');
    expect(boot('/', storage)).toEqual({ themeLost: '' });
    expect(storage.getItem('csp:v1:theme')).toBe('"sepia"');
  });

  it('takes an embed’s theme from its address, and never fails where storage is blocked', () => {
    expect(boot('/embed/cltv/?theme=light', blockedStorage)).toEqual({ theme: 'light' });
    expect(boot('/', blockedStorage)).toEqual({});
    expect(boot('/', 'throws')).toEqual({});
  });
});
