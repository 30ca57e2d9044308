// Tells the host page how tall this embed is, so its iframe can fit without scrolling.
const id = location.pathname.split('/').filter(Boolean)[1] ?? '';
let last = 0;
const post = () => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || parent === window) return;
  last = height;
  parent.postMessage({ type: 'csp:resize', id, height }, '*');
};
new ResizeObserver(post).observe(document.documentElement);
addEventListener('load', post);
