import { afterEach, describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { addDays, addMonths, isoDate, parseIsoDate } from './model';
import type { Inputs, TableOutput } from '../contract';
import { computeWith, defaultsOf, fieldErrors } from '../testing';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const table = (over: Inputs, id: string) => compute(over).tables!.find((t) => t.id === id) as TableOutput;
const checkpointDates = (over: Inputs = {}) => table(over, 'checkpoints').rows.filter((r) => r.day !== 0).map((r) => [r.day, r.date]);
const errorsFor = fieldErrors(model);
const originalTz = process.env.TZ;

describe('handover-plan model', () => {
  afterEach(() => {
    process.env.TZ = originalTz;
  });

  it('dates the merged ladder across the year end from a signature on 15 November 2024', () => {
    expect(checkpointDates()).toEqual([
      [30, '2024-12-15'],
      [60, '2025-01-14'],
      [90, '2025-02-13'],
      [180, '2025-05-14'],
    ]);
    const { outputs } = compute();
    expect(outputs['first-checkpoint']).toEqual({ value: '2024-12-15', label: '15 December 2024' });
    expect(outputs['final-checkpoint']).toEqual({ value: '2025-05-14', label: '14 May 2025' });
    expect(outputs.renewal).toEqual({ value: '2025-11-15', label: '15 November 2025' });
  });

  it('drops day 60 on the success-plan ladder', () => {
    expect(checkpointDates({ ladder: 'plan' }).map(([d]) => d)).toEqual([30, 90, 180]);
  });

  it('counts 29 February in a leap year and skips it in others', () => {
    expect(checkpointDates({ signature: '2024-01-30' })[0]).toEqual([30, '2024-02-29']);
    expect(checkpointDates({ signature: '2023-01-30' })[0]).toEqual([30, '2023-03-01']);
  });

  it('plans from a signature on 29 February', () => {
    expect(checkpointDates({ signature: '2024-02-29' })).toEqual([
      [30, '2024-03-30'],
      [60, '2024-04-29'],
      [90, '2024-05-29'],
      [180, '2024-08-27'],
    ]);
    expect(compute({ signature: '2024-02-29' }).outputs.renewal).toEqual({ value: '2025-02-28', label: '28 February 2025' });
  });

  it('holds monthly check-ins to the month’s last day when the month is shorter', () => {
    const rows = table({ signature: '2024-01-31' }, 'check-ins').rows.map((r) => r.date);
    expect(rows.slice(0, 4)).toEqual(['2024-02-29', '2024-03-31', '2024-04-30', '2024-05-31']);
    expect(rows).toHaveLength(12);
    expect(rows[11]).toBe('2025-01-31');
  });

  it('sets 12, 6 or 4 check-ins a year by cadence', () => {
    expect(compute({ cadence: 'monthly' }).outputs['check-ins']).toEqual({ value: 12 });
    expect(compute({ cadence: 'bimonthly' }).outputs['check-ins']).toEqual({ value: 6 });
    expect(table({ cadence: 'quarterly' }, 'check-ins').rows.map((r) => r.date)).toEqual(['2025-02-15', '2025-05-15', '2025-08-15', '2025-11-15']);
  });

  it('gives the same dates in every time zone', () => {
    const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Pacific/Pago_Pago', 'Europe/London'];
    const seen = zones.map((tz) => {
      process.env.TZ = tz;
      return JSON.stringify([checkpointDates({ signature: '2025-03-30' }), table({ signature: '2025-03-30' }, 'check-ins').rows]);
    });
    expect(new Set(seen).size).toBe(1);
  });

  it('names owners and goals in the plan, with defaults when left blank', () => {
    const named = table({ 'cs-owner': ' Priya ', 'sales-owner': 'Tom' }, 'checkpoints').rows;
    expect(named[0]!.owner).toBe('Tom and Priya, together');
    expect(named[1]!.checkpoint).toContain('Halve the time a new regional office takes to go live; One report');
    expect(table({}, 'checkpoints').rows[2]!.owner).toBe('The customer, Account executive and CSM');
  });

  it('warns that a plan without goals has nothing to test', () => {
    expect(compute({ goals: '  \n ' }).notes).toContainEqual(expect.objectContaining({ level: 'warning', text: expect.stringContaining('No customer goals') }));
  });

  it('points out checkpoints that fall on a weekend', () => {
    expect(compute().notes[0]!.text).toBe('Falls on a weekend, so book the nearest working day: day 30 (Sunday 15 December 2024).');
  });

  it.each([
    ['', 'Signature date is needed: write it as year-month-day, such as 2024-11-15.'],
    ['15/11/2024', 'Signature date must be a real date between 2000 and 2099, written year-month-day such as 2024-11-15 (you entered "15/11/2024").'],
    ['2023-02-29', 'Signature date must be a real date between 2000 and 2099, written year-month-day such as 2024-11-15 (you entered "2023-02-29").'],
    ['2024-13-01', 'Signature date must be a real date between 2000 and 2099, written year-month-day such as 2024-11-15 (you entered "2024-13-01").'],
    ['1999-12-31', 'Signature date must be a real date between 2000 and 2099, written year-month-day such as 2024-11-15 (you entered "1999-12-31").'],
  ])('refuses the signature date "%s" with a clear message', (text, message) => {
    expect(errorsFor({ signature: text })).toEqual({ signature: message });
  });

  it('refuses more than eight goals', () => {
    expect(errorsFor({ goals: Array.from({ length: 9 }, (_, i) => `Goal ${i}`).join('\n') }).goals).toBe('Customer goals has 9 lines: keep the 8 that matter most.');
  });

  it('moves every checkpoint exactly its number of days on, for any valid date', () => {
    const day = fc.integer({ min: Date.UTC(2000, 0, 1) / 86_400_000, max: Date.UTC(2099, 5, 1) / 86_400_000 }).map((d) => d * 86_400_000);
    fc.assert(
      fc.property(day, fc.constantFrom(30, 60, 90, 180), (t, n) => {
        const iso = isoDate(t);
        expect(parseIsoDate(iso)).toBe(t);
        const later = parseIsoDate(isoDate(addDays(t, n)))!;
        expect((later - t) / 86_400_000).toBe(n);
        const month = addMonths(t, 1);
        expect(new Date(month).getUTCDate()).toBeLessThanOrEqual(new Date(t).getUTCDate());
        expect(month).toBeGreaterThan(t);
      }),
    );
  });
});
