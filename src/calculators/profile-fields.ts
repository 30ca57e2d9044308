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

/**
 * The reader's own company figures ("my numbers"). Each is a field like a calculator's,
 * so the same validation, formatting and field component serve the /my-numbers/ page.
 * Calculators name the profile key a field fills from. Every calculator page loads this
 * list to check saved figures, so the hints shown on /my-numbers/ live in that page's island.
 */
export const profileFields = [
  { kind: 'number', id: 'arr', label: 'Annual recurring revenue (ARR)', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'customers', label: 'Number of customers', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'arpc', label: 'Average revenue per customer', unit: 'currency', default: 0, min: 0, minExclusive: true, max: 1e10 },
  { kind: 'number', id: 'retention', label: 'Annual retention', unit: 'percent', default: 0, min: 0, max: 100 },
  { kind: 'number', id: 'margin', label: 'Gross margin', unit: 'percent', default: 0, min: 0, max: 100 },
  { kind: 'number', id: 'discount', label: 'Discount rate', unit: 'percent', default: 0, min: 0, max: 50 },
  { kind: 'number', id: 'cac', label: 'Customer acquisition cost (CAC)', unit: 'currency', default: 0, min: 0, max: 1e10 },
  { kind: 'number', id: 'new-arr', label: 'New-logo ARR a year', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'start-arr', label: 'ARR a year ago from the customers you had then', unit: 'currency', default: 0, min: 0, minExclusive: true, max: 1e12 },
  { kind: 'number', id: 'expansion', label: 'Expansion ARR over the last year', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'contraction', label: 'Contraction ARR over the last year', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'churned', label: 'Churned ARR over the last year', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'csms', label: 'Number of CSMs', unit: 'count', default: 0, min: 0, max: 1e6, integer: true },
  { kind: 'number', id: 'csm-cost', label: 'Fully loaded cost of one CSM a year', unit: 'currency', default: 0, min: 0, max: 1e8 },
  { kind: 'number', id: 'start-customers', label: 'Customers a year ago', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'involuntary-churned', label: 'Involuntary part of churned ARR', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'involuntary-lost', label: 'Customers lost involuntarily last year', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'voluntary-lost', label: 'Customers lost by choice last year', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'downgraded', label: 'Customers who downgraded last year', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'enterprise-customers', label: 'Enterprise customers', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'enterprise-arr', label: 'Enterprise ARR', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'mid-market-customers', label: 'Mid-market customers', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'mid-market-arr', label: 'Mid-market ARR', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'smb-customers', label: 'Small-business (SMB) customers', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'smb-arr', label: 'Small-business (SMB) ARR', unit: 'currency', default: 0, min: 0, max: 1e12 },
  { kind: 'number', id: 'tech-touch-customers', label: 'Tech-touch customers', unit: 'count', default: 0, min: 0, max: 1e9, integer: true },
  { kind: 'number', id: 'tech-touch-arr', label: 'Tech-touch ARR', unit: 'currency', default: 0, min: 0, max: 1e12 },
] as const satisfies readonly ProfileFieldSpec[];

export type ProfileKey = (typeof profileFields)[number]['id'];
export type Profile = Partial<Record<ProfileKey, number>>;

export type Mode = 'example' | 'mine';
