// What every page runs before search opens: theme toggle, search opener and its shortcuts, and the
// small-screen menu. Pages of prose add reading.ts (glossary tips, keyboard paging, contents
// highlight). Every page carries this (DESIGN §8: 2 KB gzip with the inline theme script), so it
// is written tersely.
const d = document;
const root = d.documentElement;
const $ = <T extends Element = HTMLElement>(s: string) => d.querySelector<T>(s);
const on = (target: EventTarget, type: string, fn: (e: any) => unknown, capture?: boolean) => target.addEventListener(type, fn, capture);

const toggle = $('[data-theme-toggle]');
const dark = () => (root.dataset.theme ? root.dataset.theme == 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
const showTheme = () => toggle?.setAttribute('aria-pressed', '' + dark());
showTheme();
if (toggle)
  on(toggle, 'click', () => {
    const next = dark() ? 'light' : 'dark';
    root.dataset.theme = next;
    try {
      localStorage.setItem('csp:v1:theme', JSON.stringify(next));
    } catch {
      /* The choice still holds for this page. */
    }
    showTheme();
  });

// A saved theme the boot script set aside: say so, and where its copy is (the text is in the page).
// The <html> element carries data-theme-lost too, so the notice is picked out as a <p>.
const lost = root.dataset.themeLost;
if (lost != null) {
  const note = $('p[data-theme-lost]')!;
  note.hidden = false;
  note.querySelector('code')!.textContent = lost;
  note.children[lost ? 1 : 0].remove();
}

// The shortcut as the reader's keyboard writes it (touch screens hide it in CSS).
const searchButton = $('[data-search-open]');
if (searchButton && /Mac|iP/.test(navigator.platform)) {
  searchButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
  searchButton.querySelector('kbd')!.textContent = '⌘K';
}

// A script element rather than import(): the bundler would add its preload helper
// (about 1 KB) to every page for a module most readers never open.
type SearchUi = { openDialog(dialog: HTMLDialogElement): void; autobind(): void };
let searchUi: Promise<SearchUi> | undefined;
const loadSearch = () =>
  (searchUi ??= new Promise((resolve, reject) => {
    const script = d.createElement('script');
    script.type = 'module';
    script.src = '/search.js';
    script.onload = () => resolve((window as any).cspSearch);
    script.onerror = reject;
    d.head.append(script);
  }));
const openSearch = (e?: Event) => {
  const dialog = $<HTMLDialogElement>('#search-dialog');
  if (dialog) {
    e?.preventDefault();
    loadSearch().then((m) => m.openDialog(dialog));
  }
};
if ($('[data-search-autobind]')) loadSearch().then((m) => m.autobind());
if (searchButton) on(searchButton, 'click', openSearch);

on(window, 'keydown', (e: KeyboardEvent) => {
  const typing = (e.target as Element).closest('input,textarea,select,[contenteditable]');
  if ((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) openSearch(e);
});

// The menu closes when one of its links is followed (a link within the page leaves it open otherwise).
const menu = $('#menu');
if (menu) on(menu, 'click', (e) => e.target.closest('a') && menu.hidePopover());
export {};
