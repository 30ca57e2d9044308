import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { offsetOnDate, parseDate, resolveZone } from './zones';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
const run = (over: Record<string, string> = {}) => {
  const e = evaluate(model, { ...defaults, ...over });
  if (!e.result) throw new Error(`did not compute: ${JSON.stringify(e.errors)}`);
  return e.result;
};
const errors = (over: Record<string, string>) => evaluate(model, { ...defaults, ...over }).errors;
const shared = (over: Record<string, string>) => n(run(over).outputs['shared-hours']);
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);
const pair = (customer: string, csm: string, date: string) => ({ 'customer-zone': customer, 'csm-zone': csm, date });

describe('timezone-overlap model', () => {
  it('gives a Singapore customer and a San Francisco CSM no shared hours in January or in July', () => {
    expect(shared(pair('Asia/Singapore', 'America/Los_Angeles', '2026-01-15'))).toBe(0);
    expect(shared(pair('Asia/Singapore', 'America/Los_Angeles', '2026-07-15'))).toBe(0);
    // Singapore is 16 hours ahead in winter, 15 in summer.
    expect(n(run(pair('Asia/Singapore', 'America/Los_Angeles', '2026-01-15')).outputs['clock-gap'])).toBe(-16);
    expect(n(run(pair('Asia/Singapore', 'America/Los_Angeles', '2026-07-15')).outputs['clock-gap'])).toBe(-15);
    const out = run().outputs;
    expect(out['customer-from']).toEqual({ unavailable: 'The two working days do not overlap, so there is no shared window.' });
    expect(run().notes[0]!.text).toContain('needs a CSM in its own region');
  });

  it('gives London and New York three shared hours in winter and summer, four while their clock changes differ', () => {
    expect(shared(pair('Europe/London', 'America/New_York', '2026-01-15'))).toBe(3);
    expect(shared(pair('Europe/London', 'America/New_York', '2026-07-15'))).toBe(3);
    // The US moves its clocks on 8 March 2026 and the UK on 29 March; back on 25 October and 1 November.
    expect(shared(pair('Europe/London', 'America/New_York', '2026-03-20'))).toBe(4);
    expect(shared(pair('Europe/London', 'America/New_York', '2026-10-28'))).toBe(4);
    const out = run(pair('Europe/London', 'America/New_York', '2026-01-15')).outputs;
    expect(kw(out['customer-from'])).toBe('2026-01-15T14:00');
    expect(kw(out['customer-to'])).toBe('2026-01-15T17:00');
    expect(kw(out['csm-from'])).toBe('2026-01-15T09:00');
    expect(kw(out['csm-to'])).toBe('2026-01-15T12:00');
    expect(out['csm-from']).toEqual({ value: '2026-01-15T09:00', label: '09:00 on Thu 15 Jan' });
  });

  it('gives London and Singapore no shared hours in winter and one in summer', () => {
    expect(shared(pair('Europe/London', 'Asia/Singapore', '2026-01-15'))).toBe(0);
    expect(shared(pair('Europe/London', 'Asia/Singapore', '2026-07-15'))).toBe(1);
  });

  it('handles half-hour and 45-minute offsets', () => {
    const kolkata = run(pair('Asia/Kolkata', 'Europe/London', '2026-01-15')).outputs;
    expect(n(kolkata['shared-hours'])).toBe(2.5);
    expect(n(kolkata['clock-gap'])).toBe(-5.5);
    expect(kw(kolkata['customer-from'])).toBe('2026-01-15T14:30');
    expect(kw(kolkata['csm-to'])).toBe('2026-01-15T11:30');
    const kathmandu = run(pair('Asia/Kathmandu', 'Europe/London', '2026-01-15')).outputs;
    expect(n(kathmandu['shared-hours'])).toBe(2.25);
    expect(n(kathmandu['clock-gap'])).toBe(-5.75);
    expect(kw(kathmandu['csm-from'])).toBe('2026-01-15T09:00');
    expect(kw(kathmandu['customer-from'])).toBe('2026-01-15T14:45');
  });

  it('counts overnight working hours that end before they start', () => {
    // 22:00 to 06:00 in London is 07:00 to 15:00 in Tokyo, nine hours ahead in January.
    const out = run({ ...pair('Europe/London', 'Asia/Tokyo', '2026-01-15'), 'customer-start': '22:00', 'customer-end': '06:00' }).outputs;
    expect(n(out['shared-hours'])).toBe(6);
    expect(kw(out['customer-from'])).toBe('2026-01-16T00:00');
    expect(kw(out['customer-to'])).toBe('2026-01-16T06:00');
    expect(kw(out['csm-from'])).toBe('2026-01-16T09:00');
    // Both overnight in the same zone: the whole shift is shared.
    expect(shared({ ...pair('Europe/Paris', 'Europe/Paris', '2026-01-15'), 'customer-start': '22:00', 'customer-end': '06:00', 'csm-start': '22:00', 'csm-end': '06:00' })).toBe(8);
  });

  it('shares the whole working day when both sides sit in the same zone', () => {
    expect(shared(pair('Europe/Berlin', 'Europe/Berlin', '2026-01-15'))).toBe(8);
    expect(run(pair('Europe/Berlin', 'Europe/Berlin', '2026-01-15')).notes).toEqual([]);
  });

  it('reads round-the-clock cover written 00:00 to 24:00', () => {
    expect(shared({ ...pair('Asia/Singapore', 'America/Los_Angeles', '2026-01-15'), 'customer-start': '00:00', 'customer-end': '24:00' })).toBe(8);
  });

  it('finds a zone from a bare city name and ignores case', () => {
    expect(resolveZone('Singapore')).toBe('Asia/Singapore');
    expect(resolveZone('new york')).toBe('America/New_York');
    expect(resolveZone('UTC')).toBe('UTC');
    expect(shared(pair('london', 'New York', '2026-01-15'))).toBe(3);
  });

  it('explains each kind of bad input at its own field', () => {
    expect(errors({ 'customer-zone': 'Europe/Londn' })).toEqual({
      'customer-zone': '“Europe/Londn” is not a time zone this browser knows: use a name such as Europe/London, America/New_York or Asia/Kolkata.',
    });
    expect(errors({ 'csm-zone': '  ' })['csm-zone']).toBe('The CSM’s time zone is needed: enter a name such as Europe/London.');
    expect(errors({ date: '2026-02-30' }).date).toContain('YYYY-MM-DD');
    expect(errors({ date: '15/01/2026' }).date).toContain('YYYY-MM-DD');
    expect(errors({ 'customer-start': '9am' })['customer-start']).toBe('Enter the time the customer’s working day starts as HH:MM on a 24-hour clock, such as 09:00.');
    expect(errors({ 'csm-end': '25:00' })['csm-end']).toContain('24:00 for midnight');
    expect(errors({ 'customer-start': '24:00' })['customer-start']).toBeDefined();
    expect(errors({ 'csm-start': '08:00', 'csm-end': '08:00' })['csm-end']).toBe('The CSM’s working day cannot start and end at the same time: for round-the-clock cover enter 00:00 to 24:00.');
    expect(errors({ 'customer-zone': 'x'.repeat(65) })['customer-zone']).toBeDefined();
  });

  it('warns against passing the account round the world', () => {
    expect(run({ coverage: 'follow-the-sun' }).notes.some((note) => note.text.startsWith('Follow the sun usually fails'))).toBe(true);
  });

  it('reads the figures in sentences that match them', () => {
    const reading = (over: Record<string, string>) => {
      const e = evaluate(model, { ...defaults, ...over });
      return model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : `[${p.value}]`)).join(''));
    };
    expect(reading({})).toEqual([
      'On that date the CSM’s clock in America/Los_Angeles runs 16 hours behind the customer’s in Asia/Singapore.',
      'Their working days never meet: when the customer starts work at 09:00 on Thu 15 Jan, it is 17:00 on Wed 14 Jan for the CSM.',
    ]);
    expect(reading(pair('Asia/Kathmandu', 'Europe/London', '2026-01-15'))).toEqual([
      'On that date the CSM’s clock in Europe/London runs 5 hours 45 minutes behind the customer’s in Asia/Kathmandu.',
      'They share [shared-hours] hours a day, [28.125] of the shorter working day: from [customer-from] to [customer-to] for the customer, [csm-from] to [csm-to] for the CSM.',
    ]);
    expect(reading(pair('Europe/Berlin', 'Europe/Berlin', '2026-01-15'))[0]).toBe('On that date the two clocks read the same.');
  });

  // Zones with the odd offsets and rules: half hours, 45 minutes, a half-hour daylight shift, the date line.
  const ZONES = ['UTC', 'Europe/London', 'America/New_York', 'America/Los_Angeles', 'Asia/Singapore', 'Asia/Kolkata', 'Asia/Kathmandu', 'America/St_Johns', 'Australia/Lord_Howe', 'Pacific/Chatham', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Australia/Adelaide'];
  const time = fc.integer({ min: 0, max: 287 }).map((i) => `${String(Math.floor(i / 12)).padStart(2, '0')}:${String((i % 12) * 5).padStart(2, '0')}`);
  const date = fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const side = fc.record({ zone: fc.constantFrom(...ZONES), start: time, end: time }).filter((s) => s.start !== s.end);
  const minutes = (start: string, end: string) => {
    const [a, b] = [start, end].map((t) => +t.slice(0, 2) * 60 + +t.slice(3));
    return b! > a! ? b! - a! : b! + 1440 - a!;
  };
  const setting = (c: { zone: string; start: string; end: string }, s: { zone: string; start: string; end: string }, d: string) => ({
    'customer-zone': c.zone,
    'customer-start': c.start,
    'customer-end': c.end,
    'csm-zone': s.zone,
    'csm-start': s.start,
    'csm-end': s.end,
    date: d,
  });

  it('is symmetric in its two parties and never exceeds either working day', () => {
    fc.assert(
      fc.property(side, side, date, (c, s, d) => {
        const there = run(setting(c, s, d)).outputs;
        const back = run(setting(s, c, d)).outputs;
        const hours = n(there['shared-hours']);
        expect(hours).toBe(n(back['shared-hours']));
        expect(n(there['clock-gap'])).toBe(-n(back['clock-gap']) || 0);
        expect(hours).toBeGreaterThanOrEqual(0);
        expect(hours * 60).toBeLessThanOrEqual(Math.min(minutes(c.start, c.end), minutes(s.start, s.end)) + 1e-9);
        expect('value' in there['customer-from']).toBe(hours > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('reads every real date and no impossible one', () => {
    fc.assert(
      fc.property(date, (d) => {
        expect(parseDate(d)).toBe(Date.parse(`${d}T00:00:00Z`));
      }),
    );
    expect(parseDate('2026-13-01')).toBeUndefined();
    expect(parseDate('2025-02-29')).toBeUndefined();
    expect(parseDate('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
  });

  it('takes each zone’s offset on the day from the platform’s rules', () => {
    const day = Date.UTC(2026, 0, 15);
    expect(offsetOnDate('Asia/Kathmandu', day)).toBe(345);
    expect(offsetOnDate('America/St_Johns', day)).toBe(-210);
    expect(offsetOnDate('Pacific/Chatham', day)).toBe(825);
    expect(offsetOnDate('Australia/Lord_Howe', Date.UTC(2026, 6, 15))).toBe(630);
  });
});
