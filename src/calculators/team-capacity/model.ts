import { defineCalculator, keyword, num, str, unavailable, value, type Derivation, type Field, type Note, type OutputSpec, type OutputValue, type Sentence } from '../contract';
import type { ProfileKey } from '../profile-fields';

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

/**
 * A segment's average contract from the reader's figures: its ARR ÷ its customers. A segment
 * the reader does not serve (no customers, no ARR) averages 0, which the plan needs no CSM for.
 */
const averageContract = (name: string, customers: ProfileKey, arr: ProfileKey): Derivation => ({
  label: `your ${name} ARR ÷ ${name} customers`,
  needs: [customers, arr],
  derive: (p) => {
    const [c, a] = [p[customers], p[arr]];
    return c === undefined || a === undefined ? undefined : c > 0 ? a / c : a === 0 ? 0 : undefined;
  },
});

const fields = [
  ...SEGMENTS.flatMap((s) => [
    // The base is one situation: it fills from the reader's figures only for every segment at once.
    { kind: 'number', id: `${s.id}-customers` as const, label: `${s.name} customers`, unit: 'count', default: s.example[0], min: 0, max: 1e6, integer: true, profile: `${s.id}-customers` as const, group: 'base' },
    {
      kind: 'number',
      id: `${s.id}-acv` as const,
      label: `${s.name} average ACV`,
      unit: 'currency',
      default: s.example[1],
      min: 0,
      max: 1e8,
      profile: averageContract(s.name === 'SMB' ? 'SMB' : s.name.toLowerCase(), `${s.id}-customers`, `${s.id}-arr`),
      group: 'base',
    },
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
  reading(inputs, r) {
    const total = r.outputs['total-csms'];
    if (!total || !('value' in total)) return [];
    const quota = inputs.quota === 'yes';
    if (total.value === 0) return [['With no customers in any segment, the plan needs no CSMs.']];
    const off = (side: 'below' | 'above') =>
      SEGMENTS.filter((s) => {
        const per = r.outputs[`${s.id}-arr-per-csm`];
        return per && 'value' in per && typeof per.value === 'number' && (side === 'below' ? per.value < s.arr[0] : per.value > s.arr[1]);
      }).map((s): Sentence => [`${s.name === 'SMB' ? s.name : s.name.toLowerCase()} (`, { output: `${s.id}-arr-per-csm` }, ' against ', { value: s.arr[0], unit: 'currency' }, ' to ', { value: s.arr[1], unit: 'currency' }, ')']);
    const [below, above] = [off('below'), off('above')];
    const due = LAYERS.filter((l) => Number(total.value) >= l.at);
    const next = LAYERS[due.length];
    return [
      [
        'This base needs ', { output: 'total-csms' }, total.value === 1 ? ' CSM: ' : ' CSMs: ', { output: 'enterprise-csms' }, ' enterprise, ', { output: 'mid-market-csms' }, ' mid-market, ',
        { output: 'smb-csms' }, ' SMB and ', { output: 'tech-touch-csms' }, ' tech-touch',
        ...(quota ? [', with every ratio cut by ', { value: inputs.reduction, unit: 'percent' as const }, ' for expansion quotas.'] : ['.']),
      ],
      below.length || above.length
        ? [
            'ARR per CSM falls ',
            ...(below.length ? ['below its band in ', ...list(below)] : []),
            ...(below.length && above.length ? [', and rises '] : []),
            ...(above.length ? ['above it in ', ...list(above)] : []),
            '.',
          ]
        : ['ARR per CSM sits inside its band in every segment with customers.'],
      due.length
        ? ['That size calls for ', due.map((l) => l.name).join(', ').replace(/, ([^,]*)$/, ' and $1'), ...(next ? ['; ', next.name, next.name.startsWith('a ') ? ' follows from ' : ' follow from ', { value: next.at, unit: 'count' as const }, ' CSMs, ', { value: next.at - Number(total.value), unit: 'count' as const }, ' more than this plan.'] : ['.'])]
        : ['No leadership layer is due yet: the first, a manager, comes at ', { value: LAYERS[0].at, unit: 'count' }, ' CSMs.'],
    ];
  },
});

/** Sentence fragments joined as "a, b and c". */
function list(items: Sentence[]): Sentence {
  return items.flatMap((item, i) => [...(i === 0 ? [] : i === items.length - 1 ? [' and '] : [', ']), ...item]);
}
