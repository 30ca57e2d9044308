import { defineCalculator, num, str, unavailable, value, type Inputs, type Note, type OutputSpec, type OutputValue, type Result } from '../contract';
import { cellNumber, isHeader, layoutNotes, listLength, numberedRows, rowProblemNotes, type RowProblem } from '../list-rows';

const TIERS = [
  ['high-touch', 'High-touch'],
  ['low-touch', 'Low-touch'],
  ['tech-touch', 'Tech-touch'],
] as const;

/** The written promotion criteria: a flag word and the overlay it stands for. */
const CRITERIA: [RegExp, string][] = [
  [/^(strategic|reference)$/, 'strategic value'],
  [/^(complex|complexity|regulated)$/, 'complexity'],
  [/^(risk|at-risk|churn-risk)$/, 'active churn risk'],
];

export interface Account {
  row: number;
  name: string;
  arr: number;
  base: number;
  tier: number;
  reason: string;
}

/** Reads "name, ARR, flags…" rows; flags may share a cell (spaces) or take cells of their own. */
export function readAccounts(text: string, cut: (arr: number) => number): { accounts: Account[]; problems: string[] } {
  const accounts: Account[] = [];
  const rows = numberedRows(text);
  const bad: RowProblem[] = [];
  rows.forEach(({ row, cells }, i) => {
    if (i === 0 && isHeader(cells)) return;
    const [name, arrCell, ...rest] = cells;
    const arr = cellNumber(arrCell);
    if (arr === undefined) return bad.push({ row, problem: 'ARR must be a number; the row was left out' });
    if (arr < 0) return bad.push({ row, problem: 'ARR cannot be negative; the row was left out' });
    const reasons: string[] = [];
    for (const flag of rest.join(' ').toLowerCase().split(/[\s/+|]+/).filter(Boolean)) {
      const criterion = CRITERIA.find(([re]) => re.test(flag))?.[1];
      if (criterion) reasons.includes(criterion) || reasons.push(criterion);
      else bad.push({ row, problem: `"${flag.slice(0, 20)}" is no written criterion (strategic, complex, risk), so it was ignored` });
    }
    const base = cut(arr);
    // An overlay lifts a customer one tier, however many criteria apply; the top tier cannot rise.
    const tier = reasons.length && base > 0 ? base - 1 : base;
    accounts.push({ row, name: name || `Row ${row}`, arr, base, tier, reason: tier < base ? reasons.join(', ') : '' });
  });
  return { accounts, problems: [...layoutNotes(rows), ...rowProblemNotes(bad)] };
}

const OUTPUTS: OutputSpec[] = [
  { id: 'customers', label: 'Customers planned', unit: 'count', decimals: 0 },
  { id: 'promoted', label: 'Promoted by a criterion', unit: 'count', decimals: 0 },
  { id: 'promoted-share', label: 'Share of customers promoted', unit: 'percent', decimals: 1 },
  ...TIERS.map(([id, name]) => ({ id: `${id}-csms`, label: `${name} CSMs`, unit: 'count' as const, decimals: 0 })),
  { id: 'total-csms', label: 'Total CSMs', unit: 'count', decimals: 0 },
];

const ratio = <Id extends string>(id: Id, label: string, d: number) =>
  ({ kind: 'number', id, label, unit: 'count', default: d, min: 1, max: 10000, integer: true }) as const;
const cutoff = <Id extends string>(id: Id, label: string, d: number, hint: string) =>
  ({ kind: 'number', id, label, hint, unit: 'currency', default: d, min: 0, minExclusive: true, max: 1e8 }) as const;

export default defineCalculator({
  id: 'segment-planner',
  title: 'Segmentation and tier planner',
  fields: [
    {
      kind: 'text',
      id: 'customers',
      label: 'Customers: name, ARR and flags',
      hint: 'One customer a row. Promotion flags: strategic, complex (or regulated), risk.',
      default: [
        'Customer,ARR,Flags',
        'Atlas,240000,',
        'Beacon Bank,180000,regulated',
        'Corvid Analytics,95000,strategic',
        'Delta,60000,',
        'Ember,48000,',
        'Fable,30000,',
        'Granite,22000,',
        'Helio,18000,',
        'Iris,12000,',
        'Juniper,6000,',
        'Kestrel,4000,risk',
        'Lumen,3000,',
      ].join('\n'),
      maxLength: listLength(100),
      rows: 8,
      csv: true,
    },
    cutoff('high-cut', 'High-touch above', 100000, 'Chapter 5’s touch-model bands by default.'),
    cutoff('low-cut', 'Low-touch from', 25000, 'Below this, tech-touch.'),
    ratio('high-ratio', 'High-touch accounts per CSM', 20),
    ratio('low-ratio', 'Low-touch accounts per CSM', 100),
    ratio('tech-ratio', 'Tech-touch accounts per CSM', 500),
    { kind: 'number', id: 'drift', label: 'Promoted share that signals drift', hint: 'This book’s own threshold.', unit: 'percent', default: 20, min: 0, max: 100 },
  ],
  outputs: OUTPUTS,
  crossCheck(inputs: Inputs): Record<string, string> {
    return num(inputs, 'low-cut') < num(inputs, 'high-cut') ? {} : { 'low-cut': 'The low-touch floor must be below the high-touch cut-off.' };
  },
  compute(inputs): Result {
    const high = num(inputs, 'high-cut');
    const low = num(inputs, 'low-cut');
    const { accounts, problems } = readAccounts(str(inputs, 'customers'), (arr) => (arr > high ? 0 : arr >= low ? 1 : 2));
    const notes: Note[] = problems.map((text) => ({ level: 'warning', text }));
    if (!accounts.length) {
      const none = unavailable('No customers yet: paste or type at least one row with a name and ARR.');
      return { outputs: Object.fromEntries(OUTPUTS.map((o) => [o.id, none])), notes };
    }
    const ratios = [num(inputs, 'high-ratio'), num(inputs, 'low-ratio'), num(inputs, 'tech-ratio')];
    const promoted = accounts.filter((a) => a.reason).length;
    const pct = (k: number) => Math.round((k * 1000) / accounts.length) / 10;
    const share = pct(promoted);
    const out: Record<string, OutputValue> = { customers: value(accounts.length), promoted: value(promoted), 'promoted-share': value(share) };
    let total = 0;
    const tierRows = TIERS.map(([id, name], t) => {
      const members = accounts.filter((a) => a.tier === t);
      const csms = Math.ceil(members.length / ratios[t]!);
      total += csms;
      out[`${id}-csms`] = value(csms);
      return { tier: name, customers: members.length, share: pct(members.length), arr: members.reduce((s, a) => s + a.arr, 0), csms };
    });
    out['total-csms'] = value(total);
    if (share > num(inputs, 'drift'))
      notes.push({ level: 'warning', text: `${share}% of customers sit above their revenue tier: exceptions at this rate drift towards over-coverage. Check each against the written criteria.` });
    return {
      outputs: out,
      notes,
      tables: [
        {
          id: 'tiers',
          caption: 'Customers and CSMs by tier',
          columns: [
            { id: 'tier', label: 'Tier', unit: 'text' },
            { id: 'customers', label: 'Customers', unit: 'count' },
            { id: 'share', label: 'Share of customers', unit: 'percent' },
            { id: 'arr', label: 'ARR', unit: 'currency' },
            { id: 'csms', label: 'CSMs', unit: 'count' },
          ],
          rows: tierRows,
        },
        {
          id: 'customers',
          caption: 'Each customer’s tier',
          columns: [
            { id: 'name', label: 'Customer', unit: 'text' },
            { id: 'arr', label: 'ARR', unit: 'currency' },
            { id: 'base', label: 'Tier by revenue', unit: 'text' },
            { id: 'tier', label: 'Planned tier', unit: 'text' },
            { id: 'reason', label: 'Promoted for', unit: 'text' },
          ],
          rows: accounts.map((a) => ({ name: a.name, arr: a.arr, base: TIERS[a.base]![1], tier: TIERS[a.tier]![1], reason: a.reason })),
        },
      ],
    };
  },
  reading(inputs, r) {
    const customers = r.outputs.customers;
    const share = r.outputs['promoted-share'];
    if (!customers || !('value' in customers) || !share || !('value' in share)) return [];
    const counts = TIERS.map((_, t) => Number(r.tables?.[0]?.rows[t]?.customers ?? 0));
    const promoted = Number((r.outputs.promoted as { value: number }).value);
    const drift = num(inputs, 'drift');
    const total = Number((r.outputs['total-csms'] as { value: number }).value);
    return [
      [
        'Once promotions apply, the plan puts ', { value: counts[0]!, unit: 'count' }, ' in high-touch, ', { value: counts[1]!, unit: 'count' }, ' in low-touch and ',
        { value: counts[2]!, unit: 'count' }, ' in tech-touch: ', { output: 'customers' }, customers.value === 1 ? ' customer in all.' : ' customers in all.',
      ],
      promoted === 0
        ? ['No customer carries a written criterion that lifts it above its revenue tier.']
        : [
            { output: 'promoted' }, promoted === 1 ? ' customer was' : ' customers were', ' promoted by a written criterion, ', { output: 'promoted-share' }, ' of the list, ',
            Number(share.value) > drift ? 'above' : 'within', ' the ', { value: drift, unit: 'percent' }, ' you set as the sign of drift.',
          ],
      [
        'Covering them takes ', { output: 'total-csms' }, total === 1 ? ' CSM: ' : ' CSMs: ', { output: 'high-touch-csms' }, ' high-touch, ', { output: 'low-touch-csms' }, ' low-touch and ', { output: 'tech-touch-csms' }, ' tech-touch.',
      ],
    ];
  },
});
