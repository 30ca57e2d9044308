import type { Unit } from './units';

/** The shape of a profile figure: a number field of a calculator, without a source of its own. */
interface ProfileFieldSpec {
  kind: 'number';
  id: string;
  label: string;
  unit: Unit;
  default: number;
  min?: number;
  max?: number;
  minExclusive?: boolean;
  integer?: boolean;
}

// Figures are money, counts or percentages from zero up: these keep the list short to read and to ship.
const money = <Id extends string>(id: Id, label: string, max = 1e12, above = false) => ({ kind: 'number', id, label, unit: 'currency', default: 0, min: 0, max, ...(above ? { minExclusive: true } : {}) }) as const;
const count = <Id extends string>(id: Id, label: string, max = 1e9) => ({ kind: 'number', id, label, unit: 'count', default: 0, min: 0, max, integer: true }) as const;
const percent = <Id extends string>(id: Id, label: string, max = 100) => ({ kind: 'number', id, label, unit: 'percent', default: 0, min: 0, max }) as const;

/**
 * The reader's own company figures ("my numbers"). Each is a field like a calculator's,
 * so the same validation, formatting and field component serve the /my-numbers/ page.
 * Calculators name the profile key a field fills from. Every calculator page loads this
 * list to check saved figures, so the hints shown on /my-numbers/ live in that page's island.
 */
export const profileFields = [
  money('arr', 'Annual recurring revenue (ARR)'),
  count('customers', 'Number of customers'),
  money('arpc', 'Average revenue per customer', 1e10, true),
  percent('retention', 'Annual retention'),
  percent('margin', 'Gross margin'),
  percent('discount', 'Discount rate', 50),
  money('cac', 'Customer acquisition cost (CAC)', 1e10),
  money('new-arr', 'New-logo ARR a year'),
  money('start-arr', 'ARR a year ago from the customers you had then', 1e12, true),
  money('expansion', 'Expansion ARR over the last year'),
  money('contraction', 'Contraction ARR over the last year'),
  money('churned', 'Churned ARR over the last year'),
  count('csms', 'Number of CSMs', 1e6),
  money('csm-cost', 'Fully loaded cost of one CSM a year', 1e8),
  count('start-customers', 'Customers a year ago'),
  money('involuntary-churned', 'Involuntary part of churned ARR'),
  count('involuntary-lost', 'Customers lost involuntarily last year'),
  count('voluntary-lost', 'Customers lost by choice last year'),
  count('downgraded', 'Customers who downgraded last year'),
  count('enterprise-customers', 'Enterprise customers'),
  money('enterprise-arr', 'Enterprise ARR'),
  count('mid-market-customers', 'Mid-market customers'),
  money('mid-market-arr', 'Mid-market ARR'),
  count('smb-customers', 'Small-business (SMB) customers'),
  money('smb-arr', 'Small-business (SMB) ARR'),
  count('tech-touch-customers', 'Tech-touch customers'),
  money('tech-touch-arr', 'Tech-touch ARR'),
] as const satisfies readonly ProfileFieldSpec[];

export type ProfileKey = (typeof profileFields)[number]['id'];
export type Profile = Partial<Record<ProfileKey, number>>;

export type Mode = 'example' | 'mine';
