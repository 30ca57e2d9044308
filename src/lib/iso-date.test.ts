import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { daysBetween, formatIsoDate, isIsoDate, parseIsoDate } from './iso-date';

describe('reading dates written YYYY-MM-DD', () => {
  it('reads real calendar dates as UTC midnight', () => {
    expect(parseIsoDate('2025-03-18')).toBe(Date.UTC(2025, 2, 18));
    expect(parseIsoDate(' 2024-02-29 ')).toBe(Date.UTC(2024, 1, 29));
    expect(parseIsoDate('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
  });

  it('refuses dates that are not on the calendar instead of rolling them into another month', () => {
    for (const text of ['2025-13-10', '2025-00-10', '2025-02-29', '1900-02-29', '2025-04-31', '2025-01-00', '2025-01-32']) expect(parseIsoDate(text)).toBeUndefined();
  });

  it('refuses other spellings and anything that is not text', () => {
    for (const text of ['2025-3-18', '18/03/2025', '2025-03-18T00:00', '', 'soon', '+2025-03-18']) expect(parseIsoDate(text)).toBeUndefined();
    for (const value of [20250318, null, undefined, {}, ['2025-03-18']]) expect(parseIsoDate(value)).toBeUndefined();
  });

  it('keeps the years 0 to 99 as written', () => {
    expect(formatIsoDate(parseIsoDate('0025-06-01')!)).toBe('0025-06-01');
  });

  it('accepts exactly the dates it writes, for any day in four centuries', () => {
    fc.assert(
      fc.property(fc.integer({ min: -5000, max: 146_000 }), (day) => {
        const t = Date.UTC(1900, 0, 1) + day * 86_400_000;
        expect(parseIsoDate(formatIsoDate(t))).toBe(t);
        expect(isIsoDate(formatIsoDate(t))).toBe(true);
      }),
    );
  });

  it('counts whole days between two dates', () => {
    expect(daysBetween(parseIsoDate('2025-03-03')!, parseIsoDate('2025-03-18')!)).toBe(15);
    expect(daysBetween(parseIsoDate('2024-12-20')!, parseIsoDate('2025-01-09')!)).toBe(20);
  });

  it('says whether a saved value is such a date, with no spaces around it', () => {
    expect(isIsoDate('2025-03-31')).toBe(true);
    expect(isIsoDate(' 2025-03-31')).toBe(false);
    expect(isIsoDate('2025-02-30')).toBe(false);
    expect(isIsoDate(42)).toBe(false);
  });
});
