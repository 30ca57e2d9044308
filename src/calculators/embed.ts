import measured from './embed-heights.json';

/** Widths of the frame a wiki or intranet commonly gives an embed: narrow column, page body, wide page. */
export const EMBED_WIDTHS = [600, 720, 960] as const;

/** Heights of a calculator's embed page as rendered in Chromium (test/e2e/finish-embeds.test.ts measures them). */
export interface EmbedHeights {
  /** With the book's example and no link figures, 720 px wide: what an oEmbed consumer shows. */
  example: number;
  /** With figures in the link, at each of EMBED_WIDTHS. */
  linked: number[];
  /** With figures and the comparison open, at each of EMBED_WIDTHS (calculators that compare). */
  compared?: number[];
}

export const EMBED_HEIGHTS: Readonly<Record<string, EmbedHeights>> = measured;

/**
 * The snippet's height: the tallest the embed renders at the common widths, so that a host that
 * ignores the resize message (most wiki macros) still shows the whole calculator at 600 px or wider.
 */
export function snippetHeight(id: string, compared = false): number {
  const h = EMBED_HEIGHTS[id];
  if (!h) throw new Error(`No measured embed height for "${id}": run UPDATE_EMBED_HEIGHTS=1 on test/e2e/finish-embeds.test.ts.`);
  return Math.max(...((compared && h.compared) || h.linked));
}

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
