import { defineCalculator, keyword, num, str, value, type Note } from '../contract';

/** Chapter 5's starting bands, by annual contract value: high-touch above the top, tech-touch below the floor. */
export const HIGH_ABOVE = 100000;
export const TECH_BELOW = 25000;

/** Accounts per CSM typical of each model (tech-touch has no upper bound). */
const RATIOS = { 'high-touch': [10, 30], 'low-touch': [50, 150], 'tech-touch': [500, Infinity] } as const;
const LABELS = { 'high-touch': 'High-touch', 'low-touch': 'Low-touch', 'tech-touch': 'Tech-touch' } as const;
export type TouchModel = keyof typeof LABELS;

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
    },
    { kind: 'number', id: 'csm-cost', label: 'Fully loaded CSM cost a year', hint: 'Salary, benefits, tools and overhead.', unit: 'currency', default: 200000, min: 0, minExclusive: true, max: 1e6, profile: 'csm-cost' },
    { kind: 'number', id: 'accounts', label: 'Accounts per CSM', unit: 'count', default: 20, min: 1, max: 10000, integer: true },
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
});
