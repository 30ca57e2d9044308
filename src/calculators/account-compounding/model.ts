import { defineCalculator, num, unavailable, value, type Note } from '../contract';

export default defineCalculator({
  id: 'account-compounding',
  title: 'One account, compounding',
  fields: [
    { kind: 'number', id: 'acv', label: 'Annual contract value in year one', unit: 'currency', default: 50_000, min: 0, minExclusive: true, max: 1e10, profile: 'arpc' },
    { kind: 'number', id: 'expansion', label: 'Expansion a year', hint: 'Negative for contraction.', unit: 'percent', default: 20, min: -100, max: 200 },
    { kind: 'number', id: 'years', label: 'Years', unit: 'years', default: 4, min: 1, max: 10, integer: true },
    { kind: 'number', id: 'renewal', label: 'Chance of renewing each year', hint: 'Optional.', unit: 'percent', default: 90, min: 0, max: 100, optional: true },
  ],
  outputs: [
    { id: 'final-acv', label: 'Contract value in the last year', unit: 'currency' },
    { id: 'total', label: 'Revenue over the years', unit: 'currency' },
    { id: 'flat-total', label: 'Revenue if the account stayed flat', unit: 'currency' },
    { id: 'uplift-pct', label: 'Difference from flat', unit: 'percent' },
    { id: 'expected', label: 'Expected revenue, allowing for renewal', unit: 'currency' },
    { id: 'expected-flat', label: 'Expected revenue if flat, allowing for renewal', unit: 'currency' },
  ],
  compute(inputs) {
    const acv = num(inputs, 'acv');
    const x = num(inputs, 'expansion');
    const years = num(inputs, 'years');
    const renewal = inputs.renewal ?? null;
    // Year t (from 1) holds acv × (1 + x)^(t − 1); multiplying by (100 + x) ÷ 100 year by year keeps 50,000 → 86,400 exact.
    const path = [acv];
    for (let t = 1; t < years; t++) path.push((path[t - 1]! * (100 + x)) / 100);
    const flat = path.map(() => acv);
    const total = path.reduce((a, b) => a + b, 0);
    const flatTotal = acv * years;
    // Year t counts only if the account renewed t − 1 times.
    const survive = path.map((_, t) => (renewal === null ? 1 : (renewal / 100) ** t));
    const weigh = (values: number[]) => values.reduce((a, v, t) => a + v * survive[t]!, 0);
    const notes: Note[] = [];
    if (x < 0) notes.push({ level: 'info', text: `This is contraction: the account shrinks ${-x}% a year.` });
    if (renewal === 0) notes.push({ level: 'info', text: 'Never renewing, only year one counts in the expected figures.' });
    const noRenewal = unavailable('Enter a chance of renewing to weigh each year by it.');
    return {
      outputs: {
        'final-acv': value(path[years - 1]!),
        total: value(total),
        'flat-total': value(flatTotal),
        'uplift-pct': value(((total - flatTotal) / flatTotal) * 100),
        expected: renewal === null ? noRenewal : value(weigh(path)),
        'expected-flat': renewal === null ? noRenewal : value(weigh(flat)),
      },
      notes,
      series: { year: path.map((_, t) => t + 1), acv: path, flat },
    };
  },
  reading(inputs, r) {
    const { total, 'flat-total': flat, expected } = r.outputs;
    if (!('value' in total) || !('value' in flat)) return [];
    const diff = total.value - flat.value;
    const acv = r.series!.acv!;
    const n = acv.length;
    return [
      [
        `Over ${n} ${n === 1 ? 'year' : 'years'} this account brings in `,
        { output: 'total' },
        ', ',
        ...(Math.abs(diff) < 0.005 ? (['the same as a flat one.'] as const) : ([{ value: Math.abs(diff), unit: 'currency' }, diff > 0 ? ' more than a flat one.' : ' less than a flat one.'] as const)),
      ],
      ...(n > 2 && diff > 0 ? [['Its yearly increase grows from ', { value: acv[1]! - acv[0]!, unit: 'currency' as const }, ' to ', { value: acv[n - 1]! - acv[n - 2]!, unit: 'currency' as const }, '; a new customer would start again at the first.']] : []),
      ...('value' in expected ? [['Allowing for renewal it is worth ', { output: 'expected' as const }, ', against ', { output: 'expected-flat' as const }, ' flat.']] : []),
    ];
  },
});
