// Loaded only when the reader opens search: the Pagefind index and this UI.
interface PagefindSub { title: string; url: string; excerpt: string }
interface PagefindData { url: string; meta: { title?: string }; excerpt: string; sub_results?: PagefindSub[] }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindData> }[] }>;
}

let pagefind: Promise<Pagefind> | undefined;
const load = () =>
  (pagefind ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (m: Pagefind) => {
    await m.options({ excerptLength: 24 });
    return m;
  }));

/** Excerpts mark hits with <mark>; everything else is inserted as text, never as HTML. */
function excerptNodes(excerpt: string): Node[] {
  return excerpt.split(/(<mark>.*?<\/mark>)/g).map((part) => {
    const hit = /^<mark>(.*)<\/mark>$/.exec(part);
    const text = (hit ? hit[1] : part).replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? '');
    if (!hit) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}

export function bindSearch(form: HTMLElement): void {
  if (form.dataset.bound) return;
  form.dataset.bound = 'true';
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = form.querySelector<HTMLOListElement>('[data-search-results]')!;
  const status = form.querySelector<HTMLElement>('[data-search-status]')!;
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
    let found: PagefindData[] = [];
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
  let timer: ReturnType<typeof setTimeout>;
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

export function openDialog(dialog: HTMLDialogElement): void {
  bindSearch(dialog);
  if (!dialog.open) dialog.showModal();
  dialog.querySelector<HTMLInputElement>('input[type="search"]')?.focus();
  load();
  if (!dialog.dataset.closer) {
    dialog.dataset.closer = 'true';
    dialog.addEventListener('click', (e) => e.target === dialog && dialog.close());
    dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  }
}
