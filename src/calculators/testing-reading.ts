import { expect } from 'vitest';
import type { CalculatorModel, Figure, Inputs, Result, Sentence } from './contract';
import { figureText, readingText, type Citation } from './cite';

/**
 * The one set of test helpers for readings (DESIGN §4a), beside the general ones in testing.ts:
 * a model's reading on some inputs, and the check that it is sound wherever it appears.
 */

export interface Read {
  result: Result;
  sentences: readonly Sentence[];
  /** The reading's figures as the model names them, in order. */
  figures: Figure[];
  /** Each figure as the page shows it: text, and the raw value data-value carries. */
  shown: (Citation & { output?: string })[];
  /** The reading as the page shows it, in US dollars. */
  text: string;
}

/** A model's reading for these inputs. */
export function readingOf(model: CalculatorModel, inputs: Inputs): Read {
  const result = model.compute(inputs);
  const sentences = model.reading?.(inputs, result) ?? [];
  const figures = sentences.flatMap((s) => s.filter((p): p is Figure => typeof p !== 'string'));
  return { result, sentences, figures, shown: figures.map((f) => figureText(model, result, f, 'USD')), text: readingText(model, result, sentences, 'USD') };
}

/** The reading for inputs that pass the model's cross-checks; undefined when they do not (the page never reads them). */
export function readingFor(model: CalculatorModel, inputs: Inputs): Read | undefined {
  const cross = model.crossCheck?.(inputs) ?? {};
  return Object.values(cross).some(Boolean) ? undefined : readingOf(model, inputs);
}

/** The raw value of each figure in a reading, in order, as data-value carries it on the page. */
export const figureValues = (_model: CalculatorModel, read: Read): string[] => read.shown.map((f) => f.raw);

/** The figure shown for output `id` in the reading's currency, for comparing words with numbers. */
export const shownFigure = (model: CalculatorModel, result: Result, id: string) => figureText(model, result, { output: id }, 'USD').text;

/**
 * Fails unless a reading (or the reading of these inputs) is sound: every figure an available
 * output the model declares or a finite number, every sentence starting as a sentence and
 * finished, and no broken number anywhere in the text. Returns the reading for checks on its words.
 */
export function expectSoundReading(model: CalculatorModel, what: Inputs | Read): Read {
  const read = 'sentences' in what && 'shown' in what ? (what as Read) : readingOf(model, what as Inputs);
  for (const f of read.figures) {
    if ('output' in f) {
      expect(model.outputs.map((o) => o.id), `${model.id}: reading cites ${f.output}`).toContain(f.output);
      const v = read.result.outputs[f.output];
      expect(!!v && 'value' in v, `${model.id}: reading cites ${f.output}, which is unavailable here`).toBe(true);
    } else expect(Number.isFinite(f.value), `${model.id}: computed figure ${f.value}`).toBe(true);
  }
  for (const s of read.sentences) {
    const last = s[s.length - 1];
    expect(typeof last === 'string' && /[.!?]$/.test(last), `${model.id}: sentence ends: ${JSON.stringify(s)}`).toBe(true);
  }
  expect(read.text).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b|\bnull\b|\[object|not calculable|\s{2}|\s[.,:;]/);
  for (const s of read.text.split(/(?<=[.!?])\s+(?=\S)/)) if (s) expect(s, `${model.id}: a sentence starts`).toMatch(/^[A-Z‘“"']|^\$|^\d/);
  return read;
}

/** The reading of these inputs, checked sound (see expectSoundReading). */
export const checkReading = (model: CalculatorModel, inputs: Inputs): Read => expectSoundReading(model, inputs);
