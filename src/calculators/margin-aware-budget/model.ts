import { defineCalculator, num, unavailable, value, type Derivation, type Note } from '../contract';

/** Accounts per CSM follow from the reader's customers and CSMs when both are known. */
const accountsPerCsm: Derivation = {
  label: 'customers ÷ CSMs',
  needs: ['customers', 'csms'],
  derive: (p) => (p.customers !== undefined && p.csms ? p.customers / p.csms : undefined),
};

/** The book's software comparison: the same customer at a typical software gross margin. */
export const SOFTWARE_MARGIN = 75;

// Percentages stay whole until the last step, so the book's figures come out exact
// (50,000 × 35 ÷ 100 is 17,500, where 50,000 × 0.35 is not quite).
export default defineCalculator({
  id: 'margin-aware-budget',
  title: 'Margin-aware retention budget',
  scenarios: true,
  fields: [
    { kind: 'number', id: 'revenue', label: 'Annual revenue per customer', unit: 'currency', default: 50000, min: 0, minExclusive: true, max: 1e10, profile: 'arpc', group: 'customer' },
    { kind: 'number', id: 'margin', label: 'Gross margin', hint: 'Software often runs near 75%; a physical subscription far lower.', unit: 'percent', default: 35, min: -100, max: 100, profile: 'margin', group: 'customer' },
    { kind: 'number', id: 'retention', label: 'Annual retention', unit: 'percent', default: 90, min: 0, max: 100, profile: 'retention', group: 'customer' },
    { kind: 'number', id: 'csm-cost', label: 'Fully loaded cost of one CSM a year', unit: 'currency', default: 150000, min: 0, max: 1e8, profile: 'csm-cost' },
    {
      kind: 'number',
      id: 'accounts',
      label: 'Accounts per CSM',
      unit: 'number',
      default: 20,
      min: 1,
      max: 1e6,
      profile: accountsPerCsm,
    },
  ],
  outputs: [
    { id: 'cost-per-account', label: 'CS cost per account a year', unit: 'currency' },
    { id: 'gross-profit', label: 'Gross profit per customer a year', unit: 'currency' },
    { id: 'lifespan', label: 'Average customer lifetime', unit: 'years' },
    { id: 'cltv', label: 'Lifetime value (churn-based)', unit: 'currency' },
    { id: 'cost-share', label: 'CS cost as a share of gross profit', unit: 'percent' },
  ],
  compute(inputs) {
    const margin = num(inputs, 'margin');
    const retention = num(inputs, 'retention');
    const profit = (num(inputs, 'revenue') * margin) / 100;
    const cost = num(inputs, 'csm-cost') / num(inputs, 'accounts');
    const notes: Note[] = [];
    const noChurn = unavailable('No churn means no finite lifetime: use the discounted value in the lifetime value calculator.');
    if (profit <= 0)
      notes.push({ level: 'warning', text: `At a ${margin}% margin each customer earns no gross profit, so there is nothing to fund CS from: fix the unit economics before the retention budget.` });
    else if (cost > profit)
      notes.push({ level: 'warning', text: 'CS coverage costs more than the customer’s whole gross profit: every covered account loses money. Run leaner coverage or raise the margin.' });
    return {
      outputs: {
        'cost-per-account': value(cost),
        'gross-profit': value(profit),
        lifespan: retention === 100 ? noChurn : value(100 / (100 - retention)),
        cltv: retention === 100 ? noChurn : value((profit * 100) / (100 - retention)),
        'cost-share': profit > 0 ? value((cost * 100) / profit) : unavailable('There is no gross profit to set the CS cost against.'),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const share = r.outputs['cost-share'];
    if (!('value' in share)) return [['Each customer brings in ', { output: 'gross-profit' }, ' of gross profit a year, so no CS spend can be paid for out of margin.']];
    const software = (inputs['csm-cost'] / inputs.accounts / ((inputs.revenue * SOFTWARE_MARGIN) / 100)) * 100;
    return [
      [
        'Each customer brings in ', { output: 'gross-profit' }, ' of gross profit a year, and its CS coverage takes ', { output: 'cost-share' },
        share.value > 100 ? ' of it: more than the customer earns.' : share.value >= 50 ? ' of it: more than half.' : ' of it.',
      ],
      ...(inputs.margin < SOFTWARE_MARGIN
        ? [['At a software margin of 75%, the same coverage would take ', { value: software, unit: 'percent' as const }, '.']]
        : []),
    ];
  },
});
