// Everything a prose page runs before search opens: theme toggle, search opener, contents
// highlight, the small-screen menu, keyboard paging and glossary tips. Every page carries it
// (DESIGN §8: 2 KB gzip with the inline theme script), so it is written tersely.
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
const lost = root.dataset.themeLost;
if (lost != null) {
  const note = $('[data-theme-lost]')!;
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

// Glossary tips: hover and focus show them (CSS); a tap toggles one in place instead of following
// the link, and Escape or a tap elsewhere closes it.
let touch = false;
const tips = (open?: Element | false, hide?: boolean) =>
  d.querySelectorAll('.term').forEach((t) => {
    const c = t.classList;
    if (t != open && (hide || c.contains('tip-open'))) c.add('tip-hidden');
    c.toggle('tip-open', t == open);
    if (t == open) c.remove('tip-hidden');
  });
on(window, 'pointerdown', (e: PointerEvent) => (touch = e.pointerType != 'mouse'), true);
on(d, 'click', (e) => {
  const term = e.target.closest?.('.term');
  if (term && touch) {
    e.preventDefault();
    tips(!term.classList.contains('tip-open') && term);
  } else if (!term) tips();
});
const show = (e: Event) => (e.target as Element).closest?.('.term')?.classList.remove('tip-hidden');
on(d, 'focusin', show);
on(d, 'mouseover', show);

on(window, 'keydown', (e: KeyboardEvent) => {
  const target = e.target as Element;
  const typing = target.closest('input,textarea,select,[contenteditable]');
  touch = false;
  if ((e.key == 'k' && (e.ctrlKey || e.metaKey)) || (e.key == '/' && !typing)) openSearch(e);
  if (e.key == 'Escape') tips(false, true);
  // Arrow keys turn the page, as in mdBook: not while typing, in a scrolling box or with a modifier.
  const rel = e.key == 'ArrowLeft' ? 'prev' : e.key == 'ArrowRight' && 'next';
  const page = rel && !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typing || e.defaultPrevented || target.closest('[tabindex="0"],dialog[open]')) && $<HTMLAnchorElement>(`a[rel=${rel}]`);
  if (page) location.href = page.href;
});

// The menu closes when one of its links is followed (a link within the page leaves it open otherwise).
const menu = $('#menu');
if (menu) on(menu, 'click', (e) => e.target.closest('a') && menu.hidePopover());

// "On this page": the section being read is marked as the current one.
const links = [...d.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
const seen = new Map<string, boolean>();
const observer = new IntersectionObserver(
  (entries) => {
    entries.forEach((e) => seen.set(e.target.id, e.isIntersecting));
    const active = links.find((a) => seen.get(a.hash.slice(1)));
    if (active) links.forEach((a) => (a == active ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
  },
  { rootMargin: '0px 0px -70% 0px' },
);
links.forEach((a) => {
  // Heading ids are ASCII slugs: no decoding needed.
  const heading = d.getElementById(a.hash.slice(1));
  if (heading) observer.observe(heading);
});
