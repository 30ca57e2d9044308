import { defineCalculator, keyword, num, str, value, type Derivation, type Note, type Sentence } from '../contract';

/** Chapter 5's starting bands, by annual contract value: high-touch above the top, tech-touch below the floor. */
export const HIGH_ABOVE = 100000;
export const TECH_BELOW = 25000;

/** Accounts per CSM typical of each model (tech-touch has no upper bound). */
const RATIOS = { 'high-touch': [10, 30], 'low-touch': [50, 150], 'tech-touch': [500, Infinity] } as const;
const LABELS = { 'high-touch': 'High-touch', 'low-touch': 'Low-touch', 'tech-touch': 'Tech-touch' } as const;
export type TouchModel = keyof typeof LABELS;

/** The reader's average load: every customer shared among the CSMs they have. */
const load: Derivation = {
  label: 'your customers ÷ your CSMs',
  needs: ['customers', 'csms'],
  derive: (p) => (p.customers !== undefined && p.csms ? p.customers / p.csms : undefined),
};

/** Exactly 100,000 and exactly 25,000 both fall in the low-touch band, as the chapter words it. */
export const touchModelFor = (acv: number): TouchModel => (acv > HIGH_ABOVE ? 'high-touch' : acv >= TECH_BELOW ? 'low-touch' : 'tech-touch');

const yesNo = <Id extends string>(id: Id, label: string) =>
  ({ kind: 'choice', id, label, default: 'no', options: [{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }] }) as const;

const OVERRIDES = [
  ['strategic', 'strategic value'],
  ['expansion', 'expansion potential'],
  ['reference', 'reference value'],
] as const;

export default defineCalculator({
  id: 'touch-model',
  title: 'Touch model and cost to serve',
  fields: [
    {
      kind: 'number',
      id: 'acv',
      label: 'Annual contract value',
      hint: 'Chapter 5 bands: above 100,000 high-touch; 25,000 to 100,000 low-touch; under 25,000 tech-touch.',
      unit: 'currency',
      default: 30000,
      min: 0,
      minExclusive: true,
      max: 1e8,
      profile: 'arpc',
    },
    { kind: 'number', id: 'csm-cost', label: 'Fully loaded CSM cost a year', hint: 'Salary, benefits, tools and overhead.', unit: 'currency', default: 200000, min: 0, minExclusive: true, max: 1e6, profile: 'csm-cost' },
    { kind: 'number', id: 'accounts', label: 'Accounts per CSM', unit: 'count', default: 20, min: 1, max: 10000, integer: true, profile: load },
    yesNo('strategic', 'Strategic value beyond revenue'),
    yesNo('expansion', 'Credible expansion potential'),
    yesNo('reference', 'Reference value for Sales'),
  ],
  outputs: [
    { id: 'model', label: 'Starting touch model', unit: 'keyword' },
    { id: 'cost-per-account', label: 'CS cost per account a year', unit: 'currency' },
    { id: 'cost-share', label: 'CS cost as a share of contract value', unit: 'percent', decimals: 1 },
  ],
  compute(inputs) {
    const acv = num(inputs, 'acv');
    const cost = num(inputs, 'csm-cost');
    const accounts = num(inputs, 'accounts');
    const model = touchModelFor(acv);
    const perAccount = cost / accounts;
    const share = Math.round(((cost * 100) / (accounts * acv)) * 10) / 10;
    const notes: Note[] = [];
    if (acv === HIGH_ABOVE || acv === TECH_BELOW)
      notes.push({ level: 'info', text: 'This value sits exactly on a boundary. The chapter puts it in the low-touch band: high-touch starts only above 100,000, and tech-touch only below 25,000.' });
    if (share >= 100)
      notes.push({ level: 'warning', text: `Coverage alone costs ${share}% of what this customer pays: every account at this ratio loses money before any other cost is counted.` });
    if (cost < 150000 || cost > 250000)
      notes.push({ level: 'info', text: 'This CSM cost is outside the 150,000 to 250,000 typical of mature subscription businesses. Check that it is fully loaded.' });
    const [low, high] = RATIOS[model];
    if (accounts < low || accounts > high)
      notes.push({ level: 'info', text: `${accounts} accounts per CSM is not a typical ${LABELS[model].toLowerCase()} load (${high === Infinity ? `${low} or more` : `${low} to ${high}`}).` });
    const ticked = OVERRIDES.filter(([id]) => str(inputs, id) === 'yes').map(([, name]) => name);
    if (ticked.length)
      notes.push({
        level: 'info',
        text: `Ticked: ${ticked.join(', ')}. A deliberate departure from the starting model may be justified; write down the criterion so every similar account is treated the same way.`,
      });
    return {
      outputs: { model: keyword(model, LABELS[model]), 'cost-per-account': value(perAccount), 'cost-share': value(share) },
      notes,
    };
  },
  reading(inputs, r) {
    const share = r.outputs['cost-share'];
    if (!('value' in share)) return [];
    const kind = touchModelFor(inputs.acv);
    const accounts = inputs.accounts;
    return [
      ['On Chapter 5’s bands, a contract of ', { value: inputs.acv, unit: 'currency' }, ' a year starts at ', { output: 'model' }, '.'],
      [
        'At ', { value: inputs['csm-cost'], unit: 'currency' }, ' for each CSM and ', { value: accounts, unit: 'count' }, accounts === 1 ? ' account' : ' accounts', ' each, coverage costs ',
        { output: 'cost-per-account' }, ' per account a year, ', { output: 'cost-share' }, ' of the contract',
        ...left(share.value),
      ],
      [{ value: accounts, unit: 'count' }, ` accounts per CSM is ${against(accounts, RATIOS[kind])} for ${LABELS[kind].toLowerCase()}.`],
    ];
  },
});

/** What the contract has left once coverage is paid, from the share as shown (one decimal). */
function left(share: number): Sentence<never> {
  if (share > 100) return [': more than the customer pays, so every such account loses money on coverage alone.'];
  if (share === 100) return [': everything the customer pays, before the product, support or sales cost a thing.'];
  return [', leaving ', { value: Math.round((100 - share) * 10) / 10, unit: 'percent' }, ' for the product, support, sales and margin.'];
}

/** A load against the model's usual range, in words. */
function against(accounts: number, [low, high]: readonly [number, number]): string {
  const range = high === Infinity ? `${low} or more` : `${low} to ${high}`;
  return accounts < low ? `lighter than the usual ${range}` : accounts > high ? `heavier than the usual ${range}` : `within the usual ${range}`;
}
