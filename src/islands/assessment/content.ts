/**
 * Server side only: reads content/assessment into the props the assessment islands take.
 * The islands never import astro:content, so the question texts travel as props.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import type { QuestionSummary, QuestionText, ScaleSet } from '../../assessment/types';
import { V1_QUESTIONS } from '../../assessment/codec';
import { groupBySet } from '../../assessment/sets';

/** The one question with a recognised exception (chapter 18, question 2). */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  'q2-commercial-ownership':
    'The recognised exception applies: our largest accounts, with sales cycles of 12 to 24 months (typically $5M or more), stay with the seller who won them. Those accounts are left out; the level you choose describes the rest of the base, and it is scored.',
};

const FRAMEWORK: readonly string[] = V1_QUESTIONS;

/** The nine framework questions of the full assessment, in order. */
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

/**
 * Every chapter's optional scales, chapters in book order, each scale numbered within its
 * chapter. Without the level descriptions: the results, plan and team pages do not show them,
 * and every prop is carried in the page's HTML.
 */
export async function loadScaleSets(): Promise<ScaleSet[]> {
  const entries = await getCollection('assessment', (e) => e.data.set !== undefined);
  const groups = groupBySet(await Promise.all(entries.map(toSummary)));
  return Promise.all(
    groups.map(async ({ set, scales }) => {
      const chapter = await getEntry('chapters', set);
      if (!chapter) throw new Error(`content/assessment names the set "${set}", which is not a written chapter.`);
      return { set, title: chapter.data.title, scales };
    }),
  );
}

async function toSummary(entry: CollectionEntry<'assessment'>): Promise<QuestionSummary> {
  const { id, order, dimension, question, moveUp, chapter, set } = entry.data;
  const read = await getEntry('chapters', chapter.id);
  if (!read) throw new Error(`content/assessment/${id}.yaml names chapter "${chapter.id}", which is not written.`);
  const summary: QuestionSummary = { id, order, dimension, question, moveUp, chapter: chapter.id, chapterTitle: read.data.title };
  if (set !== undefined) summary.set = set;
  return summary;
}

async function toText(entry: CollectionEntry<'assessment'>): Promise<QuestionText> {
  const { set, ...summary } = await toSummary(entry);
  const text: QuestionText = { ...summary, levels: entry.data.levels, framework: FRAMEWORK.includes(summary.id) };
  const exception = EXCEPTIONS[summary.id];
  if (exception) text.exception = exception;
  return text;
}
