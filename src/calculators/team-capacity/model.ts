import { defineCalculator, keyword, num, str, unavailable, value, type Field, type Note, type OutputSpec, type OutputValue } from '../contract';

/**
 * Chapter 6's staffing table. Its contract-value cut-offs differ from Chapter 5's touch-model
 * bands on purpose. Shared endpoints: exactly 250,000 and exactly 50,000 count as mid-market,
 * exactly 10,000 as SMB.
 */
export const SEGMENTS = [
  { id: 'enterprise', name: 'Enterprise', fits: (acv: number) => acv > 250000, ratio: [5, 15], arr: [2e6, 5e6], example: [30, 300000, 10] },
  { id: 'mid-market', name: 'Mid-market', fits: (acv: number) => acv >= 50000 && acv <= 250000, ratio: [20, 50], arr: [2e6, 5e6], example: [120, 100000, 35] },
  { id: 'smb', name: 'SMB', fits: (acv: number) => acv >= 10000 && acv < 50000, ratio: [75, 200], arr: [2e6, 4e6], example: [400, 20000, 140] },
  { id: 'tech-touch', name: 'Tech-touch', fits: (acv: number) => acv < 10000, ratio: [500, Infinity], arr: [1e6, 3e6], example: [2000, 3000, 500] },
] as const;

/** Leadership layers by number of CSMs (first manager from 6, CS operations from 10, segment leaders from 20). */
export const LAYERS = [
  { at: 6, name: 'a first-level manager' },
  { at: 10, name: 'a CS operations lead' },
  { at: 20, name: 'segment leaders' },
] as const;
const ROLES = [
  ['none', 'None yet'],
  ['manager', 'First-level manager'],
  ['manager+ops', 'First-level manager and CS operations'],
  ['manager+ops+segment-leaders', 'Manager, CS operations and segment leaders'],
] as const;

/** Whole CSMs for a whole number of customers: exact integer arithmetic, so a ceiling never undercounts. */
export const csmsFor = (customers: number, ratio: number, reduction: number) => Math.ceil((customers * 100) / (ratio * (100 - reduction)));

const millions = (x: number) => `${x / 1e6}M`;

const fields = [
  ...SEGMENTS.flatMap((s) => [
    { kind: 'number', id: `${s.id}-customers` as const, label: `${s.name} customers`, unit: 'count', default: s.example[0], min: 0, max: 1e6, integer: true },
    { kind: 'number', id: `${s.id}-acv` as const, label: `${s.name} average ACV`, unit: 'currency', default: s.example[1], min: 0, minExclusive: true, max: 1e8 },
    {
      kind: 'number',
      id: `${s.id}-ratio` as const,
      label: `${s.name} customers per CSM`,
      hint: `Benchmark ${s.ratio[1] === Infinity ? `${s.ratio[0]} or more` : `${s.ratio[0]} to ${s.ratio[1]}`}; lower it for complex products or a young customer base.`,
      unit: 'count',
      default: s.example[2],
      min: 1,
      max: 10000,
      integer: true,
    },
  ] as const),
  {
    kind: 'choice',
    id: 'quota',
    label: 'CSMs carry expansion quotas',
    default: 'no',
    options: [
      { value: 'no', label: 'No: retention and light expansion spotting' },
      { value: 'yes', label: 'Yes: active expansion quotas' },
    ],
  },
  { kind: 'number', id: 'reduction', label: 'Ratio reduction for expansion quotas', hint: 'Applies only with quotas; the benchmark is 20% to 30%.', unit: 'percent', default: 25, min: 20, max: 30, integer: true },
] as const satisfies readonly Field[];

const outputs: OutputSpec[] = [
  ...SEGMENTS.map((s) => ({ id: `${s.id}-csms`, label: `${s.name} CSMs needed`, unit: 'count' as const, decimals: 0 })),
  ...SEGMENTS.map((s) => ({ id: `${s.id}-arr-per-csm`, label: `${s.name} ARR per CSM`, unit: 'currency' as const })),
  { id: 'total-csms', label: 'Total CSM headcount', unit: 'count', decimals: 0 },
  { id: 'roles', label: 'Leadership roles due', unit: 'keyword' },
];

export default defineCalculator({
  id: 'team-capacity',
  title: 'CS team capacity planner',
  fields,
  outputs,
  compute(inputs) {
    const reduction = str(inputs, 'quota') === 'yes' ? num(inputs, 'reduction') : 0;
    const out: Record<string, OutputValue> = {};
    const notes: Note[] = [];
    let total = 0;
    for (const s of SEGMENTS) {
      const customers = num(inputs, `${s.id}-customers`);
      const acv = num(inputs, `${s.id}-acv`);
      const ratio = num(inputs, `${s.id}-ratio`);
      const csms = csmsFor(customers, ratio, reduction);
      total += csms;
      out[`${s.id}-csms`] = value(csms);
      if (!csms) {
        out[`${s.id}-arr-per-csm`] = unavailable('No customers in this segment, so no CSMs to divide by.');
        continue;
      }
      const perCsm = (customers * acv) / csms;
      out[`${s.id}-arr-per-csm`] = value(perCsm);
      const [lo, hi] = s.arr;
      if (perCsm < lo || perCsm > hi)
        notes.push({
          level: 'warning',
          text: `${s.name}: ARR per CSM is ${perCsm < lo ? 'below' : 'above'} the ${millions(lo)} to ${millions(hi)} band. ${perCsm < lo ? 'Coverage may cost more than this revenue supports.' : 'Each CSM may be carrying more than one person can hold.'}`,
        });
      if (!s.fits(acv))
        notes.push({ level: 'info', text: `${s.name}: this average contract sits outside the segment’s usual range, so its benchmarks may not fit.` });
      if (ratio < s.ratio[0] || ratio > s.ratio[1]) notes.push({ level: 'info', text: `${s.name}: ${ratio} customers per CSM is outside the benchmark range.` });
    }
    if (reduction) notes.push({ level: 'info', text: `Expansion quotas cut every ratio by ${reduction}% before rounding up.` });
    const due = LAYERS.filter((l) => total >= l.at).length;
    const [role, label] = ROLES[due]!;
    if (due) notes.push({ level: 'info', text: `Due at ${total} CSMs: ${LAYERS.slice(0, due).map((l) => l.name).join(', ')}.` });
    const next = LAYERS[due];
    if (next)
      notes.push({
        level: 'info',
        text: `Not yet: ${next.name} (from ${next.at} CSMs, ${next.at - total} more than this plan). Adding the layer sooner makes the team top-heavy.`,
      });
    out['total-csms'] = value(total);
    out.roles = keyword(role, label);
    return { outputs: out, notes };
  },
});
