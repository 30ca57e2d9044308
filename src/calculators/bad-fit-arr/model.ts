import { defineCalculator, num, value, type Note } from '../contract';
import { formatValue } from '../format';

const fmt = (n: number) => formatValue(n, 'number', { decimals: 2 });

// Customers and contract value describe one base: from "my numbers" they fill together, so the
// total is never the reader's customers priced at the example's contract value.
// Shares stay in percent until the last step, so 100 × 10 × 100,000 ÷ 100 is exactly 1,000,000.
export default defineCalculator({
  id: 'bad-fit-arr',
  title: 'Bad-fit ARR at risk',
  fields: [
    { kind: 'number', id: 'customers', label: 'Number of customers', unit: 'count', default: 100, min: 1, max: 1_000_000, integer: true, profile: 'customers', group: 'base' },
    { kind: 'number', id: 'bad-fit', label: 'Share of customers that are a bad fit', unit: 'percent', default: 10, min: 0, max: 100 },
    { kind: 'number', id: 'acv', label: 'Average contract value', hint: 'Annual recurring revenue per customer.', unit: 'currency', default: 100_000, min: 0, minExclusive: true, max: 1e9, profile: 'arpc', group: 'base' },
    {
      kind: 'number',
      id: 'churn-likelihood',
      label: 'Chance a bad-fit customer churns',
      hint: 'Optional. Blank means 100%: every bad-fit account leaves, as the headline figure assumes.',
      unit: 'percent',
      default: 100,
      min: 0,
      max: 100,
      optional: true,
    },
  ],
  outputs: [
    { id: 'bad-fit-accounts', label: 'Bad-fit accounts (expected)', unit: 'count', decimals: 1 },
    { id: 'arr-at-risk', label: 'ARR at risk', unit: 'currency' },
    { id: 'expected-loss', label: 'Expected ARR loss', unit: 'currency' },
    { id: 'total-arr', label: 'Total ARR', unit: 'currency' },
    { id: 'share-of-arr', label: 'Share of ARR at risk', unit: 'percent' },
  ],
  compute(inputs) {
    const customers = num(inputs, 'customers');
    const share = num(inputs, 'bad-fit');
    const acv = num(inputs, 'acv');
    const churn = (inputs['churn-likelihood'] as number | null) ?? 100;
    const accounts = (customers * share) / 100;
    const atRisk = (customers * share * acv) / 100;
    const notes: Note[] = [];
    if (!Number.isInteger(accounts))
      notes.push({ level: 'info', text: `${fmt(share)}% of ${fmt(customers)} customers is ${fmt(accounts)} accounts: an expected count rather than a head count. The money figures use the exact share.` });
    if (share === 100)
      notes.push({ level: 'warning', text: 'Every customer is marked a bad fit. If that is true, the ideal customer profile itself is probably wrong, and that is the problem to fix first.' });
    if (share === 0) notes.push({ level: 'info', text: 'No bad-fit customers, so nothing is at risk from poor fit. Check the figure against the accounts CS flags in their first 90 days.' });
    if (inputs['churn-likelihood'] === null)
      notes.push({ level: 'info', text: 'No churn chance entered, so every bad-fit account is assumed to leave, which is the assumption behind the headline figure.' });
    return {
      outputs: {
        'bad-fit-accounts': value(Math.round(accounts * 10) / 10),
        'arr-at-risk': value(atRisk),
        'expected-loss': value((atRisk * churn) / 100),
        'total-arr': value(customers * acv),
        'share-of-arr': value(share),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { 'bad-fit-accounts': accounts } = r.outputs;
    if (!('value' in accounts)) return [];
    if (inputs['bad-fit'] === 0) return [['With no poor-fit customers, none of the ', { output: 'total-arr' }, ' book is at risk from poor fit.']];
    const churn = inputs['churn-likelihood'] ?? 100;
    return [
      ['Of ', { value: inputs.customers, unit: 'count' }, inputs.customers === 1 ? ' customer, ' : ' customers, ', { output: 'bad-fit-accounts' }, accounts.value === 1 ? ' is' : ' are', ' a poor fit, holding ', { output: 'arr-at-risk' }, ' of the ', { output: 'total-arr' }, ' book.'],
      churn === 100
        ? ['That counts every one of them as lost; if only some leave, the expected loss is smaller.']
        : ['If ', { value: churn, unit: 'percent' }, ' of them leave, the expected loss is ', { output: 'expected-loss' }, '.'],
    ];
  },
});
