import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currencySymbols, formatValue } from './format';
import { currencies, type Currency, type Unit } from './units';

/** What Intl.NumberFormat writes: the book wrote its figures this way, and must go on doing so. */
const locales: Record<Currency, string> = { USD: 'en-US', GBP: 'en-GB', EUR: 'en-IE' };
function byIntl(value: number, unit: Unit, currency: Currency = 'USD', decimals?: number, compact = false): string {
  const zeroed = (v: number, digits: number) => (Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v);
  if (unit === 'currency') {
    value = zeroed(value, compact ? 1 : 2);
    const whole = Math.abs(value) >= 1000 || Number.isInteger(value);
    return new Intl.NumberFormat(locales[currency], {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : whole ? 0 : 2,
      minimumFractionDigits: compact || whole ? 0 : 2,
    }).format(value);
  }
  const digits = Math.min(decimals ?? (unit === 'count' ? 0 : unit === 'percent' || unit === 'months' ? 1 : 2), 20);
  value = zeroed(value, digits);
  const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits, notation: compact ? 'compact' : 'standard' }).format(value);
  return { percent: `${plain}%`, years: `${plain} ${value === 1 ? 'year' : 'years'}`, months: `${plain} ${value === 1 ? 'month' : 'months'}`, ratio: `${plain}:1` }[unit as string] ?? plain;
}

const units: Unit[] = ['currency', 'percent', 'years', 'months', 'count', 'ratio', 'score', 'number'];
// Figures of every size, and the ones that sit on a rounding edge (x.5 at some place, 999.95…).
const figures = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.double({ min: -1e7, max: 1e7, noNaN: true }),
  fc.tuple(fc.integer({ min: -2e6, max: 2e6 }), fc.integer({ min: 0, max: 6 })).map(([n, p]) => (n + 0.5) / 10 ** p),
  fc.tuple(fc.constantFrom(999.95, 999.5, 9999.5, 999_950, 999_999.5, 1e15, 1.5e18, 1e21, 5e-7, 0.005, 1.005, 2.675), fc.constantFrom(1, -1)).map(([v, s]) => v * s),
);

describe('formatValue', () => {
  it('writes what Intl.NumberFormat writes, for every figure, unit, currency, precision and form', () => {
    fc.assert(
      fc.property(figures, fc.constantFrom(...units), fc.constantFrom(...currencies), fc.option(fc.integer({ min: 0, max: 20 }), { nil: undefined }), fc.boolean(), (value, unit, currency, decimals, compact) => {
        expect(formatValue(value, unit, { currency, decimals, compact })).toBe(byIntl(value, unit, currency, decimals, compact));
      }),
      { numRuns: 5_000 },
    );
  }, 60_000);

  it('writes the book’s own figures', () => {
    expect(formatValue(46_800, 'currency')).toBe('$46,800');
    expect(formatValue(19_900_000, 'currency', { currency: 'GBP', compact: true })).toBe('£19.9m');
    expect(formatValue(1_200_000_000, 'currency', { currency: 'EUR', compact: true })).toBe('€1.2B');
    expect(formatValue(-0.5, 'currency')).toBe('-$0.50');
    expect(formatValue(-0.004, 'currency')).toBe('$0');
    expect(formatValue(999.96, 'currency', { compact: true })).toBe('$1K');
    expect(formatValue(1.005, 'number')).toBe('1.01');
    expect(formatValue(8.333333, 'years')).toBe('8.33 years');
    expect(formatValue(1, 'years')).toBe('1 year');
    expect(formatValue(-0.04, 'percent')).toBe('0%');
    expect(formatValue(1e21, 'count')).toBe('1,000,000,000,000,000,000,000');
    expect(formatValue(1e15, 'currency', { compact: true })).toBe('$1000T');
  });

  it('names each currency by its symbol', () => {
    expect(currencies.map((c) => currencySymbols[c])).toEqual(['$', '£', '€']);
  });
});
