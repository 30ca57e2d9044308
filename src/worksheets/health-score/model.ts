/**
 * The customer health score worksheet: three groups of signals, eleven signals in all, each
 * scored 0 to 100 by the reader, and three weights the reader sets. The book never prescribes
 * the weights (chapter 8: derive them from your own churn history), so they start blank and
 * the score waits for them. Conventions, all the book's own and stated on the page: a group
 * scores the mean of its answered signals; the composite is the weighted mean of the groups
 * that have data; the status cut-offs are the reader's too.
 */
import { toCsv } from '../../lib/csv-write';
import { boolOf, clean, exportJson, importJson, plural, readNumber, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const GROUPS = [
  { id: 'usage', name: 'Usage' },
  { id: 'sentiment', name: 'Sentiment' },
  { id: 'relationship', name: 'Relationship' },
] as const;
export type GroupId = (typeof GROUPS)[number]['id'];

/** Each signal, with a way to turn the raw measure into a score: the book's suggestion, to adapt. */
export const SIGNALS = [
  { id: 'logins', group: 'usage', label: 'Login frequency against what you expect', hint: 'Logins in the period ÷ the logins you expect × 100, capped at 100.' },
  { id: 'breadth', group: 'usage', label: 'Breadth: features in use', hint: 'Features or modules in use ÷ the ones relevant to this customer × 100.' },
  { id: 'depth', group: 'usage', label: 'Depth: use in the core workflow', hint: 'Not in the workflow 0, partly 50, embedded 100, or anything between.' },
  { id: 'seats', group: 'usage', label: 'Active users against licensed seats', hint: 'Active users ÷ licensed seats × 100, capped at 100.' },
  { id: 'survey', group: 'sentiment', label: 'Latest survey or NPS answer', hint: 'An NPS answer from −100 to 100 maps to (NPS + 100) ÷ 2.' },
  { id: 'tickets', group: 'sentiment', label: 'Support tickets: tone and trend', hint: 'Worsening 0, flat 50, improving 100.' },
  { id: 'mood', group: 'sentiment', label: 'Mood of recent conversations', hint: 'Negative 0, neutral 50, positive 100.' },
  { id: 'contacts', group: 'relationship', label: 'Engaged contacts at the customer', hint: 'For example 25 for each engaged contact, up to 100 at four.' },
  { id: 'champion', group: 'relationship', label: 'Seniority of the champion', hint: 'Individual contributor 25, manager 50, director 75, executive 100.' },
  { id: 'threading', group: 'relationship', label: 'Single-threaded or multi-threaded', hint: 'Single-threaded 0, multi-threaded 100.' },
  { id: 'recency', group: 'relationship', label: 'Recency of meaningful contact', hint: 'For example 100 within two weeks, falling to 0 after three months.' },
] as const;
export type SignalId = (typeof SIGNALS)[number]['id'];

export const LIMITS = { account: 120, note: 300, number: 12 } as const;

export interface HealthWorksheet {
  version: 1;
  account: string;
  /** Weights in percent as typed; blank until the reader sets them. */
  weights: Record<GroupId, string>;
  scores: Record<SignalId, string>;
  notes: Record<SignalId, string>;
  /** Status cut-offs as typed: green at or above `green`, yellow at or above `yellow`, red below. */
  green: string;
  yellow: string;
  /** Ticked once the weights come from a review of past churn rather than a guess. */
  fromChurn: boolean;
}

export function emptyWorksheet(): HealthWorksheet {
  const blank = <K extends string>(ids: readonly { id: K }[]) => Object.fromEntries(ids.map((x) => [x.id, ''])) as Record<K, string>;
  return { version: 1, account: '', weights: blank(GROUPS), scores: blank(SIGNALS), notes: blank(SIGNALS), green: '', yellow: '', fromChurn: false };
}

/** The book's worked example: weights 40/30/30, the signal scores of brief 92, cut-offs 70 and 40. */
export function exampleWorksheet(): HealthWorksheet {
  const ws = emptyWorksheet();
  ws.account = 'Example account';
  ws.weights = { usage: '40', sentiment: '30', relationship: '30' };
  const scores = [70, 50, 60, 80, 40, 60, 50, 30, 60, 0, 80];
  SIGNALS.forEach((s, i) => (ws.scores[s.id] = String(scores[i])));
  ws.green = '70';
  ws.yellow = '40';
  return ws;
}

export function parseWorksheet(raw: unknown): HealthWorksheet | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const out = emptyWorksheet();
  const account = textOf(raw.account, LIMITS.account);
  const green = textOf(raw.green, LIMITS.number);
  const yellow = textOf(raw.yellow, LIMITS.number);
  const fromChurn = boolOf(raw.fromChurn);
  if (account === undefined || green === undefined || yellow === undefined || fromChurn === undefined) return undefined;
  Object.assign(out, { account, green, yellow, fromChurn });
  for (const [key, ids, max] of [['weights', GROUPS, LIMITS.number], ['scores', SIGNALS, LIMITS.number], ['notes', SIGNALS, LIMITS.note]] as const) {
    const part = raw[key] ?? {};
    if (!isRecord(part)) return undefined;
    for (const { id } of ids) {
      const t = textOf(part[id], max);
      if (t === undefined) return undefined;
      (out[key] as Record<string, string>)[id] = t;
    }
  }
  return out;
}

export const KIND = 'csp-health-score-worksheet';
export const exportWorksheet = (ws: HealthWorksheet) => exportJson(KIND, ws);
export const importWorksheet = (text: string) => importJson(KIND, text, parseWorksheet);

export type Status = 'green' | 'yellow' | 'red';
export const STATUS_LABELS: Record<Status, string> = { green: 'Green: healthy', yellow: 'Yellow: at risk', red: 'Red: critical' };

export interface Scored {
  /** Field id → message, for the fields that cannot be read. */
  errors: Record<string, string>;
  signals: Record<SignalId, number | null>;
  /** Mean of the answered signals, or null when the group has none. */
  groups: Record<GroupId, number | null>;
  weights: Record<GroupId, number | null>;
  weightTotal: number | null;
  /** Composite score 0 to 100, unrounded; null with `why` when it cannot be given. */
  composite: number | null;
  why?: string;
  status?: Status;
  warnings: string[];
}

const round = (n: number) => Math.round(n * 1e9) / 1e9;

export function score(ws: HealthWorksheet): Scored {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const signals = {} as Record<SignalId, number | null>;
  for (const s of SIGNALS) {
    const r = readNumber(ws.scores[s.id], { label: s.label, min: 0, max: 100 });
    if (r.error) errors[`score-${s.id}`] = r.error;
    signals[s.id] = r.value ?? null;
  }
  const weights = {} as Record<GroupId, number | null>;
  for (const g of GROUPS) {
    const r = readNumber(ws.weights[g.id], { label: `The ${g.name.toLowerCase()} weight`, min: 0, max: 100, unit: '%' });
    if (r.error) errors[`weight-${g.id}`] = r.error;
    weights[g.id] = r.value ?? null;
  }
  const groups = {} as Record<GroupId, number | null>;
  for (const g of GROUPS) {
    const answered = SIGNALS.filter((s) => s.group === g.id && signals[s.id] !== null).map((s) => signals[s.id]!);
    groups[g.id] = answered.length ? round(answered.reduce((a, b) => a + b, 0) / answered.length) : null;
  }
  const cut = (key: 'green' | 'yellow', label: string) => {
    const r = readNumber(ws[key], { label, min: 0, max: 100 });
    if (r.error) errors[key] = r.error;
    return r.value ?? null;
  };
  const green = cut('green', 'The green cut-off');
  const yellow = cut('yellow', 'The yellow cut-off');
  if (green !== null && yellow !== null && yellow >= green) errors.yellow = 'The yellow cut-off must be below the green cut-off, or the bands overlap.';

  const set = GROUPS.map((g) => weights[g.id]);
  const weightTotal = set.every((w) => w !== null) ? round(set.reduce((a, b) => a! + b!, 0)!) : null;
  const result: Scored = { errors, signals, groups, weights, weightTotal, composite: null, warnings };

  if (set.some((w) => w === null)) {
    result.why = 'Set all three weights first. The book leaves them to you: start from which signals moved before your own customers left.';
    return result;
  }
  if (weightTotal !== 100) {
    result.why = `The three weights add up to ${weightTotal}%; they must total 100%.`;
    return result;
  }
  const withData = GROUPS.filter((g) => groups[g.id] !== null && weights[g.id]! > 0);
  const weighted = withData.reduce((a, g) => a + weights[g.id]!, 0);
  if (weighted === 0) {
    result.why = 'No group with a weight has a signal scored yet: score at least one signal.';
    return result;
  }
  result.composite = round(withData.reduce((a, g) => a + groups[g.id]! * weights[g.id]!, 0) / weighted);

  const missing = GROUPS.filter((g) => groups[g.id] === null && weights[g.id]! > 0);
  if (missing.length)
    warnings.push(`${missing.map((g) => g.name).join(' and ')} ${missing.length === 1 ? 'has' : 'have'} no signal scored, so the score re-weights over the rest: treat it with caution.`);
  const largest = Math.max(...set.map((w) => w!));
  if (weights.usage === largest && weights.usage! > weights.sentiment! && weights.usage! > weights.relationship!)
    warnings.push('Usage carries the largest weight. It is the easiest signal to measure, which is why teams over-weight it: check that your churn history supports it.');
  if (!ws.fromChurn) warnings.push('The weights are not yet checked against past churn, so treat them as a first guess.');
  const thin = SIGNALS.filter((s) => signals[s.id] === null).length;
  if (thin) warnings.push(`${plural(thin, 'signal')} of 11 ${thin === 1 ? 'is' : 'are'} blank and left out of ${thin === 1 ? 'its group' : 'their groups'}.`);

  if (green !== null && yellow !== null && yellow < green) {
    // Compared after rounding to a whole score, so the status always matches the score shown.
    const shown = Math.round(result.composite);
    result.status = shown >= green ? 'green' : shown >= yellow ? 'yellow' : 'red';
  }
  return result;
}

const fmt = (n: number | null) => (n === null ? '' : String(Math.round(n * 100) / 100));

/** The signals table as CSV: group, signal, score, note, then the group scores and the composite. */
export function worksheetCsv(ws: HealthWorksheet): string {
  const s = score(ws);
  const rows: (string | number)[][] = [['group', 'weight_percent', 'signal', 'score', 'note']];
  for (const g of GROUPS)
    for (const sig of SIGNALS.filter((x) => x.group === g.id)) rows.push([g.name, ws.weights[g.id].trim(), sig.label, fmt(s.signals[sig.id]), clean(ws.notes[sig.id])]);
  for (const g of GROUPS) rows.push([g.name, ws.weights[g.id].trim(), 'Group score (mean of scored signals)', fmt(s.groups[g.id]), '']);
  rows.push(['All', s.weightTotal === null ? '' : String(s.weightTotal), 'Composite health score', fmt(s.composite), s.status ? STATUS_LABELS[s.status] : (s.why ?? '')]);
  return toCsv(rows);
}
