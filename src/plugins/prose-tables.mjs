/**
 * Prose tables that read on a phone. Every body cell is labelled with its column's heading
 * (`data-label`), so a narrow screen can show each row as a block of labelled lines (global.css,
 * `.stack`); a table whose rows are mostly words gets that class. Every table sits in a focusable
 * scroll region, so one that is still too wide scrolls inside its box rather than the page.
 * (A Sätteri hast plugin: Astro 7's Markdown processor.)
 */
const elements = (node, tag) => (node.children ?? []).filter((c) => c.type === 'element' && (!tag || c.tagName === tag));

export function proseTables() {
  return {
    name: 'csp:prose-tables',
    element: {
      filter: ['table'],
      visit(table, ctx) {
        const head = elements(table, 'thead')[0];
        const labels = head ? elements(elements(head, 'tr')[0] ?? {}, 'th').map((th) => ctx.textContent(th).trim()) : [];
        const rows = elements(table, 'tbody').flatMap((body) => elements(body, 'tr'));
        let letters = 0;
        for (const row of rows) {
          elements(row).forEach((cell, i) => {
            if (labels[i]) ctx.setProperty(cell, 'dataLabel', labels[i]);
            letters += ctx.textContent(cell).replace(/[\d\s.,%$£€×+−–-]/g, '').length;
          });
        }
        // Three or more columns of sentences squeeze into one-word columns on a phone: stack them.
        if (labels.length >= 3 && rows.length && letters / rows.length > 60) ctx.setProperty(table, 'className', ['stack']);
        ctx.wrapNode(table, { type: 'element', tagName: 'div', properties: { className: ['table-scroll'], tabIndex: 0, role: 'group', ariaLabel: labels.length ? `Table: ${labels.join(', ')}` : 'Table' }, children: [] });
      },
    },
  };
}
