/**
 * Export and import. JSON is the round-trip format (a versioned envelope, answers keyed by
 * question id, the chapters' scales alongside the nine); CSV is for spreadsheets, one row per
 * person per question.
 *
 * Imported files are untrusted: size-capped, checked field by field, and every piece left out
 * is named in `rejected`. Text is only ever returned as strings for the interface to render as
 * text. Unknown question ids are left out with a notice, as the brief asks.
 */
import { LEVELS, NAME_MAX, NOTE_MAX, type Answer, type Answers, type QuestionSummary, type Result, type Targets } from './types';
import { CURRENT_QUESTIONS } from './codec';
import { isAnswered, isLevel, normaliseAnswer } from './normalise';
import { clipForMessage, isIsoDate, normaliseAnswers, normaliseName } from './normalise-result';
import { scoreQuestions } from './scoring';
import { describeValue, isRecord } from '../lib/records';
import { toCsv } from '../lib/csv-write';
import { unwrap, wrap } from '../lib/envelope';

/** The kind in the file's envelope (src/lib/envelope.ts); files from before it say it as `format`. */
export const FILE_FORMAT = 'csp-assessment';
/** The version a result carries inside the file. */
export const FILE_VERSION = 1;
/** Largest file read, in characters (about 1 MB); check File.size before reading as well. */
export const MAX_FILE_CHARS = 1_000_000;
/** Most people read from one file. */
export const MAX_PEOPLE = 500;

export interface ExportPerson {
  name?: string;
  created: string;
  answers: Answers;
}

/** The body of an export's envelope. */
export interface ExportFile {
  people: ExportPerson[];
  /** The reader's target level per question, when exporting their own assessment. */
  targets?: Targets;
}

export interface ExportOptions {
  exportedAt?: string;
  targets?: Targets;
  /** Question ids to keep (default: every question and chapter scale the share codes know). */
  questionIds?: readonly string[];
}

/** A suggested file name, e.g. `cs-maturity-2025-03-31.json`. */
export function exportFileName(extension: 'json' | 'csv', date: string): string {
  return `cs-maturity-${isIsoDate(date) ? date : 'export'}.${extension}`;
}

export function exportJson(people: readonly Result[], options: ExportOptions = {}): string {
  const ids = options.questionIds ?? CURRENT_QUESTIONS;
  const file: ExportFile = {
    people: people.map((p) => {
      const person: ExportPerson = { created: p.created, answers: normaliseAnswers(p.answers, ids) };
      const name = normaliseName(p.name);
      if (name !== undefined) person.name = name;
      return person;
    }),
  };
  if (options.targets) {
    const targets: Targets = {};
    for (const id of ids) if (Object.hasOwn(options.targets, id) && isLevel(options.targets[id])) targets[id] = options.targets[id];
    file.targets = targets;
  }
  return wrap(FILE_FORMAT, file, options.exportedAt);
}

export const CSV_COLUMNS = ['person', 'date', 'question_id', 'dimension', 'question', 'level', 'score', 'status', 'note'] as const;

/**
 * One row per person per question, in question order: each of the nine framework questions
 * (unanswered rows have a blank level), and each chapter scale the person answered or noted.
 * RFC 4180 quoting with CRLF line ends. Cells starting with = + - @ (or tab / carriage return)
 * get a leading apostrophe so a spreadsheet shows them as text instead of running them as a
 * formula. A UTF-8 byte order mark comes first unless `bom: false`, so Excel reads accents right.
 */
export function exportCsv(people: readonly Result[], questions: readonly QuestionSummary[], options: { bom?: boolean } = {}): string {
  const rows: string[][] = [[...CSV_COLUMNS]];
  const text = new Map(questions.map((q) => [q.id, q.question]));
  people.forEach((person, i) => {
    const label = normaliseName(person.name) ?? `Person ${i + 1}`;
    for (const s of scoreQuestions(questions, person.answers)) {
      if (s.set !== undefined && !isAnswered(person.answers, s.id) && s.note === undefined) continue;
      rows.push([label, person.created, s.id, s.dimension, text.get(s.id)!, s.status === 'unsure' ? "don't know" : (s.level ?? ''), s.points === null ? '' : String(s.points), s.exception ? 'exception' : s.status, s.note ?? '']);
    }
  });
  return toCsv(rows, { bom: options.bom !== false });
}

export type ParsedImport =
  | { ok: true; people: Result[]; targets: Targets; rejected: string[] }
  | { ok: false; error: string };

/**
 * Reads a JSON export back. A problem with the file as a whole (too big, not JSON, another
 * format, a newer version) fails the import; a problem inside one person or one answer leaves
 * out only that piece and says so in `rejected`, in file order. Never throws.
 */
export function parseImport(text: unknown, options: { questionIds?: readonly string[] } = {}): ParsedImport {
  try {
    return parse(text, new Set(options.questionIds ?? CURRENT_QUESTIONS));
  } catch {
    return { ok: false, error: 'The file could not be read.' };
  }
}

function parse(text: unknown, known: ReadonlySet<string>): ParsedImport {
  const opened = unwrap(text, FILE_FORMAT, { what: 'a Customer Success Playbook assessment export', maxChars: MAX_FILE_CHARS });
  if (!opened.ok) return fail(opened.error);
  const data = opened.body;
  if (!Array.isArray(data.people)) return fail('The file has no list of people.');

  const rejected: string[] = [];
  // A file from before the envelope keeps its version beside the people.
  const fields = opened.version === 1 ? ['version', 'people', 'targets'] : ['people', 'targets'];
  for (const key of [...opened.ignored, ...Object.keys(data).filter((k) => !fields.includes(k))]) rejected.push(`The field “${clipForMessage(key)}” is not part of the format and was ignored.`);

  const people: Result[] = [];
  data.people.forEach((entry: unknown, i: number) => {
    if (i >= MAX_PEOPLE) {
      if (i === MAX_PEOPLE) rejected.push(`Only the first ${MAX_PEOPLE} people are read; ${(data as { people: unknown[] }).people.length - MAX_PEOPLE} more were left out.`);
      return;
    }
    const person = readPerson(entry, `Person ${i + 1}`, known, rejected);
    if (person) people.push(person);
  });

  const targets: Targets = {};
  if (data.targets !== undefined) {
    if (!isRecord(data.targets)) rejected.push('The targets are not a list of question ids and levels, so none were read.');
    else {
      for (const [id, level] of Object.entries(data.targets)) {
        if (!known.has(id)) rejected.push(`The target for “${clipForMessage(id)}” was left out: no such question.`);
        else if (!isLevel(level)) rejected.push(`The target for ${id} was left out: ${describeValue(level)} is not poor, average or excellent.`);
        else targets[id] = level;
      }
    }
  }
  return { ok: true, people, targets, rejected };
}

function readPerson(entry: unknown, where: string, known: ReadonlySet<string>, rejected: string[]): Result | undefined {
  if (!isRecord(entry)) {
    rejected.push(`${where} was left out: the entry is not an object.`);
    return undefined;
  }
  let name: string | undefined;
  if (entry.name !== undefined) {
    if (typeof entry.name !== 'string') rejected.push(`${where}: the name is not text and was left out.`);
    else if (entry.name.length > NAME_MAX) rejected.push(`${where}: the name is longer than ${NAME_MAX} characters and was left out.`);
    else name = normaliseName(entry.name);
  }
  const who = name ? `${where} (${clipForMessage(name)})` : where;
  if (!isIsoDate(entry.created)) {
    rejected.push(`${who} was left out: the date is missing or not a real date written YYYY-MM-DD.`);
    return undefined;
  }
  if (!isRecord(entry.answers)) {
    rejected.push(`${who} was left out: there are no answers.`);
    return undefined;
  }
  for (const key of Object.keys(entry)) {
    if (!['name', 'created', 'answers'].includes(key)) rejected.push(`${who}: the field “${clipForMessage(key)}” is not part of the format and was ignored.`);
  }

  const answers: Answers = {};
  for (const [id, raw] of Object.entries(entry.answers)) {
    if (!known.has(id)) {
      rejected.push(`${who}: the answer to “${clipForMessage(id)}” was left out: no such question.`);
      continue;
    }
    const answer = readAnswer(raw, `${who}, ${id}`, rejected);
    if (answer) answers[id] = answer;
  }
  const result: Result = { version: FILE_VERSION, created: entry.created, answers };
  if (name !== undefined) result.name = name;
  return result;
}

function readAnswer(raw: unknown, where: string, rejected: string[]): Answer | undefined {
  if (!isRecord(raw)) {
    rejected.push(`${where}: the answer is not an object and was left out.`);
    return undefined;
  }
  const answer: Answer = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key === 'level') {
      if (isLevel(value)) answer.level = value;
      else rejected.push(`${where}: the level ${describeValue(value)} is not one of ${LEVELS.join(', ')} and was left out.`);
    } else if (key === 'unsure' || key === 'exception') {
      if (typeof value === 'boolean') answer[key] = value;
      else rejected.push(`${where}: “${key}” is not true or false and was left out.`);
    } else if (key === 'note') {
      if (typeof value !== 'string') rejected.push(`${where}: the note is not text and was left out.`);
      else if (value.length > NOTE_MAX) rejected.push(`${where}: the note is ${value.length} characters long, over the limit of ${NOTE_MAX}, and was left out.`);
      else answer.note = value;
    } else rejected.push(`${where}: the field “${clipForMessage(key)}” is not part of the format and was ignored.`);
  }
  return normaliseAnswer(answer);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
