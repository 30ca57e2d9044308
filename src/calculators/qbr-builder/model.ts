import { defineCalculator, keyword, num, str, value, type Field, type Inputs, type Note } from '../contract';
import { layoutNotes, numberedRows } from '../list-rows';

const lines = (inputs: Inputs, id: string) => str(inputs, id).split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const text = <Id extends string>(id: Id, label: string, d: string, hint: string, rows = 3, csv = false) => ({ kind: 'text', id, label, default: d, maxLength: 4000, rows, csv, hint }) as const;
const YES = /^(y|yes|true)$/i;
const NO = /^(n|no|false|)$/i;
// Agenda items that are really a usage or support recap, which senior attendees skip.
const RECAP = /\b(usage|logins?|tickets?|dashboards?|release notes?|roadmap)\b/i;

type Lead = 'Customer' | 'Both' | 'Vendor';
interface Item {
  section: string;
  item: string;
  lead: Lead;
  owner: string;
  weight: number;
}

/** Whole minutes per item that add up to the meeting length (largest remainder). */
function allocate(weights: number[], total: number): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (w * total) / sum);
  const out = exact.map(Math.floor);
  const short = total - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - out[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  order.slice(0, short).forEach(([, i]) => out[i]!++);
  return out;
}

const CADENCE = {
  monthly: ['Monthly (12 a year)', 12],
  quarterly: ['Quarterly (4 a year)', 4],
  'twice-yearly': ['Twice a year (2 a year)', 2],
} as const;

export default defineCalculator({
  id: 'qbr-builder',
  title: 'Business review agenda builder',
  fields: [
    text('goals', 'The customer’s goals this quarter', 'Cut onboarding for new branch staff from six weeks to four\nBring the two offices bought in spring onto the product', 'One per line. The agenda opens with these.', 3),
    text('changes', 'What has changed in their business', 'A new operations director joined in May\nBudget review due in the autumn', 'One per line.'),
    text('problems', 'Problems they may not have spotted', 'Half the new branch staff stop logging in after week one', 'One per line.'),
    text('opportunities', 'Opportunities they have not considered', 'The scheduling workflow could replace the new offices’ spreadsheets', 'One per line.'),
    text('recommendation', 'Your recommendation', 'Pilot scheduling in one new office for a month before the budget review and measure the hours saved.', 'What you would do in their place, and why.', 2),
    text('attendees', 'Customer attendees', 'Priya Shah, Operations director, yes\nTom Reid, Training lead, no', 'One per line: name, role, decision-maker (yes or no).', 3, true),
    text('actions', 'Decisions and actions', 'Choose the pilot office, Priya Shah, customer\nSet up scheduling, Alex Morgan, vendor\nMeasure hours spent on scheduling today, Tom Reid, customer', 'One per line: action, owner, side (customer or vendor).', 3, true),
    {
      kind: 'choice',
      id: 'pace',
      label: 'Pace of the customer’s business',
      default: 'steady',
      options: [
        { value: 'fast', label: 'Fast-moving' },
        { value: 'steady', label: 'Steady' },
        { value: 'slow', label: 'Slow-moving' },
      ],
    },
    {
      kind: 'choice',
      id: 'complexity',
      label: 'Complexity of the relationship',
      default: 'medium',
      options: [
        { value: 'high', label: 'High' },
        { value: 'medium', label: 'Medium' },
        { value: 'low', label: 'Low' },
      ],
    },
    { kind: 'number', id: 'minutes', label: 'Meeting length in minutes', unit: 'count', default: 60, min: 15, max: 240, integer: true },
  ],
  outputs: [
    { id: 'verdict', label: 'What this meeting is', unit: 'keyword' },
    { id: 'items', label: 'Agenda items', unit: 'count' },
    { id: 'decision-makers', label: 'Decision-makers invited', unit: 'count' },
    { id: 'customer-actions', label: 'Actions the customer owns', unit: 'count' },
    { id: 'customer-time', label: 'Time led by the customer', unit: 'percent', decimals: 0 },
    { id: 'cadence', label: 'Suggested cadence', unit: 'keyword' },
  ],
  crossCheck: (inputs): Record<string, string> => (lines(inputs, 'goals').length ? {} : { goals: 'List at least one of the customer’s goals: the review opens with them.' }),
  compute(inputs) {
    const notes: Note[] = [];
    const bad = (list: string, row: number, problem: string) => notes.push({ level: 'warning', text: `${list}, row ${row}: ${problem}; the row was left out.` });

    const listed = (id: 'attendees' | 'actions', list: string) => {
      const rows = numberedRows(str(inputs, id));
      for (const text of layoutNotes(rows)) notes.push({ level: 'warning', text: `${list}: ${text}` });
      return rows;
    };
    const people = listed('attendees', 'Attendees').flatMap(({ row, cells }) => {
      const flag = cells.length > 2 ? cells[cells.length - 1]! : '';
      if (!YES.test(flag) && !NO.test(flag)) return bad('Attendees', row, 'decision-maker must be yes or no'), [];
      return [{ name: cells[0]!, role: cells.slice(1, cells.length > 2 ? -1 : undefined).join(', '), decides: YES.test(flag) ? 'Yes' : 'No' }];
    });
    const actions = listed('actions', 'Actions').flatMap(({ row, cells }) => {
      const side = (cells[cells.length - 1] ?? '').toLowerCase();
      if (cells.length < 3 || (side !== 'customer' && side !== 'vendor')) return bad('Actions', row, 'give the action, its owner and a side of customer or vendor'), [];
      return [{ item: cells.slice(0, -2).join(', '), owner: cells[cells.length - 2]!, side }];
    });

    const goals = lines(inputs, 'goals');
    const recommendation = lines(inputs, 'recommendation').join(' ');
    // Section weights (the book's own split of the hour), shared equally by each section's items.
    const sections: [string, string[], Lead, number][] = [
      ['Their goals', goals, 'Customer', 10],
      ['What has changed for them', lines(inputs, 'changes'), 'Customer', 5],
      ['Progress against each goal', goals, 'Both', 20],
      ['Problems they may not have spotted', lines(inputs, 'problems'), 'Both', 15],
      ['Opportunities to consider', lines(inputs, 'opportunities'), 'Both', 15],
      ['Our recommendation', recommendation ? [recommendation] : [], 'Vendor', 20],
    ];
    const items: Item[] = sections.flatMap(([section, list, lead, weight]) => list.map((item) => ({ section, item, lead, owner: '', weight: weight / list.length })));
    for (const a of actions)
      items.push({ section: 'Decisions and actions', item: a.item, lead: a.side === 'customer' ? 'Customer' : 'Vendor', owner: a.owner, weight: 15 / actions.length });
    const minutes = allocate(items.map((i) => i.weight), num(inputs, 'minutes'));
    const customerTime = items.reduce((a, it, i) => a + (it.lead === 'Customer' ? 1 : it.lead === 'Both' ? 0.5 : 0) * minutes[i]!, 0);
    const share = Math.round((customerTime / num(inputs, 'minutes')) * 100);

    const deciders = people.filter((p) => p.decides === 'Yes').length;
    const ownedByCustomer = actions.filter((a) => a.side === 'customer').length;
    if (!people.length) notes.push({ level: 'warning', text: 'Nobody from the customer is invited yet.' });
    else if (!deciders) notes.push({ level: 'warning', text: 'No decision-maker is invited, so this is a check-in rather than a business review.' });
    if (!recommendation) notes.push({ level: 'warning', text: 'No recommendation: without a view of your own, this is a status update.' });
    if (!actions.length) notes.push({ level: 'info', text: 'Agree decisions and actions, with owners on both sides, before the meeting closes.' });
    else if (!ownedByCustomer) notes.push({ level: 'warning', text: 'Every action sits with your side: that is a to-do list, not a shared plan.' });
    if (share < 40) notes.push({ level: 'warning', text: 'You plan to lead most of the time: let the customer speak at least as much as you.' });
    const others = items.filter((it) => it.section !== 'Their goals' && it.section !== 'Progress against each goal');
    if (others.length && others.filter((it) => RECAP.test(it.item)).length * 2 >= others.length)
      notes.push({ level: 'warning', text: 'This reads like a usage or ticket recap, which senior people skip: tie each item to their business.' });

    const pace = str(inputs, 'pace');
    const complexity = str(inputs, 'complexity');
    const cadence = pace === 'fast' || complexity === 'high' ? 'monthly' : pace === 'slow' && complexity === 'low' ? 'twice-yearly' : 'quarterly';
    const verdict = !people.length || !deciders ? keyword('check-in', 'A check-in: no decision-maker invited') : !recommendation ? keyword('status-update', 'A status update: no recommendation') : keyword('business-review', 'A business review');

    return {
      outputs: {
        verdict,
        items: value(items.length),
        'decision-makers': value(deciders),
        'customer-actions': value(ownedByCustomer),
        'customer-time': value(share),
        cadence: keyword(cadence, CADENCE[cadence][0]),
      },
      notes,
      tables: [
        {
          id: 'agenda',
          caption: `Agenda: ${num(inputs, 'minutes')} minutes, built around the customer’s goals`,
          columns: [
            { id: 'n', label: '#', unit: 'count' },
            { id: 'section', label: 'Section', unit: 'text' },
            { id: 'item', label: 'Item', unit: 'text' },
            { id: 'lead', label: 'Led by', unit: 'text' },
            { id: 'owner', label: 'Owner', unit: 'text' },
            { id: 'minutes', label: 'Minutes', unit: 'count' },
          ],
          rows: items.map((it, i) => ({ n: i + 1, section: it.section, item: it.section === 'Progress against each goal' ? `Progress: ${it.item}` : it.item, lead: it.lead, owner: it.owner, minutes: minutes[i]! })),
        },
        {
          id: 'attendees',
          caption: 'Who is invited from the customer',
          columns: [
            { id: 'name', label: 'Name', unit: 'text' },
            { id: 'role', label: 'Role', unit: 'text' },
            { id: 'decides', label: 'Decision-maker', unit: 'text' },
          ],
          rows: people,
        },
      ],
    };
  },
});
