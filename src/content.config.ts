import { existsSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * A link to a written chapter. Astro's reference() only logs a missing entry, so the
 * file is checked here, which makes a broken reference fail the build.
 */
const chapterRef = z
  .string()
  .regex(slug, 'chapter must be a chapter slug such as "economics"')
  .refine((id) => existsSync(`./content/chapters/${id}.mdx`), {
    error: (issue) => `chapter "${String(issue.input)}" is not a written chapter (no content/chapters/${String(issue.input)}.mdx)`,
  })
  .transform((id) => ({ collection: 'chapters' as const, id }));

/** Chapters: content/chapters/<slug>.mdx. The slug comes from the file name. */
const chapters = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/chapters' }),
  schema: z.strictObject({
    title: z.string().min(1, 'title must not be empty'),
    part: z.enum(['one', 'two', 'alignment', 'back'], {
      error: 'part must be one of: one, two, alignment, back',
    }),
    order: z.number({ error: 'order must be a number (the brief number: 0 for the introduction)' }).int().min(0),
    summary: z.string().min(20, 'summary must be one full sentence').max(200, 'summary must stay under 200 characters'),
    bottomLine: z.string().min(20, 'bottomLine must be the closing takeaway in a sentence or more'),
  }),
});

/** Glossary: one YAML list in content/glossary.yaml. */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: z.strictObject({
    id: z.string().regex(slug, 'id must be kebab-case'),
    term: z.string().min(1),
    /** What an acronym stands for, in sentence case, without brackets: shown on a line of its own. */
    expansion: z
      .string()
      .refine((v) => !/[()]/.test(v), 'expansion must not contain brackets: put another name for the term in "alias"')
      .optional(),
    /** Another name the term goes by ("LTV" for CLTV). */
    alias: z.string().optional(),
    definition: z.string().min(10).max(500),
    chapter: chapterRef.optional(),
  }),
});

/** Maturity questions: content/assessment/<id>.yaml. */
const assessment = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/assessment' }),
  schema: z.strictObject({
    id: z.string().regex(slug),
    order: z.number().int().min(1),
    dimension: z.string().min(1),
    question: z.string().min(5),
    levels: z.strictObject({ poor: z.string().min(5), average: z.string().min(5), excellent: z.string().min(5) }),
    moveUp: z.string().min(10),
    chapter: chapterRef,
    /** Optional chapter scale set (the chapter's slug); the core questions have none. */
    set: z.string().regex(slug).optional(),
  }),
});

/** Tool explanations: content/tools/<calculator-id>.mdx ("show the working"). */
const tools = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/tools' }),
  schema: z.strictObject({
    title: z.string().min(1),
    summary: z.string().min(10).max(200),
    chapter: chapterRef,
    theme: z.enum(['journey', 'business-case', 'economics', 'operating-model', 'team', 'onboarding', 'health', 'accounts', 'renewals', 'growth', 'systems', 'scaling', 'industries', 'ai', 'alignment', 'assessment']),
    order: z.number().int().min(0),
  }),
});

export const collections = { chapters, glossary, assessment, tools };
