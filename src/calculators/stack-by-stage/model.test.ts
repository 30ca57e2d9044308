import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const status = (over: Inputs, item: string) => compute(over).tables![0]!.rows.find((r) => r.item === item)?.status;
const stack = fc.record({
  stage: fc.constantFrom('seed', 'series-b', 'growth', 'scale', 'unknown'),
  csms: fc.integer({ min: 0, max: 200 }),
  crm: fc.constantFrom('none', 'yes'),
  support: fc.constantFrom('none', 'basic', 'mature'),
  analytics: fc.constantFrom('none', 'light', 'deep'),
  csp: fc.constantFrom('none', 'basic', 'premium'),
  'second-csp': fc.constantFrom('no', 'yes'),
  integration: fc.constantFrom('no', 'yes'),
  ops: fc.constantFrom('no', 'yes'),
  warehouse: fc.constantFrom('no', 'yes'),
  custom: fc.constantFrom('no', 'edge', 'copy'),
});

describe('stack-by-stage model', () => {
  it('flags a top-tier platform at Series A as too early and suggests a basic support system', () => {
    const { outputs, notes, tables } = compute();
    expect(outputs.stage).toEqual({ value: 'seed', label: 'Seed or Series A' });
    expect(n(outputs['buy-now'])).toBe(1);
    expect(n(outputs['too-early'])).toBe(1);
    expect(kw(outputs.verdict)).toBe('mixed');
    const rows = Object.fromEntries(tables![0]!.rows.map((r) => [r.item, r]));
    expect(rows['Customer success platform']!.status).toBe('Bought too early');
    expect(rows['Support system']).toMatchObject({ status: 'Buy now', advice: 'a basic one' });
    expect(rows['Product analytics']).toMatchObject({ status: 'Not yet', advice: 'light, if usage data is critical' });
    expect(notes[0]!.text).toBe('A top-tier platform this early mostly sits unused: the timing is wrong, not the product.');
  });

  it('is right for Series A with a CRM, basic support and no platform', () => {
    expect(kw(compute({ csp: 'none', support: 'basic' }).outputs.verdict)).toBe('on-track');
  });

  it('lets Series B evaluate a basic platform but not switch every module on', () => {
    expect(status({ stage: 'series-b', csp: 'basic' }, 'Customer success platform')).toBe('In place');
    expect(status({ stage: 'series-b', csp: 'premium' }, 'Customer success platform')).toBe('Bought too early');
    expect(status({ stage: 'series-b', analytics: 'light' }, 'Product analytics')).toBe('Buy now');
  });

  it('refuses a second platform at Growth and asks for integration', () => {
    const { outputs, notes } = compute({ stage: 'growth', 'second-csp': 'yes', csp: 'basic', support: 'mature', analytics: 'deep' });
    expect(n(outputs['too-early'])).toBe(1);
    expect(notes.map((x) => x.text)).toContain('Two platforms split the team’s data: choose one and commit.');
    expect(status({ stage: 'growth' }, 'Integration')).toBe('Buy now');
  });

  it('flags home-grown copies at Scale unless the edge is real', () => {
    const scale = { stage: 'scale', csp: 'premium', support: 'mature', analytics: 'deep', integration: 'yes', ops: 'yes', warehouse: 'yes' };
    expect(kw(compute(scale).outputs.verdict)).toBe('on-track');
    expect(kw(compute({ ...scale, custom: 'edge' }).outputs.verdict)).toBe('on-track');
    const copy = compute({ ...scale, custom: 'copy' });
    expect(kw(copy.outputs.verdict)).toBe('ahead');
    expect(copy.notes[0]!.text).toMatch(/costly in-between/);
  });

  it('flags a missing CRM first once past Series A', () => {
    const { notes } = compute({ stage: 'series-b', crm: 'none' });
    expect(notes[0]!.text).toBe('No CRM: every other tool reads from it, so fix that first.');
  });

  it('places an unknown stage by CS headcount and says so', () => {
    const at = (csms: number) => kw(compute({ stage: 'unknown', csms }).outputs.stage);
    expect([0, 2, 3, 9, 10, 49, 50].map(at)).toEqual(['seed', 'seed', 'series-b', 'series-b', 'growth', 'growth', 'scale']);
    expect(compute({ stage: 'unknown', csms: 12 }).notes[0]!.text).toBe('Placed by headcount: 12 CSMs reads as Growth.');
  });

  it('refuses an unknown stage value at the field', () => {
    expect(evaluate(model, texts({ stage: 'ipo' })).errors.stage).toBe('Company stage must be one of: Seed or Series A, Series B, Growth, Scale, Not sure.');
  });

  it('always lists every tool once and counts exactly the gaps and early purchases it shows', () => {
    fc.assert(
      fc.property(stack, (i) => {
        const { outputs, tables } = model.compute(i);
        const rows = tables![0]!.rows;
        expect(rows.length).toBe(i.custom === 'copy' ? 9 : 8);
        expect(n(outputs['buy-now'])).toBe(rows.filter((r) => r.status === 'Buy now').length);
        expect(n(outputs['too-early'])).toBe(rows.filter((r) => r.status === 'Bought too early').length);
      }),
    );
  });
});
