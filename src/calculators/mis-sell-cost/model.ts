import { defineCalculator, num, unavailable, value, type Inputs, type Note, type OutputValue } from '../contract';

const accounts = <Id extends string>(id: Id, label: string, d: number) =>
  ({ kind: 'number', id, label, unit: 'count', default: d, min: 0, max: 100_000, integer: true }) as const;
const money = <Id extends string>(id: Id, label: string, d: number, hint?: string) =>
  ({ kind: 'number', id, label, hint, unit: 'currency', default: d, min: 0, max: 1e12 }) as const;
const nrr = <Id extends string>(id: Id, label: string, d: number) => ({ kind: 'number', id, label, unit: 'percent', default: d, min: 0, max: 300 }) as const;

export interface Cohort {
  accounts: number;
  value: number;
  cost: number;
}

/** Net contribution and its per-account and ratio views for one cohort; undefined parts are explained. */
export function cohortFigures({ accounts: count, value: v, cost }: Cohort, name: string) {
  const net = v - cost;
  return {
    net: value(net),
    perAccount: count === 0 ? unavailable(`No accounts in the ${name} cohort, so there is no per-account figure.`) : value(net / count),
    ratio: v === 0 ? unavailable(`The ${name} cohort has no contract value, so retention cost cannot be set against it.`) : value((cost * 100) / v),
  };
}

export default defineCalculator({
  id: 'mis-sell-cost',
  title: 'Commercial cost of a qualification mismatch',
  fields: [
    accounts('mismatch-accounts', 'Accounts in the mismatch cohort', 12),
    money('mismatch-value', 'Mismatch cohort contract value', 1_200_000, 'Annual contract value of the whole cohort.'),
    money('mismatch-cost', 'Mismatch cohort retention cost', 420_000, 'Fully loaded: CSM and support time, engineering workarounds, executive time, free services, credits.'),
    accounts('icp-accounts', 'Accounts in the ICP-matched cohort', 40),
    money('icp-value', 'ICP-matched cohort contract value', 4_000_000),
    money('icp-cost', 'ICP-matched cohort retention cost', 600_000),
    nrr('mismatch-nrr', 'Mismatch cohort NRR', 88),
    nrr('icp-nrr', 'ICP-matched cohort NRR', 112),
  ],
  outputs: [
    { id: 'mismatch-net', label: 'Mismatch net contribution', unit: 'currency' },
    { id: 'icp-net', label: 'ICP-matched net contribution', unit: 'currency' },
    { id: 'mismatch-net-per-account', label: 'Mismatch net contribution per account', unit: 'currency' },
    { id: 'icp-net-per-account', label: 'ICP-matched net contribution per account', unit: 'currency' },
    { id: 'per-account-gap', label: 'Gap per account', unit: 'currency' },
    { id: 'mismatch-cost-ratio', label: 'Mismatch retention cost ratio', unit: 'percent' },
    { id: 'icp-cost-ratio', label: 'ICP-matched retention cost ratio', unit: 'percent' },
    { id: 'nrr-gap', label: 'NRR gap (points)', unit: 'number', decimals: 2 },
    { id: 'arr-shortfall', label: 'ARR shortfall from the NRR gap', unit: 'currency' },
  ],
  compute(inputs: Inputs) {
    const cohort = (p: string): Cohort => ({ accounts: num(inputs, `${p}-accounts`), value: num(inputs, `${p}-value`), cost: num(inputs, `${p}-cost`) });
    const m = cohortFigures(cohort('mismatch'), 'mismatch');
    const icp = cohortFigures(cohort('icp'), 'ICP-matched');
    const gap = num(inputs, 'icp-nrr') - num(inputs, 'mismatch-nrr');
    const notes: Note[] = [];
    const perGap: OutputValue =
      'value' in m.perAccount && 'value' in icp.perAccount
        ? value((icp.perAccount.value as number) - (m.perAccount.value as number))
        : unavailable('Both cohorts need at least one account to compare them per account.');
    for (const [name, c] of [['mismatch', cohort('mismatch')], ['ICP-matched', cohort('icp')]] as const)
      if (c.cost > c.value)
        notes.push({ level: 'warning', text: `The ${name} cohort costs more to keep than it brings in, so its net contribution is negative: each renewal destroys value rather than creating it.` });
    if (gap < 0)
      notes.push({ level: 'warning', text: 'The mismatch cohort retains better than the ICP-matched one, so these figures show no mismatch penalty. Check the cohort definitions before taking the case upstairs.' });
    return {
      outputs: {
        'mismatch-net': m.net,
        'icp-net': icp.net,
        'mismatch-net-per-account': m.perAccount,
        'icp-net-per-account': icp.perAccount,
        'per-account-gap': perGap,
        'mismatch-cost-ratio': m.ratio,
        'icp-cost-ratio': icp.ratio,
        'nrr-gap': value(Math.round(gap * 100) / 100),
        'arr-shortfall':
          gap < 0 ? unavailable('No shortfall: the mismatch cohort keeps and grows its revenue at least as well as the ICP-matched one.') : value((num(inputs, 'mismatch-value') * gap) / 100),
      },
      notes,
    };
  },
});
