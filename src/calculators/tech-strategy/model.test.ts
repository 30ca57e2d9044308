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

describe('tech-strategy model', () => {
  it('traces GRR and NRR through health reviews and renewal prep to analytics, support and the CRM, and defers the platform', () => {
    const { outputs, tables, notes } = compute();
    expect(n(outputs.answered)).toBe(4);
    expect(n(outputs.unlinked)).toBe(0);
    expect(n(outputs.serving)).toBe(4);
    expect(n(outputs.deferrable)).toBe(1);
    expect(outputs.verdict).toEqual({ value: 'strategy', label: 'A strategy' });
    expect(tables![0]!.rows[0]).toEqual({ metric: 'GRR', work: 'Health reviews', data: 'Usage', system: 'Product analytics', route: 'Integration into one CSM view' });
    expect(tables![1]!.rows.find((r) => r.name === 'Customer success platform')!.serves).toBe('No: it can wait');
    expect(notes).toEqual([]);
  });

  it('names the first purchase the answers support in its reading', () => {
    const text = model.reading!(defaults, compute()).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `<${p.output}>` : `[${p.value}]`)).join('')).join(' ');
    expect(text).toBe('You have answered <answered> of the four questions: <verdict>. The first purchase the answers support is Integration into one CSM view. <deferrable> tool serves no answer yet and can wait.');
  });

  it('calls purchases listed before any metric a shopping list', () => {
    const { outputs, notes } = compute({ metrics: '', work: '', data: '', systems: '' });
    expect(kw(outputs.verdict)).toBe('shopping-list');
    expect(n(outputs.answered)).toBe(0);
    expect(notes[0]!.text).toBe('Purchases before any metric: a shopping list, not a strategy.');
  });

  it('warns about a metric no weekly work moves', () => {
    const { outputs, notes } = compute({ metrics: 'GRR\nNRR\nExpansion per CSM' });
    expect(n(outputs.unlinked)).toBe(1);
    expect(kw(outputs.verdict)).toBe('incomplete');
    expect(notes[0]!.text).toBe('No weekly work moves Expansion per CSM.');
  });

  it('warns about data with no named home', () => {
    const { notes } = compute({ data: 'Usage, Health reviews\nNPS responses, Health reviews' });
    expect(notes.map((x) => x.text)).toContain('No system holds NPS responses.');
  });

  it('keeps each question locked until the one before it has an answer, with the message at the field', () => {
    expect(evaluate(model, texts({ metrics: '' })).errors).toEqual({ work: 'Answer question 1 first: the metrics.' });
    expect(evaluate(model, texts({ work: '' })).errors).toEqual({ data: 'Answer question 2 first: the weekly work.' });
    expect(evaluate(model, texts({ data: '' })).errors).toEqual({ systems: 'Answer question 3 first: the data.' });
  });

  it('links names whatever their case and spacing', () => {
    const { outputs } = compute({ work: 'health  reviews, grr, nrr\nRenewal preparation, GRR, NRR' });
    expect(n(outputs.unlinked)).toBe(0);
    expect(kw(outputs.verdict)).toBe('strategy');
  });

  it('counts every listed tool as serving or deferrable, never both', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom('CRM', 'Support system', 'Product analytics', 'CSP', 'Warehouse', 'Integration into one CSM view'), fc.constantFrom('own', 'buy')), { maxLength: 8 }), (list) => {
        const out = compute({ tools: list.map(([t, s]) => `${t}, ${s}`).join('\n') }).outputs;
        expect(n(out.serving) + n(out.deferrable)).toBe(list.length);
      }),
    );
  });
});
