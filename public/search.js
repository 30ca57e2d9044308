// @ts-check
// The search UI, loaded only when a reader opens search (DESIGN §8). It lives in public/
// as a plain module so that opening it costs prose pages no loader code.
/** @typedef {{ title: string; url: string; excerpt: string }} PagefindSub */
/** @typedef {{ url: string; meta: { title?: string }; excerpt: string; sub_results?: PagefindSub[] }} PagefindData */
/** @typedef {{ options(o: Record<string, unknown>): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] }> }} Pagefind */

/** @type {Promise<Pagefind> | undefined} */
let pagefind;
const load = () =>
  (pagefind ??= import(`${location.origin}/pagefind/pagefind.js`).then(async (/** @type {Pagefind} */ m) => {
    await m.options({ excerptLength: 24 });
    return m;
  }));

/** Excerpts mark hits with <mark>; everything else is inserted as text, never as HTML. */
/** @param {string} excerpt @returns {Node[]} */
export function excerptNodes(excerpt) {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (hit ? hit[1] : part).replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, /** @type {string} */ e) => (/** @type {Record<string, string>} */ ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }))[e] ?? '');
    if (!hit) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

/** @param {HTMLElement} form */
export function bindSearch(form) {
  if (form.dataset.bound) return;
  form.dataset.bound = 'true';
  const input = /** @type {HTMLInputElement} */ (form.querySelector('input[type="search"]'));
  const list = /** @type {HTMLOListElement} */ (form.querySelector('[data-search-results]'));
  const status = /** @type {HTMLElement} */ (form.querySelector('[data-search-status]'));
  let latest = 0;
  const run = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) {
      list.replaceChildren();
      status.textContent = 'Type a word or phrase to search the playbook.';
      return;
    }
    status.textContent = 'Searching…';
    /** @type {PagefindData[]} */
    let found = [];
    try {
      const search = await (await load()).search(query);
      found = await Promise.all(search.results.slice(0, 8).map((r) => r.data()));
    } catch {
      if (ticket === latest) status.textContent = 'Search could not load. Check your connection and try again.';
      return;
    }
    if (ticket !== latest) return;
    list.replaceChildren(
      ...found.map((page) => {
        const best = page.sub_results?.[0];
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = best?.url ?? page.url;
        const chapter = document.createElement('span');
        chapter.className = 'result-page';
        chapter.textContent = page.meta.title ?? page.url;
        link.append(chapter);
        if (best && best.title !== page.meta.title) {
          const section = document.createElement('span');
          section.className = 'result-section';
          section.textContent = best.title;
          link.append(section);
        }
        const excerpt = document.createElement('span');
        excerpt.className = 'result-excerpt';
        excerpt.append(...excerptNodes(best?.excerpt ?? page.excerpt));
        link.append(excerpt);
        item.append(link);
        return item;
      }),
    );
    status.textContent = found.length ? `${found.length} result${found.length === 1 ? '' : 's'} for “${query}”.` : `Nothing found for “${query}”. Try a shorter or different word.`;
  };
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    run();
  });
  if (input.value) run();
}

/** @param {HTMLDialogElement} dialog */
export function openDialog(dialog) {
  bindSearch(dialog);
  if (!dialog.open) dialog.showModal();
  /** @type {HTMLInputElement | null} */ (dialog.querySelector('input[type="search"]'))?.focus();
  load();
  if (!dialog.dataset.closer) {
    dialog.dataset.closer = 'true';
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  }
}

/** Search page and 404: bind the form on the page and run the query from ?q=. */
export function autobind() {
  document.querySelectorAll('[data-search-autobind] [data-search-form]').forEach((form) => {
    const input = /** @type {HTMLInputElement | null} */ (form.querySelector('input[type="search"]'));
    const q = new URLSearchParams(location.search).get('q');
    if (input && q) input.value = q.slice(0, 200);
    bindSearch(/** @type {HTMLElement} */ (form));
    if (input && form.closest('.search-page')) input.focus();
  });
}

/** site.ts loads this file with a script element and finds its API here. */
Object.assign(window, { cspSearch: { openDialog, bindSearch, autobind } });
