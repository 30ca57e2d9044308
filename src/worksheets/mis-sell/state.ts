/**
 * The mis-sell worksheet's saved state: one flow from diagnosis to the board page, spread over
 * four pages that share it. This module holds only the shape, the reader for saved and imported
 * data, and the progress rules, so every page can load it without the calculators behind the
 * steps. The ids below mirror the calculators' fields; a unit test keeps them in step.
 */
import { isRecord } from '../../lib/records';
import { unwrap, wrap, type Imported } from '../../lib/envelope';

export type Answer = 'yes' | 'no' | 'unsure';
export type Roadmap = 'yes' | 'no' | 'unknown' | 'none';
export type Cro = 'accepts' | 'defensive' | 'unaware';

/** The diagnostic's questions by type, core question first (mis-sell-diagnostic). */
export const QUESTION_GROUPS = [
  ['scope-promised', 'scope-relied'],
  ['segment-outside', 'segment-visible'],
  ['timeline-committed', 'timeline-dependent'],
  ['stakeholder-authority', 'stakeholder-exec', 'stakeholder-present'],
] as const;
export const QUESTION_IDS: readonly string[] = QUESTION_GROUPS.flat();
/** The cost model's fields (mis-sell-cost). */
export const COST_FIELDS = ['mismatch-accounts', 'mismatch-value', 'mismatch-cost', 'icp-accounts', 'icp-value', 'icp-cost', 'mismatch-nrr', 'icp-nrr'] as const;

export const LIMITS = { account: 120, period: 60, meeting: 120, trait: 140, traits: 8, gate: 200, gates: 6, count: 12, number: 40 } as const;
export const DEFAULT_PERIOD = 'the last three quarters';

export interface Trait {
  text: string;
  /** Accounts in the cohort showing the trait, as typed. */
  count: string;
}

export interface MisSell {
  version: 1;
  account: string;
  answers: Partial<Record<string, Answer>>;
  track: { roadmap?: Roadmap | ''; bridge?: 'yes' | 'no' | ''; cro?: Cro | '' };
  /** Cost model inputs as typed, by field id; blank until the reader fills them. */
  cost: Record<string, string>;
  report: { period: string; meeting: string; agenda: string; traits: Trait[]; gates: string[] };
}

export function emptyWorksheet(): MisSell {
  return {
    version: 1,
    account: '',
    answers: {},
    track: {},
    cost: Object.fromEntries(COST_FIELDS.map((id) => [id, ''])),
    report: { period: DEFAULT_PERIOD, meeting: '', agenda: '', traits: [{ text: '', count: '' }], gates: [''] },
  };
}

const text = (v: unknown, max: number): string | undefined => (v === undefined ? '' : typeof v === 'string' && v.length <= max ? v : undefined);
const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' | undefined => (v === undefined || v === '' ? '' : allowed.includes(v as T) ? (v as T) : undefined);

/** Reads a saved or imported worksheet; missing parts take their empty value, wrong kinds make it unreadable. */
export function parseWorksheet(raw: unknown): MisSell | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const out = emptyWorksheet();
  const account = text(raw.account, LIMITS.account);
  if (account === undefined) return undefined;
  out.account = account;

  const answers = raw.answers ?? {};
  if (!isRecord(answers)) return undefined;
  for (const id of QUESTION_IDS) {
    const a = oneOf(answers[id], ['yes', 'no', 'unsure'] as const);
    if (a === undefined) return undefined;
    if (a) out.answers[id] = a;
  }

  const track = raw.track ?? {};
  if (!isRecord(track)) return undefined;
  const roadmap = oneOf(track.roadmap, ['yes', 'no', 'unknown', 'none'] as const);
  const bridge = oneOf(track.bridge, ['yes', 'no'] as const);
  const cro = oneOf(track.cro, ['accepts', 'defensive', 'unaware'] as const);
  if (roadmap === undefined || bridge === undefined || cro === undefined) return undefined;
  out.track = { roadmap, bridge, cro };

  const cost = raw.cost ?? {};
  if (!isRecord(cost)) return undefined;
  for (const id of COST_FIELDS) {
    const t = text(cost[id], LIMITS.number);
    if (t === undefined) return undefined;
    out.cost[id] = t;
  }

  const report = raw.report ?? {};
  if (!isRecord(report)) return undefined;
  const period = text(report.period ?? DEFAULT_PERIOD, LIMITS.period);
  const meeting = text(report.meeting, LIMITS.meeting);
  const agenda = text(report.agenda, LIMITS.meeting);
  if (period === undefined || meeting === undefined || agenda === undefined) return undefined;
  const traits = report.traits ?? out.report.traits;
  const gates = report.gates ?? out.report.gates;
  if (!Array.isArray(traits) || traits.length > LIMITS.traits || !Array.isArray(gates) || gates.length > LIMITS.gates) return undefined;
  const parsedTraits: Trait[] = [];
  for (const t of traits) {
    if (!isRecord(t)) return undefined;
    const tt = text(t.text, LIMITS.trait);
    const tc = text(t.count, LIMITS.count);
    if (tt === undefined || tc === undefined) return undefined;
    parsedTraits.push({ text: tt, count: tc });
  }
  const parsedGates: string[] = [];
  for (const g of gates) {
    const gt = text(g, LIMITS.gate);
    if (gt === undefined) return undefined;
    parsedGates.push(gt);
  }
  out.report = { period, meeting, agenda, traits: parsedTraits, gates: parsedGates };
  return out;
}

const KIND = 'csp-mis-sell';
/** Largest file read: far above any real export. */
export const MAX_IMPORT = 200_000;

/** The export file: the worksheet in the saved-file envelope (src/lib/envelope.ts). */
export function exportWorksheet(ws: MisSell): string {
  return wrap(KIND, ws);
}

/** Reads an export, including one from before the envelope; every failure is a sentence. Never throws. */
export function importWorksheet(text: unknown): Imported<MisSell> {
  const opened = unwrap(text, KIND, { what: 'a mis-sell worksheet exported from this playbook', maxChars: MAX_IMPORT });
  if (!opened.ok) return opened;
  const ws = parseWorksheet(opened.body);
  return ws ? { ok: true, value: ws } : { ok: false, error: 'The file is a mis-sell worksheet, but some of its entries are of the wrong kind or too long, so none were read.' };
}

export const STEPS = [
  { name: 'Diagnose', path: '/worksheets/mis-sell/' },
  { name: 'Decide the path', path: '/worksheets/mis-sell/path/' },
  { name: 'Count the cost', path: '/worksheets/mis-sell/cost/' },
  { name: 'Pattern and gate', path: '/worksheets/mis-sell/case/' },
  { name: 'Board page', path: '/worksheets/mis-sell/board/' },
] as const;

