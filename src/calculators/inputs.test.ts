import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import planner from './segment-planner/model';
import { TARGET, defaultTexts, outputOf, evaluate, toQuery, LINK_TEXT_MAX, leftOutOfLink, parseNumber } from './inputs';
import { hasTarget, readQuery } from './link';
import { formatValue } from './format';
import cltv from './cltv/model';
import payback from './cs-payback/model';

const today = defaultTexts(cltv);
const params = (query: string) => new URLSearchParams(query);
const target = (query: string, base = today) => readQuery(cltv, params(query), base, TARGET);

describe('link presets', () => {
  it('apply known values, ignore unknown ones and explain a bad one', () => {
    const preset = readQuery(cltv, params('retention=93&colour=blue&margin=abc'), today);
    expect(preset.texts).toEqual({ ...today, retention: '93' });
    expect(preset.rejected).toEqual(['The link\'s value for "Gross margin" was not used: Gross margin must be a number (you entered "abc"). The default applies.']);
  });

  it('write each valid field in its plain form and leave invalid ones out', () => {
    expect(toQuery(cltv, { ...today, revenue: '$12,000', retention: '90%', margin: 'lots' })).toBe('revenue=12000&retention=90&discount=10&lift=3');
  });

  it('show a number from the link in its plain form, so "-0" arrives as 0', () => {
    expect(readQuery(cltv, params('retention=-0&revenue=1e4'), today).texts).toEqual({ ...today, retention: '0', revenue: '10000' });
  });

  it('leave out a pasted list too long for an address, and say which', () => {
    const texts = defaultTexts(planner);
    const short = toQuery(planner, texts);
    expect(new URLSearchParams(short).get('customers')).toBe(texts.customers);
    const long = { ...texts, customers: 'Acme,1000\n'.repeat(LINK_TEXT_MAX / 10 + 1) };
    expect(new URLSearchParams(toQuery(planner, long)).has('customers')).toBe(false);
    expect(new URLSearchParams(toQuery(planner, long)).get('high-ratio')).toBe('20');
    expect(leftOutOfLink(planner, long).map((f) => f.id)).toEqual(['customers']);
    expect(leftOutOfLink(planner, texts)).toEqual([]);
  });
});

describe('negative zero', () => {
  it('is read as zero', () => {
    expect(Object.is(parseNumber('-0'), 0)).toBe(true);
    expect(Object.is(parseNumber('-0.000'), 0)).toBe(true);
    expect(parseNumber('-0.5')).toBe(-0.5);
  });

  it('never reaches the screen, nor does a value that rounds to it', () => {
    for (const unit of ['currency', 'percent', 'ratio', 'number', 'count', 'years', 'months'] as const) {
      for (const v of [-0, -0.0001, -1e-12]) {
        expect(formatValue(v, unit)).not.toMatch(/-/);
        expect(formatValue(v, unit, { compact: true })).not.toMatch(/-/);
      }
    }
    expect(formatValue(-0.004, 'ratio')).toBe('0:1');
    expect(formatValue(-0.006, 'ratio')).toBe('-0.01:1');
    expect(formatValue(-1500, 'currency')).toBe('-$1,500');
  });
});

describe('target values in a link', () => {
  it('open the comparison only for a target of a known field', () => {
    expect(hasTarget(cltv, params('retention=90&target-retention=95'))).toBe(true);
    expect(hasTarget(cltv, params('retention=90&target-colour=blue'))).toBe(false);
    expect(hasTarget(cltv, params('retention=90'))).toBe(false);
    expect(hasTarget(cltv, params('target-retention='))).toBe(true);
  });

  it('start from today and overlay the target values, leaving today untouched', () => {
    const base = readQuery(cltv, params('retention=90&margin=80&target-retention=95'), today).texts;
    const { texts, rejected } = target('retention=90&margin=80&target-retention=95', base);
    expect(texts).toEqual({ ...today, margin: '80', retention: '95' });
    expect(base.retention).toBe('90');
    expect(rejected).toEqual([]);
  });

  it('fall back to today with a note for malformed or absurd values', () => {
    const cases: [string, string][] = [
      ['target-retention=abc', 'must be a number'],
      ['target-retention=150', 'must be between 0% and 100%'],
      ['target-revenue=1e20', 'too large to calculate with'],
      ['target-revenue=1e400', 'must be a number'],
      ['target-retention=', 'is needed'],
      [`target-retention=${'9'.repeat(500)}`, 'too large'],
      ['target-retention=NaN', 'must be a number'],
      ['target-retention=Infinity', 'must be a number'],
    ];
    for (const [query, message] of cases) {
      const { texts, rejected } = target(query);
      expect(texts, query).toEqual(today);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]).toContain(message);
      expect(rejected[0]).toMatch(/^The link's target value for "[^"]+" was not used: .* Today's value applies\.$/);
    }
  });

  it('take the last of duplicated parameters and ignore unknown ones', () => {
    expect(target('target-retention=80&target-retention=95&target-colour=red').texts).toEqual({ ...today, retention: '95' });
    expect(target('target-retention=95&target-retention=abc').rejected).toHaveLength(1);
  });

  it('quote at most a few characters of a long bad value', () => {
    const { rejected } = target(`target-margin=${'x'.repeat(10_000)}`);
    expect(rejected[0]!.length).toBeLessThan(200);
  });

  it('apply to choice fields by their option value', () => {
    const base = defaultTexts(payback);
    expect(readQuery(payback, params('target-stage=mature'), base, TARGET).texts.stage).toBe('mature');
    expect(readQuery(payback, params('target-stage=<b>late</b>'), base, TARGET).rejected[0]).toContain('Company stage must be one of');
  });

  it('round-trip through the share link, for any valid target', () => {
    const percent = fc.integer({ min: 0, max: 10_000 }).map((x) => String(x / 100));
    fc.assert(
      fc.property(fc.record({ retention: percent, margin: percent, revenue: fc.integer({ min: 1, max: 1e9 }).map(String) }), (over) => {
        const texts = { ...today, ...over };
        const query = `${toQuery(cltv, today)}&${toQuery(cltv, texts, TARGET)}`;
        const read = target(query, readQuery(cltv, params(query), today).texts);
        expect(read).toEqual({ texts, rejected: [] });
      }),
    );
  });
});

describe('an output of an evaluation', () => {
  it('names the invalid fields while it waits for them', () => {
    const evaluation = evaluate(cltv, { ...today, retention: '101', margin: '' });
    expect(outputOf(cltv, evaluation, 'cltv')).toEqual({ unavailable: 'Waiting for a valid Annual retention, Gross margin.' });
    expect(outputOf(cltv, evaluate(cltv, today), 'cltv')).toEqual({ value: 90000 });
  });
});
