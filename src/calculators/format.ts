import type { Currency, Unit } from './units';

const locales: Record<Currency, string> = { USD: 'en-US', GBP: 'en-GB', EUR: 'en-IE' };
const cache = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = locale + JSON.stringify(options);
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.NumberFormat(locale, options)));
  return f;
}

export interface FormatOptions {
  currency?: Currency;
  decimals?: number;
  /** Short form for chart labels: $19.9M. */
  compact?: boolean;
}

/** Intl writes negative zero, and anything that rounds to it (-0.004 at two places), as "-0": zero has no sign on screen. */
const unsignedZero = (v: number, digits: number): number => (Math.abs(v) < 0.5 * 10 ** -digits ? 0 : v);

/** Formats a finite number for reading; callers never pass NaN or Infinity. */
export function formatValue(value: number, unit: Unit, { currency = 'USD', decimals, compact = false }: FormatOptions = {}): string {
  const locale = locales[currency];
  if (unit === 'currency') {
    value = unsignedZero(value, compact ? 1 : 2);
    const whole = Math.abs(value) >= 1000 || Number.isInteger(value);
    return formatter(locale, {
      style: 'currency',
      currency,
      notation: compact ? 'compact' : 'standard',
      maximumFractionDigits: compact ? 1 : whole ? 0 : 2,
      minimumFractionDigits: compact || whole ? 0 : 2,
    }).format(value);
  }
  const digits = decimals ?? (unit === 'count' ? 0 : unit === 'percent' || unit === 'months' ? 1 : 2);
  value = unsignedZero(value, Math.min(digits, 20));
  const plain = formatter('en-GB', { maximumFractionDigits: Math.min(digits, 20), notation: compact ? 'compact' : 'standard' }).format(value);
  switch (unit) {
    case 'percent':
      return `${plain}%`;
    case 'years':
      return `${plain} ${value === 1 ? 'year' : 'years'}`;
    case 'months':
      return `${plain} ${value === 1 ? 'month' : 'months'}`;
    case 'ratio':
      return `${plain}:1`;
    default:
      return plain;
  }
}

/** The machine-readable value for data-value: rounded to strip floating-point noise. */
export function rawValue(value: number, unit: Unit, decimals?: number): string {
  const d = decimals ?? (unit === 'currency' ? 2 : 4);
  const rounded = Number(value.toFixed(d));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

export function currencySymbol(currency: Currency): string {
  const part = formatter(locales[currency], { style: 'currency', currency }).formatToParts(0).find((p) => p.type === 'currency');
  return part?.value ?? currency;
}
