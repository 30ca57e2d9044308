/**
 * The five-customer forensics (chapter 10): each quarter, the five losses that hurt most,
 * reconstructed as stories rather than survey answers, then tallied into the patterns that
 * recur. Shares are of the customers reconstructed; a customer may carry more than one pattern.
 */
import { toCsv } from '../../lib/csv-write';
import { boolOf, clean, exportJson, importJson, listOf, plural, readNumber, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const PATTERNS = [
  { id: 'never-adopted', label: 'Never adopted', lesson: 'onboarding and adoption in months one to six', early: true },
  { id: 'lost-champion', label: 'Champion departed', lesson: 'relationships with more than one person in years one and two', early: true },
  { id: 'outgrew', label: 'Outgrew the product', lesson: 'product strategy: a recurring case is a signal for the whole company', early: false },
  { id: 'consolidated', label: 'Consolidated away', lesson: 'making the product something the customer could not work without', early: false },
  { id: 'other', label: 'Something else', lesson: '', early: false },
] as const;
export type PatternId = (typeof PATTERNS)[number]['id'];

export const SIGNALS = [
  { id: 'champion-usage', label: 'Usage fell among the people who first championed the product' },
  { id: 'disengaged', label: 'Engagement faded in the run-up to renewal' },
  { id: 'tickets', label: 'Support tickets showed expectations were not being met' },
  { id: 'csm-concern', label: 'The CSM’s sense that something had shifted was written down' },
] as const;
export type SignalId = (typeof SIGNALS)[number]['id'];

export const LIMITS = { name: 80, story: 600, customers: 5, number: 16 } as const;

export interface Loss {
  name: string;
  arr: string;
  firstMonths: string;
  shift: string;
  people: string;
  signals: Record<SignalId, boolean>;
  patterns: Record<PatternId, boolean>;
}

export interface Forensics {
  version: 1;
  quarter: string;
  losses: Loss[];
}

export function blankLoss(): Loss {
  return {
    name: '',
    arr: '',
    firstMonths: '',
    shift: '',
    people: '',
    signals: Object.fromEntries(SIGNALS.map((s) => [s.id, false])) as Record<SignalId, boolean>,
    patterns: Object.fromEntries(PATTERNS.map((p) => [p.id, false])) as Record<PatternId, boolean>,
  };
}

export function emptyForensics(): Forensics {
  return { version: 1, quarter: '', losses: Array.from({ length: LIMITS.customers }, blankLoss) };
}

/** Chapter 10's example: two never adopted, two lost champions, one consolidation. */
export function exampleForensics(): Forensics {
  const story = (name: string, arr: string, pattern: PatternId, signals: SignalId[], firstMonths: string, shift: string, people: string): Loss => {
    const l = blankLoss();
    Object.assign(l, { name, arr, firstMonths, shift, people });
    l.patterns[pattern] = true;
    for (const s of signals) l.signals[s] = true;
    return l;
  };
  return {
    version: 1,
    quarter: 'Example quarter',
    losses: [
      story('Customer A', '120000', 'never-adopted', ['champion-usage', 'csm-concern'], 'Setup took four months; the buyer handed it to a team that never asked for it.', 'By month six only two of forty seats were active.', 'The buyer moved on to other projects; nobody replaced them.'),
      story('Customer B', '80000', 'never-adopted', ['disengaged'], 'Training was booked twice and cancelled twice.', 'Nothing changed: the product was never part of their week.', 'One administrator, no sponsor.'),
      story('Customer C', '200000', 'lost-champion', ['champion-usage', 'disengaged'], 'Fast start, strong use through the first two years.', 'In year three the sponsoring director left; the successor ran a supplier review.', 'Sponsor left; new director arrived with a preferred supplier.'),
      story('Customer D', '150000', 'lost-champion', ['disengaged', 'tickets'], 'Good adoption in one department.', 'The champion was promoted out of the team; usage halved within a quarter.', 'Champion promoted; no second contact knew us.'),
      story('Customer E', '90000', 'consolidated', ['tickets'], 'Adopted as planned.', 'A new finance director cut the number of suppliers by a third.', 'Finance director arrived; our contact had no say in the cut.'),
    ],
  };
}

const loss = (x: unknown): Loss | undefined => {
  if (!isRecord(x)) return undefined;
  const l = blankLoss();
  for (const [key, max] of [['name', LIMITS.name], ['arr', LIMITS.number], ['firstMonths', LIMITS.story], ['shift', LIMITS.story], ['people', LIMITS.story]] as const) {
    const t = textOf(x[key], max);
    if (t === undefined) return undefined;
    l[key] = t;
  }
  for (const [key, list] of [['signals', SIGNALS], ['patterns', PATTERNS]] as const) {
    const part = x[key] ?? {};
    if (!isRecord(part)) return undefined;
    for (const { id } of list) {
      const b = boolOf(part[id]);
      if (b === undefined) return undefined;
      (l[key] as Record<string, boolean>)[id] = b;
    }
  }
  return l;
};

export function parseForensics(raw: unknown): Forensics | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const quarter = textOf(raw.quarter, LIMITS.name);
  const losses = listOf(raw.losses, LIMITS.customers, loss, emptyForensics().losses);
  return quarter === undefined || !losses ? undefined : { version: 1, quarter, losses };
}

export const KIND = 'csp-churn-forensics';
export const exportForensics = (f: Forensics) => exportJson(KIND, f);
export const importForensics = (text: string) => importJson(KIND, text, parseForensics);

/** A loss counts once the reader has named it or written any part of its story. */
export const isStarted = (l: Loss) => [l.name, l.arr, l.firstMonths, l.shift, l.people].some((t) => clean(t)) || Object.values(l.patterns).some(Boolean) || Object.values(l.signals).some(Boolean);

export interface Tally {
  /** Losses reconstructed so far. */
  count: number;
  patterns: { id: PatternId; label: string; count: number; share: number }[];
  unexplained: number;
  /** Losses with at least one pattern that points back to work long before renewal. */
  early: number;
  signals: { id: SignalId; label: string; count: number }[];
  /** ARR lost across the losses that give one; errors by loss index. */
  arr: number;
  arrErrors: Record<number, string>;
  notes: string[];
}

export function tally(f: Forensics): Tally {
  const started = f.losses.map((l, i) => ({ l, i })).filter(({ l }) => isStarted(l));
  const count = started.length;
  const share = (n: number) => (count ? (n * 100) / count : 0);
  const patterns = PATTERNS.map((p) => {
    const n = started.filter(({ l }) => l.patterns[p.id]).length;
    return { id: p.id, label: p.label, count: n, share: share(n) };
  });
  const unexplained = started.filter(({ l }) => !PATTERNS.some((p) => l.patterns[p.id])).length;
  const early = started.filter(({ l }) => PATTERNS.some((p) => p.early && l.patterns[p.id])).length;
  const signals = SIGNALS.map((s) => ({ id: s.id, label: s.label, count: started.filter(({ l }) => l.signals[s.id]).length }));
  const arrErrors: Record<number, string> = {};
  let arr = 0;
  for (const { l, i } of started) {
    const r = readNumber(l.arr, { label: `Customer ${i + 1}’s ARR` });
    if (r.error) arrErrors[i] = r.error;
    else arr += r.value ?? 0;
  }
  const notes: string[] = [];
  if (count > 0 && count < LIMITS.customers) notes.push(`${plural(count, 'loss', 'losses')} reconstructed so far: the exercise takes the five that hurt most, or every loss when there were fewer.`);
  if (started.some(({ l }) => PATTERNS.filter((p) => l.patterns[p.id]).length > 1)) notes.push('Some customers carry more than one pattern, so the shares add up to more than 100%.');
  if (unexplained) notes.push(`${plural(unexplained, 'loss', 'losses')} without a pattern yet: ${unexplained === 1 ? 'it stays' : 'they stay'} unexplained until the story is finished.`);
  for (const p of PATTERNS) {
    const n = patterns.find((x) => x.id === p.id)!.count;
    if (n >= 2 && p.lesson) notes.push(`${p.label} in ${n} of ${count} losses: the work that prevents it is ${p.lesson}.`);
  }
  const first = signals.filter((s) => s.count > 0).sort((a, b) => b.count - a.count)[0];
  if (first) notes.push(`The signal seen most often before these losses: "${first.label.charAt(0).toLowerCase()}${first.label.slice(1)}" (${first.count} of ${count}). Give it more weight in your health score.`);
  return { count, patterns, unexplained, early, signals, arr, arrErrors, notes };
}

export function forensicsCsv(f: Forensics): string {
  const rows: (string | number)[][] = [['customer', 'arr', 'patterns', 'signals_seen_before', 'first_six_months', 'what_changed', 'people']];
  for (const l of f.losses.filter(isStarted))
    rows.push([
      clean(l.name),
      clean(l.arr),
      PATTERNS.filter((p) => l.patterns[p.id]).map((p) => p.label).join('; '),
      SIGNALS.filter((s) => l.signals[s.id]).map((s) => s.label).join('; '),
      clean(l.firstMonths),
      clean(l.shift),
      clean(l.people),
    ]);
  return toCsv(rows);
}
