/**
 * The onboarding checklist: seven steps in order, from the Sales handoff to the handover into
 * the ongoing relationship. Dates turn it into measurement: time to value is the day first
 * value was confirmed less the signature date (chapter 7), and a gap of more than the stall
 * threshold (ten days by default, from chapter 7's example of ten silent days) is a stall.
 */
import { toCsv } from '../../lib/csv-write';
import { boolOf, clean, dayOf, exportJson, importJson, listOf, plural, readNumber, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const STEPS = [
  { id: 'handoff', title: 'Handoff from Sales received', dateLabel: 'Date received', note: 'Link to the handoff notes' },
  { id: 'agree', title: 'First value moment defined and agreed with the customer', dateLabel: 'Date agreed', note: 'The first value moment, in the customer’s words' },
  { id: 'kickoff', title: 'Kickoff held and success criteria written down', dateLabel: 'Kickoff date', note: 'Who attended' },
  { id: 'sequence', title: 'Value sequence planned: a route to value, not a feature list', dateLabel: 'Date planned', note: 'Where the plan lives' },
  { id: 'momentum', title: 'Momentum tracked: stalls caught within days, not weeks', dateLabel: 'Last progress', note: 'What the last progress was' },
  { id: 'value', title: 'First value moment reached and confirmed by the customer', dateLabel: 'Date confirmed', note: 'How the customer confirmed it' },
  { id: 'handover', title: 'Handed over to the ongoing relationship, with a named owner', dateLabel: 'Handover date', note: 'Ongoing owner (CSM or pooled team)' },
] as const;
export type StepId = (typeof STEPS)[number]['id'];

export const HANDOFF_ITEMS = [
  { id: 'goals', label: 'The customer’s goals' },
  { id: 'commitments', label: 'Commitments made in the sale' },
  { id: 'stakeholders', label: 'Stakeholder map' },
  { id: 'risk', label: 'Risk profile' },
] as const;
export type HandoffItem = (typeof HANDOFF_ITEMS)[number]['id'];

export const LIMITS = { short: 160, list: 8, number: 6 } as const;
export const DEFAULT_STALL_DAYS = '10';

export interface Step {
  done: boolean;
  date: string;
  note: string;
}

export interface OnboardingChecklist {
  version: 1;
  account: string;
  signed: string;
  stallDays: string;
  handoff: Record<HandoffItem, boolean>;
  steps: Record<StepId, Step>;
  criteria: string[];
  milestones: string[];
}

export function emptyChecklist(): OnboardingChecklist {
  return {
    version: 1,
    account: '',
    signed: '',
    stallDays: DEFAULT_STALL_DAYS,
    handoff: Object.fromEntries(HANDOFF_ITEMS.map((h) => [h.id, false])) as Record<HandoffItem, boolean>,
    steps: Object.fromEntries(STEPS.map((s) => [s.id, { done: false, date: '', note: '' }])) as Record<StepId, Step>,
    criteria: [''],
    milestones: [''],
  };
}

/** The book's example (brief 92): signed 1 March, first value confirmed 29 March, a 12-day gap after kickoff. */
export function exampleChecklist(): OnboardingChecklist {
  const c = emptyChecklist();
  c.account = 'Example account';
  c.signed = '2025-03-01';
  c.handoff = { goals: true, commitments: true, stakeholders: true, risk: true };
  const dates: Record<StepId, string> = { handoff: '2025-03-03', agree: '2025-03-05', kickoff: '2025-03-07', sequence: '2025-03-19', momentum: '2025-03-24', value: '2025-03-29', handover: '2025-04-02' };
  const notes: Record<StepId, string> = {
    handoff: 'Deal review summary in the CRM',
    agree: 'The first month-end closed in the product with no spreadsheet',
    kickoff: 'Finance director, two team leads, the CSM',
    sequence: 'Shared onboarding plan',
    momentum: 'First reconciliations run by the team',
    value: 'Finance director confirmed it in writing',
    handover: 'The named CSM for the account',
  };
  for (const s of STEPS) c.steps[s.id] = { done: true, date: dates[s.id], note: notes[s.id] };
  c.criteria = ['Month-end closed inside the product', 'Both team leads trained'];
  c.milestones = ['Bank feeds connected', 'First reconciliation run', 'First month-end closed'];
  return c;
}

export function parseChecklist(raw: unknown): OnboardingChecklist | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const out = emptyChecklist();
  const account = textOf(raw.account, LIMITS.short);
  const signed = textOf(raw.signed, 10);
  const stallDays = raw.stallDays === undefined ? DEFAULT_STALL_DAYS : textOf(raw.stallDays, LIMITS.number);
  if (account === undefined || signed === undefined || stallDays === undefined) return undefined;
  Object.assign(out, { account, signed, stallDays });
  const handoff = raw.handoff ?? {};
  const steps = raw.steps ?? {};
  if (!isRecord(handoff) || !isRecord(steps)) return undefined;
  for (const h of HANDOFF_ITEMS) {
    const b = boolOf(handoff[h.id]);
    if (b === undefined) return undefined;
    out.handoff[h.id] = b;
  }
  for (const s of STEPS) {
    const v = steps[s.id] ?? {};
    if (!isRecord(v)) return undefined;
    const done = boolOf(v.done);
    const date = textOf(v.date, 10);
    const note = textOf(v.note, LIMITS.short);
    if (done === undefined || date === undefined || note === undefined) return undefined;
    out.steps[s.id] = { done, date, note };
  }
  const criteria = listOf(raw.criteria, LIMITS.list, (x) => textOf(x, LIMITS.short), out.criteria);
  const milestones = listOf(raw.milestones, LIMITS.list, (x) => textOf(x, LIMITS.short), out.milestones);
  if (!criteria || !milestones) return undefined;
  return { ...out, criteria, milestones };
}

export const KIND = 'csp-onboarding-checklist';
export const exportChecklist = (c: OnboardingChecklist) => exportJson(KIND, c);
export const importChecklist = (text: string) => importJson(KIND, text, parseChecklist);

export interface Stall {
  from: string;
  to: string;
  days: number;
}

export interface Progress {
  /** Field id → message for dates and numbers that cannot be read or do not fit together. */
  errors: Record<string, string>;
  done: number;
  /** Days from signature to confirmed first value, once both are dated. */
  ttv?: number;
  /** Gaps longer than the threshold between one dated step and the next. */
  stalls: Stall[];
  /** Days since the last recorded progress, when onboarding is still open and that is past the threshold. */
  silentFor?: number;
  warnings: string[];
}

const stepTitle = (id: StepId) => `step ${STEPS.findIndex((s) => s.id === id) + 1}`;

/** Where the checklist stands on `today` (a YYYY-MM-DD date; the page passes the reader's today). */
export function progress(c: OnboardingChecklist, today: string): Progress {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const threshold = readNumber(c.stallDays, { label: 'The stall threshold', min: 1, max: 365, integer: true, unit: ' days' });
  if (threshold.error) errors.stallDays = threshold.error;
  const limit = threshold.value ?? 10;
  const day = (text: string, key: string, label: string) => {
    if (!text) return undefined;
    const d = dayOf(text);
    if (d === undefined) errors[key] = `${label} must be a real date.`;
    return d;
  };
  const signed = day(c.signed, 'signed', 'The signature date');
  const dated: { id: StepId | 'signed'; label: string; day: number }[] = signed === undefined ? [] : [{ id: 'signed', label: 'signature', day: signed }];
  for (const s of STEPS) {
    const d = day(c.steps[s.id].date, `date-${s.id}`, `The date for ${stepTitle(s.id)}`);
    if (d === undefined) continue;
    if (signed !== undefined && d < signed) errors[`date-${s.id}`] = `The date for ${stepTitle(s.id)} is before the signature date.`;
    else if (s.id !== 'momentum') dated.push({ id: s.id, label: stepTitle(s.id), day: d });
  }
  const done = STEPS.filter((s) => c.steps[s.id].done).length;
  const out: Progress = { errors, done, stalls: [], warnings };

  const value = dayOf(c.steps.value.date);
  if (c.steps.value.done && value !== undefined && signed !== undefined && value >= signed) out.ttv = value - signed;

  // Steps come in order: a later step dated before an earlier one is a slip in the record.
  for (let i = 1; i < dated.length; i++) {
    if (dated[i]!.day < dated[i - 1]!.day) warnings.push(`${cap(dated[i]!.label)} is dated before ${dated[i - 1]!.label}: check the dates.`);
    else if (dated[i]!.day - dated[i - 1]!.day > limit) out.stalls.push({ from: dated[i - 1]!.label, to: dated[i]!.label, days: dated[i]!.day - dated[i - 1]!.day });
  }

  const now = dayOf(today);
  const momentum = dayOf(c.steps.momentum.date);
  const latest = Math.max(...dated.map((d) => d.day), momentum ?? -Infinity);
  if (!c.steps.value.done && now !== undefined && Number.isFinite(latest) && now - latest > limit) out.silentFor = now - latest;

  if (!c.steps.handoff.done || HANDOFF_ITEMS.some((h) => !c.handoff[h.id])) {
    const missing = HANDOFF_ITEMS.filter((h) => !c.handoff[h.id]).map((h) => h.label.charAt(0).toLowerCase() + h.label.slice(1));
    warnings.push(`The handoff is incomplete${missing.length ? ` (missing: ${missing.join(', ')})` : ''}, so onboarding starts from a deficit.`);
  }
  if (c.steps.handover.done && !c.steps.value.done) warnings.push('Step 7 is ticked but first value is not confirmed: onboarding has been declared complete without the value it exists to deliver.');
  const skipped = STEPS.filter((s, i) => !c.steps[s.id].done && STEPS.slice(i + 1).some((t) => c.steps[t.id].done)).map((s) => stepTitle(s.id));
  if (skipped.length) warnings.push(`Ticked out of order: ${skipped.join(', ')} ${skipped.length === 1 ? 'is' : 'are'} still open while a later step is done.`);
  if (c.steps.value.done && !c.steps.value.date) warnings.push('Date the first value moment so time to value can be measured.');
  return out;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export const stallText = (s: Stall, limit: string) => `${plural(s.days, 'day')} between ${s.from} and ${s.to}, past the ${limit}-day threshold.`;

/** The steps as CSV rows: number, step, done, date and evidence, then the handoff items and lists. */
export function checklistCsv(c: OnboardingChecklist): string {
  const rows: (string | number)[][] = [['step', 'title', 'done', 'date', 'evidence']];
  rows.push([0, 'Contract signed', c.signed ? 'yes' : 'no', c.signed, clean(c.account)]);
  STEPS.forEach((s, i) => rows.push([i + 1, s.title, c.steps[s.id].done ? 'yes' : 'no', c.steps[s.id].date, clean(c.steps[s.id].note)]));
  for (const h of HANDOFF_ITEMS) rows.push(['1', `Handoff: ${h.label}`, c.handoff[h.id] ? 'yes' : 'no', '', '']);
  c.criteria.filter((x) => clean(x)).forEach((x) => rows.push(['3', 'Success criterion', '', '', clean(x)]));
  c.milestones.filter((x) => clean(x)).forEach((x, i) => rows.push(['4', `Milestone ${i + 1}`, '', '', clean(x)]));
  return toCsv(rows);
}
