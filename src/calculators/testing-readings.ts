import { expect } from 'vitest';
import type { CalculatorModel, Figure, Inputs, Result, Sentence } from './contract';
import { figureText, readingText } from './cite';

/** Test helpers for readings (DESIGN §4a), beside the general ones in testing.ts. */

export interface ReadingRun {
  result: Result;
  sentences: readonly Sentence[];
  figures: Figure[];
  /** The reading as the page shows it, in US dollars. */
  text: string;
}

/** A model's reading for inputs that pass its cross-checks; undefined when they do not (the page never reads them). */
export function readingFor(model: CalculatorModel, inputs: Inputs): ReadingRun | undefined {
  const cross = model.crossCheck?.(inputs) ?? {};
  if (Object.values(cross).some(Boolean)) return undefined;
  const result = model.compute(inputs);
  const sentences = model.reading?.(inputs, result) ?? [];
  const figures = sentences.flatMap((s) => s.filter((p): p is Figure => typeof p !== 'string'));
  return { result, sentences, figures, text: readingText(model, result, sentences, 'USD') };
}

/** The raw value of each figure in a reading, in order, as data-value carries it on the page. */
export const figureValues = (model: CalculatorModel, run: ReadingRun): string[] => run.figures.map((f) => figureText(model, run.result, f, 'USD').raw);

/**
 * Fails unless the reading is sound: every figure an available output the model declares or a
 * finite number, every sentence finished, and no broken number anywhere in the text.
 */
export function expectSoundReading(model: CalculatorModel, run: ReadingRun): void {
  for (const f of run.figures) {
    if ('output' in f) {
      expect(model.outputs.map((o) => o.id)).toContain(f.output);
      const v = run.result.outputs[f.output];
      expect(v && 'value' in v, `output ${f.output} is cited but unavailable`).toBe(true);
    } else expect(Number.isFinite(f.value), `computed figure ${f.value}`).toBe(true);
  }
  for (const s of run.sentences) {
    const last = s[s.length - 1];
    expect(typeof last === 'string' && /[.!?]$/.test(last), `sentence ends: ${JSON.stringify(s)}`).toBe(true);
  }
  expect(run.text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|not calculable|\s{2}|\s[.,:;]/);
}
