import { defineCalculator, num, str, unavailable, value, type Note, type OutputValue } from '../contract';
import { normalise, rescaleWeights, weightsMessage } from '../weights';

const METRICS = [
  ['retention', 'gross retention', 60],
  ['expansion', 'expansion', 30],
  ['health', 'customer health', 10],
] as const;

const weight = <Id extends string>(id: Id, label: string, d: number) =>
  ({ kind: 'number', id: `${id}-weight`, label, unit: 'percent', default: d, min: 0, max: 100 }) as const;
const round1 = (x: number) => Math.round(x * 10) / 10;
const WEIGHTS = METRICS.map(([id, name]) => ({ id: `${id}-weight`, name }));

export default defineCalculator({
  id: 'comp-plan',
  title: 'CSM pay plan',
  fields: [
    { kind: 'number', id: 'ote', label: 'On-target pay a year', hint: 'Base plus variable at full attainment; the default is illustrative.', unit: 'currency', default: 100000, min: 0, minExclusive: true, max: 1e7 },
    { kind: 'number', id: 'base', label: 'Base share of pay', hint: 'CSM plans usually sit between 70% and 85%.', unit: 'percent', default: 80, min: 0, max: 100 },
    weight('retention', 'Variable weight on gross retention', 60),
    weight('expansion', 'Variable weight on expansion', 30),
    { ...weight('health', 'Variable weight on customer health', 10), hint: 'Health score, CSAT or NPS; usually 10% to 20%.' },
    {
      kind: 'choice',
      id: 'mandate',
      label: 'Expansion is part of the CSM’s mandate',
      default: 'yes',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
    },
  ],
  outputs: [
    { id: 'base-pay', label: 'Base pay', unit: 'currency' },
    { id: 'variable-pay', label: 'Variable pay at target', unit: 'currency' },
    ...METRICS.map(([id, name]) => ({ id: `${id}-pay`, label: `Paid for ${name}`, unit: 'currency' as const })),
    ...METRICS.map(([id, name]) => ({ id: `${id}-share`, label: `${name[0]!.toUpperCase()}${name.slice(1)} as a share of total pay`, unit: 'percent' as const, decimals: 1 })),
  ],
  crossCheck(inputs): Record<string, string> {
    const message = weightsMessage(inputs, WEIGHTS);
    return message ? { 'health-weight': message } : {};
  },
  repair: (inputs) => rescaleWeights(inputs, WEIGHTS),
  compute(inputs) {
    const ote = num(inputs, 'ote');
    const base = num(inputs, 'base');
    const variable = (ote * (100 - base)) / 100;
    const raw = METRICS.map(([id]) => num(inputs, `${id}-weight`));
    const total = raw.reduce((a, b) => a + b, 0);
    // The page only computes weights that total 100; scaling keeps direct callers and rounding honest.
    const [retention, expansion, health] = normalise(raw) as [number, number, number];
    const out: Record<string, OutputValue> = { 'base-pay': value((ote * base) / 100), 'variable-pay': value(variable) };
    const notes: Note[] = [];
    const warn = (text: string) => notes.push({ level: 'warning', text });

    if (base === 0) warn('A plan with no base is pure commission. In CS such plans are usually unwound within 18 months: outcomes compound, but commission pays per transaction.');
    else if (base < 70) warn(`Variable pay of ${round1(100 - base)}% is above the usual 30% ceiling: CSMs paid like this start behaving like salespeople.`);
    else if (base > 85) notes.push({ level: 'info', text: 'Base is above the usual 70% to 85% band; a variable this small may not steer much.' });

    if (total === 0) {
      const none = unavailable('Give at least one metric a weight above 0% to split the variable pay.');
      for (const [id] of METRICS) out[`${id}-pay`] = out[`${id}-share`] = none;
      return { outputs: out, notes };
    }
    [retention, expansion, health].forEach((w, i) => {
      const id = METRICS[i]![0];
      out[`${id}-pay`] = value((variable * w) / 100);
      out[`${id}-share`] = value(round1(((100 - base) * w) / 100));
    });

    if (expansion > retention || health > retention) warn('Gross retention should carry the largest share of the variable: it is the most defensible measure of a CSM’s work.');
    if (expansion > 0 && str(inputs, 'mandate') === 'no') warn('Expansion is weighted but is not in the CSM’s mandate: people disengage, or push expansion at the cost of trust.');
    if (health > 20) warn('Health and satisfaction scores can be gamed and link to revenue only loosely: keep their weight to 10% to 20%.');
    else if (health < 10) notes.push({ level: 'info', text: 'Health carries under 10% of the variable; 10% to 20% is usual, as an input signal.' });
    return { outputs: out, notes };
  },
});
