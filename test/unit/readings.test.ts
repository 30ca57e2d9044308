import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readingText } from '../../src/calculators/cite';
import { evaluate } from '../../src/calculators/inputs';
import { models } from '../../src/calculators/registry';
import { anyTexts } from '../../src/calculators/testing';

const broken = /NaN|Infinity|undefined|null|-0(?![.,\d])|\[object/;

describe('readings (DESIGN §4a)', () => {
  for (const model of Object.values(models).filter((m) => m.reading)) {
    it(`${model.id}: every figure is one of the model's outputs or a finite number, and nothing broken reaches the words`, () => {
      fc.assert(
        fc.property(anyTexts(model), (texts) => {
          const { result, values } = evaluate(model, texts);
          if (!result) return;
          const sentences = model.reading!(values, result);
          for (const sentence of sentences)
            for (const part of sentence) {
              if (typeof part === 'string') continue;
              if ('output' in part) expect(model.outputs.map((o) => o.id), `${model.id} reading cites ${part.output}`).toContain(part.output);
              else expect(Number.isFinite(part.value), `${model.id} computed figure`).toBe(true);
            }
          for (const currency of ['USD', 'GBP', 'EUR'] as const) expect(readingText(model, result, sentences, currency)).not.toMatch(broken);
        }),
        { numRuns: 150 },
      );
    });
  }
});
