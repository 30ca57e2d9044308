// Everything a prose page runs before search opens: theme toggle, search searchButton, contents
// highlight, the small-screen menu, keyboard paging and glossary tips. Kept small on purpose
// (DESIGN §8: 2 KB gzip with the inline theme script), so it is written tersely.
const root = document.documentElement;
const $ = <T extends Element = HTMLElement>(s: string) => document.querySelector<T>(s);
const toggle = $('[data-theme-toggle]');
const dark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches);
const showTheme = () => toggle?.setAttribute('aria-pressed', String(dark()));
showTheme();
toggle?.addEventListener('click', () => {
  const next = dark() ? 'light' : 'dark';
  root.dataset.theme = next;
  try {
    localStorage.setItem('csp:v1:theme', JSON.stringify(next));
  } catch {
    /* The choice still holds for this page. */
  }
  showTheme();
});

// The shortcut as the reader's keyboard writes it (touch screens hide it in CSS).
const searchButton = $('[data-search-open]');
if (/Mac|iP/.test(navigator.platform) && searchButton) {
  searchButton.setAttribute('aria-keyshortcuts', 'Meta+K /');
  searchButton.querySelector('kbd')!.textContent = '⌘K';
}

interface SearchUi {
  openDialog(dialog: HTMLDialogElement): void;
  autobind(): void;
}
// A script element rather than import(): the bundler would add its preload helper
// (about 1 KB) to every page for a module most readers never open.
let searchUi: Promise<SearchUi> | undefined;
const loadSearch = () =>
  (searchUi ??= new Promise<SearchUi>((resolve, reject) => {
    const script = document.createElement('script');
    script.type = 'module';
    script.src = '/search.js';
    script.onload = () => resolve((window as unknown as { cspSearch: SearchUi }).cspSearch);
    script.onerror = reject;
    document.head.append(script);
  }));
const openSearch = (event?: Event) => {
  const dialog = $<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  event?.preventDefault();
  loadSearch().then((m) => m.openDialog(dialog));
};
if ($('[data-search-autobind]')) loadSearch().then((m) => m.autobind());
searchButton?.addEventListener('click', openSearch);

// Glossary tips: hover and focus show them (CSS); a tap toggles one in place instead of
// following the link, and Escape or a tap elsewhere closes it.
let touch = false;
const tips = (open?: Element | false) =>
  document.querySelectorAll('.term').forEach((t) => {
    const shown = t === open;
    if (!shown && t.classList.contains('tip-open')) t.classList.add('tip-hidden');
    t.classList.toggle('tip-open', shown);
    if (shown) t.classList.remove('tip-hidden');
  });
addEventListener('pointerdown', (e) => (touch = e.pointerType != 'mouse'), true);
document.addEventListener('click', (e) => {
  const term = (e.target as Element).closest?.('.term');
  if (term && touch) {
    e.preventDefault();
    tips(!term.classList.contains('tip-open') && term);
  } else if (!term) tips();
});
const show = (e: Event) => (e.target as Element).closest?.('.term')?.classList.remove('tip-hidden');
document.addEventListener('focusin', show);
document.addEventListener('mouseover', show);

addEventListener('keydown', (e) => {
  const target = e.target as Element;
  touch = false;
  const typing = target.closest('input, textarea, select, [contenteditable]');
  const plain = !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typing || target.closest('[tabindex="0"], dialog[open]'));
  if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing)) openSearch(e);
  if (e.key === 'Escape') {
    tips();
    document.querySelectorAll('.term').forEach((t) => t.classList.add('tip-hidden'));
  }
  // Arrow keys turn the page, as in mdBook: not while typing, in a scrolling table or with a modifier.
  const rel = { ArrowLeft: 'prev', ArrowRight: 'next' }[e.key];
  const page = rel && plain && !e.defaultPrevented && $<HTMLAnchorElement>(`a[rel="${rel}"]`);
  if (page) location.href = page.href;
});

// The menu closes when one of its links is followed (a link within the page leaves it open otherwise).
const menu = $('#menu');
menu?.addEventListener('click', (e) => (e.target as Element).closest('a') && menu.hidePopover());

const links = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"]')];
if (links.length && 'IntersectionObserver' in window) {
  const seen = new Map<string, boolean>();
  const observer = new IntersectionObserver((entries) => {
    entries.forEach((e) => seen.set(e.target.id, e.isIntersecting));
    const active = links.find((a) => seen.get(a.hash.slice(1)));
    if (active) links.forEach((a) => (a === active ? a.setAttribute('aria-current', 'location') : a.removeAttribute('aria-current')));
  }, { rootMargin: '0px 0px -70% 0px' });
  links.forEach((a) => {
    const heading = document.getElementById(decodeURIComponent(a.hash.slice(1)));
    if (heading) observer.observe(heading);
  });
}
