// What a page of prose adds to site.ts: glossary tips that a tap opens, arrow keys that turn the
// page, and the contents marking the section being read. Included through ReadingAids.astro by
// the pages and components that have these (chapters, the cover, Term), so tool pages do not
// carry it; written tersely for the same budget.
const d = document;
const on = (target: EventTarget, type: string, fn: (e: any) => unknown, capture?: boolean) => target.addEventListener(type, fn, capture);

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
  if (e.key == 'Escape') tips(false, true);
  // Arrow keys turn the page, as in mdBook: not while typing, in a scrolling box or with a modifier.
  const rel = e.key == 'ArrowLeft' ? 'prev' : e.key == 'ArrowRight' && 'next';
  const page = rel && !(e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || typing || e.defaultPrevented || target.closest('[tabindex="0"],dialog[open]')) && d.querySelector<HTMLAnchorElement>(`a[rel=${rel}]`);
  if (page) location.href = page.href;
});

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
export {};
