/**
 * Every importer reads untrusted files: whatever JSON (or not-JSON) arrives, it answers with a
 * value or a message, never an exception, and never calls a method the file put there.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importProfile } from '../state/profile-file';
import { parseImport } from '../assessment/files';
import { importReview } from '../worksheets/deal-review/model';
import { importWorksheet } from '../worksheets/mis-sell/state';
import { cleanProfile } from '../calculators/profile';

/** Keys that trip code which calls a method of what it reads. */
const sly = fc.constantFrom('toString', 'valueOf', 'toJSON', '__proto__', 'constructor', 'length', 'then', 'hasOwnProperty');
const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), tie('object'), fc.array(tie('any'), { maxLength: 3 })),
  object: fc.dictionary(fc.oneof(sly, fc.string({ maxLength: 6 })), tie('any'), { maxKeys: 4 }),
})).any;

/** Files of the right kind at every level: legacy (version 1, content at the top) and enveloped, with any content. */
const files = (kind: string, fields: string[]) =>
  fc.oneof(
    value.map((v) => JSON.stringify(v) ?? 'null'),
    fc.record({ version: value, body: value, exportedAt: value }).map((f) => JSON.stringify({ kind, ...f })),
    fc.record({ version: fc.constantFrom(1, 2, 3, 1.5, -1, '1', { toString: 1 }), body: fc.dictionary(fc.constantFrom(...fields), value) }).map((f) => JSON.stringify({ kind, ...f })),
    fc.dictionary(fc.constantFrom(...fields), value).map((f) => JSON.stringify({ format: kind, kind, version: 1, ...f })),
    fc.string({ maxLength: 40 }),
  );

const importers: [string, (text: string) => { ok: boolean } & ({ ok: true } | { error?: string; problems?: string[] }), string, string[]][] = [
  ['my numbers', importProfile as never, 'csp-my-numbers', ['figures']],
  ['an assessment file', parseImport as never, 'csp-assessment', ['people', 'targets']],
  ['a deal review', importReview as never, 'csp-deal-review', ['version', 'account', 'value', 'icpFit', 'prompts', 'risks', 'milestones']],
  ['a mis-sell worksheet', importWorksheet as never, 'csp-mis-sell', ['version', 'account', 'answers', 'track', 'cost', 'report']],
];

describe('every importer', () => {
  for (const [name, read, kind, fields] of importers) {
    it(`answers ${name} of any shape with a value or a message, and never throws`, () => {
      fc.assert(
        fc.property(files(kind, fields), (text) => {
          const out = read(text);
          if (out.ok) return;
          const said = 'error' in out && out.error !== undefined ? [out.error] : 'problems' in out ? (out.problems ?? []) : [];
          expect(said.length).toBeGreaterThan(0);
          for (const s of said) expect(typeof s).toBe('string');
        }),
        { numRuns: 300 },
      );
    });
  }

  it('refuses the crafted "my numbers" file whose version would throw if turned into text', () => {
    expect(importProfile('{"format":"csp-my-numbers","version":{"toString":1},"figures":{"arr":5}}')).toEqual({
      ok: false,
      problems: ['The file does not say which version of the format it uses.'],
    });
    expect(parseImport('{"format":"csp-assessment","version":1,"people":[],"targets":{"q1-leader-seat":{"toString":1}}}')).toMatchObject({
      ok: true,
      rejected: ['The target for q1-leader-seat was left out: an object is not poor, average or excellent.'],
    });
    expect(cleanProfile({ arr: { valueOf: 1, toString: 1 } }).rejected).toHaveLength(1);
  });

  it('still reads the files already in the wild', () => {
    expect(importProfile('{"format":"csp-my-numbers","version":1,"exportedAt":"2025-01-01T00:00:00.000Z","figures":{"arr":5000000,"retention":91}}')).toEqual({
      ok: true,
      profile: { arr: 5_000_000, retention: 91 },
    });
    expect(importProfile(JSON.stringify({ kind: 'csp-my-numbers', version: 2, body: { figures: { cac: 30000 } } }))).toEqual({ ok: true, profile: { cac: 30000 } });
  });
});
