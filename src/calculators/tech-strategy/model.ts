import { defineCalculator, keyword, str, value, type Inputs, type Note } from '../contract';
import { readRows } from '../../lib/csv';

const text = <Id extends string>(id: Id, label: string, hint: string, d: string, rows = 4) => ({ kind: 'text', id, label, hint, default: d, maxLength: 4000, rows }) as const;
/** Names compare without case or extra spaces, so "Product analytics" links to "product  analytics". */
const key = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const rows = (inputs: Inputs, id: string) => readRows(str(inputs, id)).map((r) => r.cells).filter((cells) => cells[0]);

const QUESTIONS = ['metrics', 'work', 'data', 'systems'] as const;
const ORDER: Record<(typeof QUESTIONS)[number], string> = {
  metrics: '',
  work: 'Answer question 1 first: the metrics.',
  data: 'Answer question 2 first: the weekly work.',
  systems: 'Answer question 3 first: the data.',
};

export default defineCalculator({
  id: 'tech-strategy',
  title: 'Technology strategy on one page',
  fields: [
    text('metrics', '1. What is CS accountable for, in metrics?', 'A line each.', 'GRR\nNRR'),
    text('work', '2. What weekly CSM work moves those metrics?', 'A line each: the work, then the metrics it moves.', 'Health reviews, GRR, NRR\nRenewal preparation, GRR, NRR'),
    text('data', '3. What data does that work need?', 'A line each: the data, then the work using it.', 'Usage, Health reviews\nTickets, Health reviews\nContract dates, Renewal preparation'),
    text(
      'systems',
      '4. Which system holds each kind of data, and how does it reach CSMs?',
      'A line each: data, owning system, route to CSMs.',
      'Usage, Product analytics, Integration into one CSM view\nTickets, Support system, Integration into one CSM view\nContract dates, CRM, Integration into one CSM view',
    ),
    text('tools', 'Tools you own or plan to buy', 'A line each: the tool, then own or buy.', 'CRM, own\nProduct analytics, own\nSupport system, own\nIntegration into one CSM view, buy\nCustomer success platform, buy', 5),
  ],
  outputs: [
    { id: 'answered', label: 'Questions answered, of four', unit: 'count' },
    { id: 'unlinked', label: 'Metrics no weekly work moves', unit: 'count' },
    { id: 'serving', label: 'Tools that serve the strategy', unit: 'count' },
    { id: 'deferrable', label: 'Tools that can wait', unit: 'count' },
    { id: 'verdict', label: 'What you have', unit: 'keyword' },
  ],
  crossCheck(inputs): Record<string, string> {
    // Each question unlocks only once the one before it has an answer.
    const errors: Record<string, string> = {};
    QUESTIONS.forEach((q, i) => {
      if (i > 0 && rows(inputs, q).length && !rows(inputs, QUESTIONS[i - 1]!).length) errors[q] = ORDER[q];
    });
    return errors;
  },
  compute(inputs) {
    const metrics = rows(inputs, 'metrics').map((c) => c[0]!);
    const work = rows(inputs, 'work').map(([name, ...moves]) => ({ name: name!, moves: moves.map(key) }));
    const data = rows(inputs, 'data').map(([name, ...uses]) => ({ name: name!, uses: uses.map(key) }));
    const homes = new Map(rows(inputs, 'systems').map(([name, system = '', route = '']) => [key(name!), { system, route }]));
    const tools = rows(inputs, 'tools').map(([name, status = '']) => ({ name: name!, buy: /^buy/i.test(status) }));
    const answered = [metrics, work, data, [...homes]].filter((list) => list.length).length;
    const notes: Note[] = [];

    const unlinked = metrics.filter((m) => !work.some((w) => w.moves.includes(key(m))));
    if (unlinked.length && work.length) notes.push({ level: 'warning', text: `No weekly work moves ${unlinked.join(', ')}.` });
    const homeless = data.filter((d) => !homes.has(key(d.name)));
    if (homeless.length && homes.size) notes.push({ level: 'warning', text: `No system holds ${homeless.map((d) => d.name).join(', ')}.` });
    // A tool serves the strategy when question 4 names it as a home for data or as the route to CSMs.
    const named = new Set([...homes.values()].flatMap((h) => [key(h.system), key(h.route)]));
    const serves = (t: { name: string }) => named.has(key(t.name));
    const deferrable = tools.filter((t) => !serves(t));
    const shopping = !metrics.length && tools.some((t) => t.buy);
    if (shopping) notes.push({ level: 'warning', text: 'Purchases before any metric: a shopping list, not a strategy.' });

    const strategy = metrics.flatMap((m) => {
      const jobs = work.filter((w) => w.moves.includes(key(m)));
      if (!jobs.length) return [{ metric: m, work: '', data: '', system: '', route: '' }];
      return jobs.flatMap((w) => {
        const needs = data.filter((d) => d.uses.includes(key(w.name)));
        if (!needs.length) return [{ metric: m, work: w.name, data: '', system: '', route: '' }];
        return needs.map((d) => ({ metric: m, work: w.name, data: d.name, ...(homes.get(key(d.name)) ?? { system: '', route: '' }) }));
      });
    });
    const verdict = shopping
      ? keyword('shopping-list', 'A shopping list')
      : answered === 4 && !unlinked.length && !homeless.length
        ? keyword('strategy', 'A strategy')
        : keyword('incomplete', 'Not finished');
    return {
      outputs: { answered: value(answered), unlinked: value(unlinked.length), serving: value(tools.length - deferrable.length), deferrable: value(deferrable.length), verdict },
      notes,
      tables: [
        {
          id: 'strategy',
          caption: 'From metric to system',
          columns: [
            { id: 'metric', label: 'Metric', unit: 'text' },
            { id: 'work', label: 'Weekly work', unit: 'text' },
            { id: 'data', label: 'Data it needs', unit: 'text' },
            { id: 'system', label: 'Owning system', unit: 'text' },
            { id: 'route', label: 'Route to CSMs', unit: 'text' },
          ],
          rows: strategy,
        },
        {
          id: 'tools',
          caption: 'Your tools',
          columns: [
            { id: 'name', label: 'Tool', unit: 'text' },
            { id: 'status', label: 'Own or buy', unit: 'text' },
            { id: 'serves', label: 'Serves the strategy', unit: 'text' },
          ],
          rows: tools.map((t) => ({ name: t.name, status: t.buy ? 'Buy' : 'Own', serves: serves(t) ? 'Yes' : 'No: it can wait' })),
        },
      ],
    };
  },
  reading(inputs, r) {
    const { deferrable } = r.outputs;
    if (!('value' in deferrable)) return [];
    const first = rows(inputs, 'tools').find(([name, status = '']) => /^buy/i.test(status) && r.tables?.[1]?.rows.some((t) => t.name === name && t.serves === 'Yes'));
    return [
      ['You have answered ', { output: 'answered' }, ' of the four questions: ', { output: 'verdict' }, '.'],
      ...(first ? [[`The first purchase the answers support is ${first[0]}.`]] : []),
      ...(deferrable.value > 0 ? [[{ output: 'deferrable' as const }, deferrable.value === 1 ? ' tool serves no answer yet and can wait.' : ' tools serve no answer yet and can wait.']] : []),
    ];
  },
});
