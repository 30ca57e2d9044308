import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS, addSystem, checkMap, emptyMap, exampleMap, exportMap, importMap, mapCsv, parseMap, removeSystem, type Role } from './model';

describe('source-of-truth map', () => {
  it('finds three versions of the truth in the chapter’s example, and the fix', () => {
    const c = checkMap(exampleMap());
    expect(c.rows[0]).toMatchObject({ name: 'Customer records', state: 'many-owners', owners: ['CRM', 'CS platform', 'Spreadsheet'] });
    expect(c.rows[0]!.message).toBe('Three versions of the truth (CRM, CS platform and Spreadsheet): let one own it and the others read it.');
    const fixed = exampleMap();
    fixed.kinds[0]!.cells = ['owns', 'reads', '', '', ''];
    fixed.kinds[0]!.rule = 'The CRM wins.';
    expect(checkMap(fixed).rows[0]).toMatchObject({ state: 'one-owner', message: 'CRM owns it.' });
  });

  it('asks for a tie-break rule wherever two systems hold the same data', () => {
    const c = checkMap(exampleMap());
    expect(c.rows[2]!.message).toBe('CRM owns it. Write down which system wins when CRM and CS platform disagree.');
    expect(c.rows[1]!.message).toBe('CRM owns it.');
    expect(c.rows[5]).toMatchObject({ needsRule: false, message: 'CS platform owns it.' });
  });

  it('flags data nobody owns and systems that own nothing', () => {
    const m = exampleMap();
    m.kinds[5]!.cells = ['', 'reads', '', '', ''];
    const c = checkMap(m);
    expect(c.rows[5]!.state).toBe('no-owner');
    expect(c.idle).toEqual([]);
    expect(checkMap(emptyMap()).idle).toHaveLength(5);
    // With health scores only read, the CS platform owns nothing either: it earns its place as a view over the rest, or goes.
    m.kinds[0]!.cells = ['owns', 'reads', '', '', 'reads'];
    expect(checkMap(m).idle).toEqual(['CS platform', 'Spreadsheet']);
  });

  it('keeps one cell per system as systems come and go', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 6 }), { maxLength: 12 }), (ops) => {
        let m = exampleMap();
        for (const op of ops) m = op % 2 && m.systems.length > 1 ? removeSystem(m, op % m.systems.length) : addSystem(m, `S${op}`);
        expect(m.systems.length).toBeLessThanOrEqual(LIMITS.systems);
        for (const k of m.kinds) expect(k.cells).toHaveLength(m.systems.length);
        expect(parseMap(JSON.parse(JSON.stringify(m)))).toEqual(m);
      }),
    );
  });

  it('round-trips through JSON, pads short rows, and refuses a row wider than the systems', () => {
    expect(importMap(exportMap(exampleMap()))).toEqual(exampleMap());
    const padded = parseMap({ version: 1, systems: ['A', 'B'], kinds: [{ name: 'X', cells: ['owns'] }] });
    expect(padded!.kinds[0]!.cells).toEqual(['owns', '']);
    expect(parseMap({ version: 1, systems: ['A'], kinds: [{ name: 'X', cells: ['owns', 'reads' as Role] }] })).toBeUndefined();
    expect(parseMap({ version: 1, kinds: [{ name: 'X', cells: ['writes'] }] })).toBeUndefined();
  });

  it('exports the grid as CSV with each row’s check', () => {
    const lines = mapCsv(exampleMap()).split('\r\n');
    expect(lines[0]).toBe('kind_of_data,CRM,CS platform,Support system,Product analytics,Spreadsheet,owners,rule_when_they_disagree,check');
    expect(lines[1]).toBe('Customer records,owns,owns,,,owns,3,,"Three versions of the truth (CRM, CS platform and Spreadsheet): let one own it and the others read it."');
  });
});
