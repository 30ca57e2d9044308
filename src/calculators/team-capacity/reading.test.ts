import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { SEGMENTS } from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import { profileFill } from '../sources';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;
const ids = SEGMENTS.map((s) => s.id);

const segments = { 'enterprise-customers': 20, 'enterprise-arr': 8e6, 'mid-market-customers': 100, 'mid-market-arr': 9e6, 'smb-customers': 280, 'smb-arr': 7e6, 'tech-touch-customers': 0, 'tech-touch-arr': 0 };

describe('team-capacity reading', () => {
  it('fills the whole base from customers and ARR by segment, or none of it', () => {
    const fill = profileFill(model, segments);
    expect(fill.values).toEqual({
      'enterprise-customers': '20', 'enterprise-acv': '400000',
      'mid-market-customers': '100', 'mid-market-acv': '90000',
      'smb-customers': '280', 'smb-acv': '25000',
      'tech-touch-customers': '0', 'tech-touch-acv': '0',
    });
    expect(fill.filled.find((f) => f.field === 'smb-acv')?.derived).toBe('your SMB ARR ÷ SMB customers');
    const { 'smb-arr': _, ...partial } = segments;
    const none = profileFill(model, partial);
    expect(none.values).toEqual({});
    expect(none.unfilled[0]!.needs).toEqual(['smb-arr']);
  });

  it('leaves the base on the example when a segment has revenue but no customers', () => {
    expect(profileFill(model, { ...segments, 'tech-touch-arr': 5000 }).values).toEqual({});
  });

  it('reads the book’s base with quotas, and the reader’s base with segments outside their bands', () => {
    expect(read({ quota: 'yes' }).text).toBe(
      'This base needs 19 CSMs: 4 enterprise, 5 mid-market, 4 SMB and 6 tech-touch, with every ratio cut by 25% for expansion quotas. ARR per CSM sits inside its band in every segment with customers. That size calls for a first-level manager and a CS operations lead; segment leaders follow from 20 CSMs, 1 more than this plan.',
    );
    const mine = Object.fromEntries(Object.entries(profileFill(model, segments).values).map(([k, v]) => [k, Number(v)]));
    const run = read({ ...mine, 'smb-ratio': 300, 'enterprise-ratio': 4 });
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'This base needs 9 CSMs: 5 enterprise, 3 mid-market, 1 SMB and 0 tech-touch. ARR per CSM falls below its band in enterprise ($1,600,000 against $2,000,000 to $5,000,000), and rises above it in SMB ($7,000,000 against $2,000,000 to $4,000,000). That size calls for a first-level manager; a CS operations lead follows from 10 CSMs, 1 more than this plan.',
    );
  });

  it('is sound for any base, names every segment outside its band and no other', () => {
    const plan = fc.record(
      Object.fromEntries(
        ids.flatMap((id) => [
          [`${id}-customers`, fc.integer({ min: 0, max: 1e6 })],
          [`${id}-acv`, fc.oneof(fc.constant(0), fc.double({ min: 0.01, max: 1e8, noNaN: true }).map((x) => Math.round(x * 100) / 100))],
          [`${id}-ratio`, fc.integer({ min: 1, max: 10000 })],
        ]),
      ),
    );
    fc.assert(
      fc.property(plan, fc.constantFrom('no', 'yes'), fc.integer({ min: 20, max: 30 }), (base, quota, reduction) => {
        const run = read({ ...base, quota, reduction });
        expectSoundReading(model, run);
        const warned = run.result.notes.filter((n) => n.level === 'warning').map((n) => n.text.split(':')[0]!);
        for (const s of SEGMENTS) {
          const named = new RegExp(`\\b${s.name === 'SMB' ? 'SMB' : s.name.toLowerCase()} \\(`).test(run.text);
          expect(named).toBe(warned.includes(s.name));
        }
      }),
    );
  });
});
