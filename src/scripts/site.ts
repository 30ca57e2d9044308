// Everything a prose page runs before search opens: theme toggle, search opener,
// contents highlight and tooltip dismissal. Kept small on purpose (DESIGN §8: 2 KB).
const root = document.documentElement;
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
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

// A saved theme that could not be read was set aside by the boot script (theme-boot.ts): the
// reader is told, as for every saved value, and where its copy is kept.
const lost = root.dataset.themeLost;
if (lost !== undefined) {
  const note = document.createElement('p');
  note.className = 'calc-notice';
  note.setAttribute('role', 'status');
  note.textContent = `Your saved choice of light or dark could not be read, so this page follows your system setting. ${lost ? `The old value is kept in this browser under "${lost}".` : 'This browser has no room for a copy, so it stays as it was until you choose light or dark with the theme button.'}`;
  document.querySelector('main')?.prepend(note);
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
  const dialog = document.querySelector<HTMLDialogElement>('#search-dialog');
  if (!dialog) return;
  event?.preventDefault();
  loadSearch().then((m) => m.openDialog(dialog));
};
if (document.querySelector('[data-search-autobind]')) loadSearch().then((m) => m.autobind());
document.querySelectorAll('[data-search-open]').forEach((el) => el.addEventListener('click', openSearch));
addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  const typing = target.closest('input, textarea, select, [contenteditable]');
  if ((event.key === 'k' && (event.ctrlKey || event.metaKey)) || (event.key === '/' && !typing)) openSearch(event);
  if (event.key === 'Escape') document.querySelectorAll('.term').forEach((t) => t.classList.add('tip-hidden'));
});
document.addEventListener('focusin', (e) => (e.target as HTMLElement).closest?.('.term')?.classList.remove('tip-hidden'));
document.addEventListener('mouseover', (e) => (e.target as HTMLElement).closest?.('.term')?.classList.remove('tip-hidden'));

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
