import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { touchModelFor } from './model';
import { computeWith, defaultsOf, kw, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);
const notesOf = (over: Inputs) => compute(over).notes.map((x) => x.text).join(' ');

const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const inputs = fc.record({
  acv: typed(0.01, 1e8),
  'csm-cost': typed(0.01, 1e6),
  accounts: fc.integer({ min: 1, max: 10000 }),
  strategic: fc.constantFrom('no', 'yes'),
  expansion: fc.constantFrom('no', 'yes'),
  reference: fc.constantFrom('no', 'yes'),
});

describe('touch-model model', () => {
  it('reads the chapter’s 20-account example: 7,500 to 12,500 per account at 150,000 to 250,000 a CSM', () => {
    expect(n(compute({ 'csm-cost': 150000 }).outputs['cost-per-account'])).toBe(7500);
    expect(n(compute({ 'csm-cost': 250000 }).outputs['cost-per-account'])).toBe(12500);
    expect(n(compute().outputs['cost-per-account'])).toBe(10000);
  });

  it('shows that coverage takes 25.0% to 41.7% of a 30,000 contract and 150% to 250% of a 5,000 one', () => {
    expect(n(compute({ 'csm-cost': 150000 }).outputs['cost-share'])).toBe(25);
    expect(n(compute({ 'csm-cost': 250000 }).outputs['cost-share'])).toBe(41.7);
    expect(n(compute({ acv: 5000, 'csm-cost': 150000 }).outputs['cost-share'])).toBe(150);
    expect(n(compute({ acv: 5000, 'csm-cost': 250000 }).outputs['cost-share'])).toBe(250);
  });

  it('starts a 30,000 customer on low-touch and warns only when coverage costs more than the contract', () => {
    const out = compute();
    expect(kw(out.outputs.model)).toBe('low-touch');
    expect(out.notes.some((x) => x.level === 'warning')).toBe(false);
    const loss = compute({ acv: 5000 });
    expect(kw(loss.outputs.model)).toBe('tech-touch');
    expect(loss.notes.find((x) => x.level === 'warning')?.text).toMatch(/200% of what this customer pays/);
  });

  it('warns at exactly 100% of contract value', () => {
    const out = compute({ acv: 10000 });
    expect(n(out.outputs['cost-share'])).toBe(100);
    expect(out.notes.some((x) => x.level === 'warning')).toBe(true);
  });

  it('puts exactly 100,000 and exactly 25,000 in the low-touch band and explains the boundary', () => {
    expect(touchModelFor(100000)).toBe('low-touch');
    expect(touchModelFor(100000.01)).toBe('high-touch');
    expect(touchModelFor(25000)).toBe('low-touch');
    expect(touchModelFor(24999.99)).toBe('tech-touch');
    expect(notesOf({ acv: 100000 })).toMatch(/exactly on a boundary/);
    expect(notesOf({ acv: 25000 })).toMatch(/exactly on a boundary/);
    expect(notesOf({ acv: 30000 })).not.toMatch(/boundary/);
  });

  it('flags a CSM cost outside 150,000 to 250,000 but still calculates', () => {
    expect(notesOf({ 'csm-cost': 90000 })).toMatch(/outside the 150,000 to 250,000/);
    expect(notesOf({ 'csm-cost': 300000 })).toMatch(/outside the 150,000 to 250,000/);
    expect(notesOf({ 'csm-cost': 150000 })).not.toMatch(/outside/);
    expect(n(compute({ 'csm-cost': 300000 }).outputs['cost-per-account'])).toBe(15000);
  });

  it('notes an accounts-per-CSM load that does not match the starting model', () => {
    expect(notesOf({ acv: 150000, accounts: 20 })).not.toMatch(/typical/);
    expect(notesOf({ acv: 30000, accounts: 20 })).toMatch(/20 accounts per CSM is not a typical low-touch load \(50 to 150\)/);
    expect(notesOf({ acv: 5000, accounts: 200 })).toMatch(/tech-touch load \(500 or more\)/);
  });

  it('names each ticked override and says the departure needs a written criterion', () => {
    expect(notesOf({})).not.toMatch(/Ticked/);
    const text = notesOf({ strategic: 'yes', reference: 'yes' });
    expect(text).toMatch(/Ticked: strategic value, reference value\./);
    expect(text).toMatch(/write down the criterion/);
    expect(kw(compute({ strategic: 'yes' }).outputs.model)).toBe('low-touch');
  });

  it('blocks a zero or negative contract value and zero or fractional accounts at the field', () => {
    expect(evaluate(model, texts({ acv: '0' })).errors.acv).toBe('Annual contract value must be more than $0 and at most $100,000,000.');
    expect(evaluate(model, texts({ acv: '-5000' })).errors.acv).toMatch(/must be more than \$0/);
    expect(evaluate(model, texts({ acv: '' })).errors.acv).toBe('Annual contract value is needed: enter a number.');
    expect(evaluate(model, texts({ accounts: '0' })).errors.accounts).toBe('Accounts per CSM must be between 1 and 10,000.');
    expect(evaluate(model, texts({ accounts: '12.5' })).errors.accounts).toBe('Accounts per CSM must be a whole number.');
    expect(evaluate(model, texts({ 'csm-cost': '2000000' })).errors['csm-cost']).toMatch(/at most \$1,000,000/);
  });

  it('keeps cost per account equal to CSM cost over accounts, and the share to one decimal', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const out = model.compute(i).outputs;
        expect(n(out['cost-per-account'])).toBeCloseTo(i['csm-cost'] / i.accounts, 6);
        const share = n(out['cost-share']);
        expect(Math.round(share * 10)).toBeCloseTo(share * 10, 9);
        expect(Math.abs(share - (100 * i['csm-cost']) / i.accounts / i.acv)).toBeLessThanOrEqual(0.05 + 1e-9);
      }),
    );
  });

  it('never lowers the touch model as contract value rises, nor raises the cost share', () => {
    const rank = { 'tech-touch': 0, 'low-touch': 1, 'high-touch': 2 };
    fc.assert(
      fc.property(inputs, typed(0.01, 1e8), (i, other) => {
        const [lo, hi] = [Math.min(i.acv, other), Math.max(i.acv, other)];
        const a = model.compute({ ...i, acv: lo }).outputs;
        const b = model.compute({ ...i, acv: hi }).outputs;
        expect(rank[kw(b.model) as keyof typeof rank]).toBeGreaterThanOrEqual(rank[kw(a.model) as keyof typeof rank]);
        expect(n(b['cost-share'])).toBeLessThanOrEqual(n(a['cost-share']));
      }),
    );
  });

  it('never changes the model or the figures because of an override tick', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const plain = model.compute({ ...i, strategic: 'no', expansion: 'no', reference: 'no' }).outputs;
        expect(model.compute(i).outputs).toEqual(plain);
      }),
    );
  });
});
