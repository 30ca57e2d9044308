import { defineCalculator, keyword, num, unavailable, value, type Derivation, type Note, type Sentence } from '../contract';

/**
 * The coverage and cost check behind the maturity assessment's cost-to-retain question: today's
 * team against two rules of thumb ($2M of ARR or 50 customers per CSM) and CS cost as a share
 * of ARR. The percentages are shares of ARR, the base this book uses.
 */
const round1 = (x: number) => Math.round(x * 10) / 10;
/**
 * Whole people, without a binary crumb (12.000000000000002) costing an extra head: the figure is
 * read to 15 significant digits, past which a double holds only noise. (A relative allowance of
 * 1e-9 cost four heads short of the rule at $1T of ARR.)
 */
const whole = (x: number) => Math.ceil(Number(x.toPrecision(15)));

/** The reader's CS cost when they have not entered one: their CSMs at their cost each. */
const teamCost: Derivation = {
  label: 'your CSMs × the fully loaded cost of one CSM',
  needs: ['csms', 'csm-cost'],
  derive: (p) => (p.csms === undefined || p['csm-cost'] === undefined ? undefined : p.csms * p['csm-cost']),
};

/** The share of ARR typical of each kind of company. */
const SIZES = {
  established: { typical: [5, 15] },
  large: { typical: [0, 5] },
} as const;

export default defineCalculator({
  id: 'cs-coverage',
  title: 'Coverage and cost check',
  fields: [
    // Today's company is one situation: ARR, customers, CSMs and what they cost fill together.
    { kind: 'number', id: 'arr', label: 'ARR', unit: 'currency', default: 40_000_000, min: 0, minExclusive: true, max: 1e12, profile: 'arr', group: 'today' },
    { kind: 'number', id: 'customers', label: 'Customers', unit: 'count', default: 600, min: 1, max: 1e9, integer: true, profile: 'customers', group: 'today' },
    { kind: 'number', id: 'csms', label: 'CSMs today', unit: 'count', default: 16, min: 0, max: 1e6, integer: true, profile: 'csms', group: 'today' },
    {
      kind: 'number',
      id: 'cs-cost',
      label: 'Annual CS cost',
      hint: 'Everything CS costs in a year, fully loaded: CSMs, managers, operations and tools.',
      unit: 'currency',
      default: 3_200_000,
      min: 0,
      max: 1e12,
      profile: teamCost,
      group: 'today',
    },
    { kind: 'number', id: 'arr-per-csm', label: 'Rule of thumb: ARR per CSM', unit: 'currency', default: 2_000_000, min: 0, minExclusive: true, max: 1e10 },
    { kind: 'number', id: 'customers-per-csm', label: 'Rule of thumb: customers per CSM', unit: 'count', default: 50, min: 1, max: 1e6, integer: true },
    {
      kind: 'choice',
      id: 'size',
      label: 'Compare CS cost with',
      default: 'established',
      options: [
        { value: 'established', label: 'Established companies (5% to 15% of ARR)' },
        { value: 'large', label: 'Large organisations (under 5%)' },
      ],
    },
  ],
  outputs: [
    { id: 'cost-pct', label: 'CS cost as a share of ARR', unit: 'percent', decimals: 1 },
    { id: 'csms-by-arr', label: 'CSMs by the ARR rule', unit: 'number', decimals: 1 },
    { id: 'csms-by-customers', label: 'CSMs by the customer rule', unit: 'number', decimals: 1 },
    { id: 'csms-needed', label: 'CSMs needed (the larger rule, in whole people)', unit: 'count', decimals: 0 },
    { id: 'binding', label: 'The rule that binds', unit: 'keyword' },
    { id: 'arr-per-current-csm', label: 'ARR per CSM today', unit: 'currency' },
    { id: 'customers-per-current-csm', label: 'Customers per CSM today', unit: 'number', decimals: 1 },
    { id: 'gap', label: 'CSMs needed minus CSMs today', unit: 'count', decimals: 0 },
  ],
  compute(inputs) {
    const arr = num(inputs, 'arr');
    const customers = num(inputs, 'customers');
    const csms = num(inputs, 'csms');
    const cost = num(inputs, 'cs-cost');
    const byArr = arr / num(inputs, 'arr-per-csm');
    const byCustomers = customers / num(inputs, 'customers-per-csm');
    const needed = whole(Math.max(byArr, byCustomers));
    const [arrNeed, customerNeed] = [whole(byArr), whole(byCustomers)];
    const pct = (cost / arr) * 100;
    const notes: Note[] = [];
    notes.push({ level: 'info', text: 'The share of ARR alone does not decide how mature the function is: what counts is a cost-to-retain model that Finance has agreed.' });
    if (cost > arr) notes.push({ level: 'warning', text: 'CS costs more than the whole of ARR: check that the cost and ARR cover the same year and the same business.' });
    if (!csms) notes.push({ level: 'info', text: 'With no CSMs today, there is no load per CSM to show; the rules still say how many the base calls for.' });
    const none = unavailable('No CSMs today, so there is no load to share.');
    return {
      outputs: {
        'cost-pct': value(pct),
        'csms-by-arr': value(byArr),
        'csms-by-customers': value(byCustomers),
        'csms-needed': value(needed),
        binding: arrNeed === customerNeed ? keyword('both', 'Both rules alike') : arrNeed > customerNeed ? keyword('arr', 'The ARR rule') : keyword('customers', 'The customer rule'),
        'arr-per-current-csm': csms ? value(arr / csms) : none,
        'customers-per-current-csm': csms ? value(customers / csms) : none,
        gap: value(needed - csms),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { 'cost-pct': pct, binding, gap, 'arr-per-current-csm': arrLoad, 'customers-per-current-csm': customerLoad } = r.outputs;
    if (!('value' in pct) || !('value' in binding) || !('value' in gap)) return [];
    const shown = round1(pct.value);
    const [lo, hi] = SIZES[inputs.size].typical;
    const cost: Sentence<never> =
      inputs.size === 'large'
        ? shown < hi
          ? [', in line with large organisations, which typically spend under ', { value: hi, unit: 'percent' }, '.']
          : [', above the under ', { value: hi, unit: 'percent' }, ' typical of large organisations.']
        : [`, ${shown < lo ? 'below' : shown > hi ? 'above' : 'within'} the `, { value: lo, unit: 'percent' }, ' to ', { value: hi, unit: 'percent' }, ' typical of established companies.'];
    const csms = inputs.csms;
    const perCsm = csms ? inputs['cs-cost'] / csms : 0;
    return [
      ['CS costs ', { output: 'cost-pct' }, ' of ARR', ...cost],
      [
        'The ARR rule calls for ', { output: 'csms-by-arr' }, ' CSMs and the customer rule for ', { output: 'csms-by-customers' },
        binding.value === 'both' ? '; in whole people they agree, at ' : `; ${binding.value === 'arr' ? 'the ARR rule' : 'the customer rule'} binds, at `,
        { output: 'csms-needed' }, '.',
      ],
      'value' in arrLoad && 'value' in customerLoad
        ? [
            ...(csms === 1 ? ['Today’s one CSM carries '] : ['Each of today’s ', { value: csms, unit: 'count' as const }, ' CSMs carries ']), { output: 'arr-per-current-csm' }, ' of ARR and ', { output: 'customers-per-current-csm' }, ' customers: ',
            ...against(arrLoad.value / inputs['arr-per-csm']), ' the ARR rule and ', ...against(customerLoad.value / inputs['customers-per-csm']), ' the customer rule.',
          ]
        : ['With no CSMs today, nobody carries the load yet.'],
      gap.value > 0
        ? [
            'Meeting the larger rule takes ', { output: 'gap' }, gap.value === 1 ? ' more CSM' : ' more CSMs',
            ...(perCsm > 0 ? [', about ', { value: gap.value * perCsm, unit: 'currency' as const }, ' a year at today’s cost per CSM.'] : ['.']),
          ]
        : gap.value === 0
          ? ['The team matches the larger rule exactly.']
          : ['The team has ', { value: -gap.value, unit: 'count' }, -gap.value === 1 ? ' CSM more than the larger rule asks for.' : ' CSMs more than the larger rule asks for.'],
    ];
  },
});

/** A load against its rule, as "25% above", "25% below" or "level with", from the rounded percentage. */
function against(ratio: number): Sentence<never> {
  const d = Math.round((ratio - 1) * 100);
  return d === 0 ? ['level with'] : [{ value: Math.abs(d), unit: 'percent', decimals: 0 }, d > 0 ? ' above' : ' below'];
}
