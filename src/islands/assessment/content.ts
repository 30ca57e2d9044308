/**
 * Server side only: reads content/assessment into the props the assessment islands take.
 * The islands never import astro:content, so the question texts travel as props.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { QuestionText } from '../../assessment/types';
import { V1_QUESTIONS } from '../../assessment/codec';

/** The one question with a recognised exception (chapter 18, question 2). */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'q2-commercial-ownership':
    'The recognised exception applies: our largest accounts, with sales cycles of 12 to 24 months (typically $5M or more), stay with the seller who won them. The question is then left out of the total and never listed as a gap.',
};

const FRAMEWORK: readonly string[] = V1_QUESTIONS;

/** The nine framework questions of the full assessment, in order. Scales that chapters add stay in their chapters. */
export async function loadQuestions(): Promise<QuestionText[]> {
  const entries = await getCollection('assessment', (e) => FRAMEWORK.includes(e.data.id));
  const questions = await Promise.all(entries.map(toText));
  return questions.sort((a, b) => a.order - b.order);
}

export async function loadQuestion(id: string): Promise<QuestionText> {
  const entry = await getEntry('assessment', id);
  if (!entry) throw new Error(`<Scale id="${id}"> names no question in content/assessment/.`);
  return toText(entry);
}

async function toText(entry: CollectionEntry<'assessment'>): Promise<QuestionText> {
  const { id, order, dimension, question, levels, moveUp, chapter } = entry.data;
  const read = await getEntry('chapters', chapter.id);
  if (!read) throw new Error(`content/assessment/${id}.yaml names chapter "${chapter.id}", which is not written.`);
  const text: QuestionText = { id, order, dimension, question, levels, moveUp, chapter: chapter.id, chapterTitle: read.data.title, framework: FRAMEWORK.includes(id) };
  const exception = EXCEPTIONS[id];
  if (exception) text.exception = exception;
  return text;
}
