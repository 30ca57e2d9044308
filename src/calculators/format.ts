import type { Currency, Unit } from './units';

/*
 * Numbers are written here rather than by Intl.NumberFormat: the first formatter a page makes
 * loads the browser's locale data, 40 ms of blocked main thread on a fast machine and four times
 * that on a phone, in the very task that brings a calculator to life. What follows writes exactly
 * what Intl writes for the three locales the book uses (en-US for $, en-GB for £ and plain
 * figures, en-IE for €); format.test.ts holds it to Intl over the whole input space.
 */
export const currencySymbols: Record<Currency, string> = { USD: '$', GBP: '£', EUR: '€' };
// Short scales, as each locale writes them: thousand, million, billion, trillion.
const US_SCALE = ',K,M,B,T'.split(',');
const GB_SCALE = ',k,m,bn,tn'.split(',');

/**
 * The digits of |value| ÷ 1000^step, rounded half away from zero at `places` decimals from the
 * number's shortest decimal form (as Intl rounds: 1.005 → 1.01), with the decimals last.
 */
function roundedDigits(value: number, places: number, step: number): string {
  const [mantissa, exponent] = String(Math.abs(value)).split('e') as [string, string?];
  const digits = mantissa.replace('.', '');
  const kept = (mantissa + '.').indexOf('.') + Number(exponent ?? 0) - 3 * step + places;
  const n = kept < 0 ? 0 : BigInt(digits.slice(0, kept).padEnd(kept, '0') || 0) + BigInt((digits[kept] ?? '0') >= '5');
  return String(n).padStart(places + 1, '0');
}

/**
 * A number with at most `places` decimals, in the short scale when `compact`. An amount of money
 * (a `symbol`, after the sign) shows its pence or cents in full, $0.50, except in the short scale.
 */
function written(value: number, places: number, compact: boolean, scale: string[], symbol = ''): string {
  let step = 0;
  let all = roundedDigits(value, places, 0);
  // The scale is chosen on the rounded figure: 999.96 at one decimal is 1K, not 1000.
  while (compact && all.length - places > 3 && step < 4) all = roundedDigits(value, places, ++step);
  const whole = all.slice(0, all.length - places);
  let decimals = all.slice(whole.length);
  if (!symbol || compact) decimals = decimals.replace(/0+$/, '');
  // Zero has no sign on screen, whatever rounded to it (-0.004 at two places).
  const sign = value < 0 && /[1-9]/.test(all) ? '-' : '';
  // Thousands are grouped; a compact figure is grouped only from five digits (1000T, 15,000T), as Intl does.
  const grouped = compact && whole.length < 5 ? whole : whole.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${sign}${symbol}${grouped}${decimals && `.${decimals}`}${scale[step]}`;
}

export interface FormatOptions {
  currency?: Currency;
  decimals?: number;
  /** Short form for chart labels: $19.9M. */
  compact?: boolean;
}

/** Formats a finite number for reading; callers never pass NaN or Infinity. */
export function formatValue(value: number, unit: Unit, { currency = 'USD', decimals, compact = false }: FormatOptions = {}): string {
  if (unit === 'currency') {
    // Pence and cents only below a thousand, on an amount that is not whole and not a rounding of zero.
    const size = Math.abs(value);
    const places = compact ? 1 : size >= 1000 || size < 0.005 || Number.isInteger(value) ? 0 : 2;
    return written(value, places, compact, currency === 'GBP' ? GB_SCALE : US_SCALE, currencySymbols[currency]);
  }
  const places = Math.min(decimals ?? (unit === 'count' ? 0 : unit === 'percent' || unit === 'months' ? 1 : 2), 20);
  const plain = written(value, places, compact, GB_SCALE);
  if (unit === 'years' || unit === 'months') return `${plain} ${unit.slice(0, value === 1 ? -1 : undefined)}`;
  return unit === 'percent' ? `${plain}%` : unit === 'ratio' ? `${plain}:1` : plain;
}

/** The machine-readable value for data-value: rounded to strip floating-point noise. */
export function rawValue(value: number, unit: Unit, decimals?: number): string {
  const d = decimals ?? (unit === 'currency' ? 2 : 4);
  const rounded = Number(value.toFixed(d));
  return String(Object.is(rounded, -0) ? 0 : rounded);
}

