/** The iframe snippet a wiki pastes; `query` carries the current inputs. */
export function embedSnippet(origin: string, id: string, title: string, height: number, query = ''): string {
  return `<iframe src="${origin}/embed/${id}/${query ? `?${query}` : ''}" title="${title} calculator" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The host-page listener that lets embedded calculators set their own height. */
export const resizeListener = `<script>
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || data.type !== 'csp:resize' || typeof data.height !== 'number') return;
  document.querySelectorAll('iframe').forEach(function (frame) {
    if (frame.contentWindow === event.source) frame.style.height = Math.min(data.height, 5000) + 'px';
  });
});
</script>`;
