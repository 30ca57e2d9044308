import { expect } from 'vitest';
import type { CalculatorModel, Inputs, Result, Sentence } from './contract';
import { figureText, readingText } from './cite';

export interface Read {
  result: Result;
  sentences: readonly Sentence[];
  text: string;
  /** Each figure of the reading with the text and raw value it shows. */
  figures: { output?: string; text: string; raw: string }[];
}

/** Test helper: a model's reading for these inputs, as sentences, plain text and figures. */
export function readingOf(model: CalculatorModel, inputs: Inputs): Read {
  const result = model.compute(inputs);
  const sentences = model.reading?.(inputs, result) ?? [];
  const figures = sentences.flatMap((s) => s.filter((p) => typeof p !== 'string').map((f) => figureText(model, result, f, 'USD')));
  return { result, sentences, text: readingText(model, result, sentences, 'USD'), figures };
}

/**
 * Test helper: the reading never shows a broken number, names only real outputs, and reads
 * as sentences (each starts with a capital and ends with a full stop).
 */
export function expectSoundReading(model: CalculatorModel, inputs: Inputs): Read {
  const read = readingOf(model, inputs);
  expect(read.text).not.toMatch(/\bNaN\b|Infinity|undefined|\bnull\b|\[object/);
  for (const s of read.sentences) {
    for (const part of s) if (typeof part !== 'string') {
      if ('output' in part) expect(model.outputs.map((o) => o.id)).toContain(part.output);
      else expect(Number.isFinite(part.value)).toBe(true);
    }
  }
  for (const s of read.text.split(/(?<=[.!?])\s+(?=\S)/)) if (s) expect(s).toMatch(/^[A-Z‘“"']|^\$|^\d/);
  return read;
}
