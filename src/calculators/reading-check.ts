import { expect } from 'vitest';
import type { CalculatorModel, Inputs, Result, Sentence } from './contract';
import { figureText, readingText } from './cite';

/**
 * Test helper for readings (DESIGN §4a): runs the model and its reading on these inputs and
 * checks what a reader would see. Every figure that names an output shows that output (never
 * "not calculable"), every computed figure is finite, and the text holds no broken number.
 * Returns the reading's plain text and the result, for checks on the words themselves.
 */
export function checkReading(model: CalculatorModel, inputs: Inputs): { text: string; result: Result; sentences: readonly Sentence[] } {
  const result = model.compute(inputs);
  const sentences = model.reading?.(inputs, result) ?? [];
  for (const sentence of sentences) {
    for (const part of sentence) {
      if (typeof part === 'string') continue;
      if ('output' in part) {
        const v = result.outputs[part.output];
        expect(v, `${model.id}: reading cites ${part.output}`).toBeDefined();
        expect('unavailable' in v!, `${model.id}: reading cites ${part.output}, which is unavailable here`).toBe(false);
      } else expect(Number.isFinite(part.value), `${model.id}: computed figure ${part.value}`).toBe(true);
      expect(figureText(model, result, part, 'USD').text).not.toBe('not calculable');
    }
  }
  const text = readingText(model, result, sentences, 'USD');
  expect(text).not.toMatch(/NaN|Infinity|undefined|not calculable|\s{2}|\s[.,:;]/);
  return { text, result, sentences };
}

/** The figure shown for output `id` in the reading's currency, for comparing words with numbers. */
export const shownFigure = (model: CalculatorModel, result: Result, id: string) => figureText(model, result, { output: id }, 'USD').text;
