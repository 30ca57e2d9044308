// @ts-check
// The search UI, loaded only when a reader opens search (DESIGN §8). It lives in public/
// as a plain module so that opening it costs prose pages no loader code.
/** @typedef {{ element: string; id: string; text?: string; title?: string; location: number }} PagefindAnchor */
/** @typedef {{ title: string; url: string; excerpt: string; anchor?: PagefindAnchor; weighted_locations?: { weight: number }[] }} PagefindSub */
/** @typedef {{ url: string; meta: { title?: string }; excerpt: string; sub_results?: PagefindSub[]; anchors?: PagefindAnchor[] }} PagefindData */
/** @typedef {{ data(): Promise<PagefindData> }} PagefindResult */
/** @typedef {{ options(o: Record<string, unknown>): Promise<void>; search(q: string): Promise<{ results: PagefindResult[] }> }} Pagefind */

/** Results shown at first, and added by each "Show more". */
export const PAGE_SIZE = 10;
/** Sections listed under a page, best first. */
const SECTIONS = 3;

/**
 * Ranking for a book of long chapters and short tool pages. Pagefind's defaults favour short
 * pages strongly (pageLength 0.75); a chapter that discusses a topic at length is usually the
 * better answer, so length counts for little. A word in a page's title, or in the terms it lists
 * for readers' own words (src/lib/search-terms.ts), counts far more than one in the body; a
 * listed term counts most, so a page that names a word as its topic outranks one whose title only
 * contains it (NRR: the economics chapter before "NRR compounding").
 */
export const RANKING = { pageLength: 0.2, termFrequency: 0.6, termSaturation: 1.2, metaWeights: { title: 8, terms: 10 } };

/** @type {Promise<Pagefind> | undefined} */
let pagefind;
const load = () =>
  (pagefind ??= import(`${location.origin}/pagefind/pagefind.js`).then(async (/** @type {Pagefind} */ m) => {
    await m.options({ excerptLength: 24, ranking: RANKING });
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

/**
 * The sections of a page that match best, as the reader sees them: a chapter's subsections count
 * towards the section (h2) they belong to, so "NRR" leads to "Net and gross revenue retention"
 * rather than to one of its worked examples. Glossary entries and headings are sections too.
 */
/** @param {PagefindData} page @returns {PagefindSub[]} */
export function bestSections(page) {
  const score = (/** @type {PagefindSub} */ s) => (s.weighted_locations ?? []).reduce((n, l) => n + l.weight, 0);
  const sections = (page.anchors ?? []).filter((a) => a.element === 'h2' || a.title).sort((a, b) => a.location - b.location);
  /** @type {Map<string, PagefindSub & { total: number; best: number }>} */
  const groups = new Map();
  for (const sub of page.sub_results ?? []) {
    const at = sub.anchor;
    const own = !at || at.element === 'h2' || at.title;
    const parent = own ? at : sections.filter((a) => a.location <= /** @type {PagefindAnchor} */ (at).location).at(-1);
    const key = parent?.id ?? '';
    const group = groups.get(key) ?? (parent && !own ? { title: parent.title ?? parent.text ?? sub.title, url: sub.url.replace(/#.*$/, `#${parent.id}`), excerpt: sub.excerpt, total: 0, best: 0 } : { ...sub, total: 0, best: 0 });
    const points = score(sub);
    if (points > group.best) Object.assign(group, { excerpt: sub.excerpt, best: points });
    group.total += points;
    groups.set(key, group);
  }
  return [...groups.values()].sort((a, b) => b.total - a.total).slice(0, SECTIONS);
}

/** @param {string} tag @param {string} className @param {(string | Node)[]} children */
const el = (tag, className, ...children) => {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
};

/** One page: its best section as the main link, then its other matching sections. */
/** @param {PagefindData} page */
function resultItem(page) {
  const title = page.meta.title ?? page.url;
  const [best, ...more] = bestSections(page);
  const link = el('a', 'result-main', el('span', 'result-page', title));
  link.setAttribute('href', best?.url ?? page.url);
  if (best && best.title !== title) link.append(el('span', 'result-section', best.title));
  link.append(el('span', 'result-excerpt', ...excerptNodes(best?.excerpt ?? page.excerpt)));
  const item = el('li', '', link);
  if (more.length) {
    const list = el('ul', 'result-subs');
    for (const sub of more) {
      const a = el('a', '', el('span', 'result-section', sub.title === title ? 'Opening' : sub.title), el('span', 'result-excerpt', ...excerptNodes(sub.excerpt)));
      a.setAttribute('href', sub.url);
      list.append(el('li', '', a));
    }
    item.append(list);
  }
  return item;
}

/** @param {HTMLElement} form */
export function bindSearch(form) {
  if (form.dataset.bound) return;
  form.dataset.bound = 'true';
  const input = /** @type {HTMLInputElement} */ (form.querySelector('input[type="search"]'));
  const list = /** @type {HTMLOListElement} */ (form.querySelector('[data-search-results]'));
  const status = /** @type {HTMLElement} */ (form.querySelector('[data-search-status]'));
  const more = el('button', 'search-more', 'Show more results');
  more.setAttribute('type', 'button');
  more.hidden = true;
  list.after(more);
  // On /search/ the query is kept in the address, so a search can be shared or bookmarked.
  const onPage = !!form.closest('.search-page');
  /** @type {PagefindResult[]} */
  let results = [];
  let shown = 0;
  let latest = 0;
  let query = '';

  const say = () => {
    const n = results.length;
    status.textContent = !n
      ? `Nothing found for “${query}”. Try a shorter or different word.`
      : `${n} ${n === 1 ? 'page matches' : 'pages match'} “${query}”${shown < n ? `: the first ${shown} shown.` : '.'}`;
  };
  const showMore = async () => {
    const ticket = latest;
    const next = await Promise.all(results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (ticket !== latest) return;
    list.append(...next.map(resultItem));
    shown += next.length;
    more.hidden = shown >= results.length;
    say();
  };
  const run = async () => {
    query = input.value.trim();
    const ticket = ++latest;
    if (onPage) history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = 'Type a word or phrase to search the playbook.';
      return;
    }
    status.textContent = 'Searching…';
    try {
      const search = await (await load()).search(query);
      if (ticket !== latest) return;
      results = search.results;
      shown = 0;
      list.replaceChildren();
      await showMore();
    } catch {
      if (ticket === latest) status.textContent = 'Search could not load. Check your connection and try again.';
    }
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
  more.addEventListener('click', () => {
    const first = list.children.length;
    showMore().then(() => /** @type {HTMLElement | null} */ (list.children[first]?.querySelector('a'))?.focus());
  });
  // Up and down arrows move between the field, each result and "Show more".
  form.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = /** @type {HTMLElement[]} */ ([input, ...list.querySelectorAll('a'), ...(more.hidden ? [] : [more])]);
    const at = stops.indexOf(/** @type {HTMLElement} */ (document.activeElement));
    if (at < 0) return;
    e.preventDefault();
    stops[Math.min(stops.length - 1, Math.max(0, at + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
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
