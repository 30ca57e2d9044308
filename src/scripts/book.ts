// The print edition's only script: when "my numbers" is on, offer to add readings on the
// reader's figures. The calculators that work them out load in a worker, and only when the
// reader asks: the page itself carries no calculator code.
import type { BookItem, BookReading } from '../lib/book-readings';

const read = (key: string): unknown => {
  try {
    return JSON.parse(localStorage.getItem(`csp:v1:${key}`) ?? 'null');
  } catch {
    return null;
  }
};
const box = document.querySelector<HTMLElement>('[data-book-mine]');
const profile = read('profile');
// Anything odd in the saved profile is cleaned in the worker, which says so if nothing fills.
if (box && read('mode') == 'mine' && Object.keys(profile ?? {}).length) {
  box.hidden = false;
  const button = box.querySelector<HTMLButtonElement>('[data-book-fill]')!;
  const status = box.querySelector<HTMLElement>('[data-book-status]')!;
  button.addEventListener('click', () => {
    button.disabled = true;
    status.textContent = 'Working them out…';
    const figures = [...document.querySelectorAll<HTMLElement>('[data-book-calc]')];
    const items: BookItem[] = figures.map((f) => ({ id: f.dataset.bookCalc!, presets: f.dataset.presets }));
    const worker = new Worker(new URL('./book-readings.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<BookReading[]>) => {
      for (const r of event.data) {
        const slot = figures[r.index]?.querySelector<HTMLElement>('.book-reading');
        if (!slot) continue;
        const title = document.createElement('strong');
        title.textContent = 'On your numbers';
        slot.replaceChildren(title, ` (from my numbers: ${r.from}). ${r.text}`);
        slot.hidden = false;
      }
      const n = event.data.length;
      status.textContent = n ? `Readings added beside ${n} ${n == 1 ? 'calculator' : 'calculators'}.` : 'Your saved figures fill none of the calculators yet.';
      worker.terminate();
    };
    worker.onerror = () => {
      status.textContent = 'This browser could not work them out.';
      button.disabled = false;
      worker.terminate();
    };
    worker.postMessage({ items, profile, currency: read('currency') });
  });
}
