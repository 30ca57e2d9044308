/**
 * The CS slide for the board, in the two forms the book gives, kept apart rather than merged:
 *
 * - "four": chapter 4's slide of four elements: GRR and NRR against the previous period and the
 *   target; gross retention by cohort; expansion bookings by source with the CS-owned share
 *   marked; and the two risks most likely to hurt next quarter.
 * - "summary": the appendix's one-slide summary: NRR first, then GRR and logo retention; churn
 *   split by type; expansion as a share of growth; the renewal forecast by confidence band with
 *   the revenue at risk and the plan for each account.
 *
 * Both read the period's ARR movement through the `retention` calculator, so the slide's NRR,
 * GRR and their benchmark bands are always the book's own. The reader's typed figures come
 * first; blank ones can be filled from "my numbers" (see `fromProfile`), never mixed with the
 * book's example.
 */
import retention from '../../calculators/retention/model';
import { evaluate } from '../../calculators/inputs';
import { boolOf, clean, exportJson, importJson, listOf, oneOf, readNumber, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const VARIANTS = [
  { value: 'four', label: 'Chapter 4: four elements' },
  { value: 'summary', label: 'Appendix: one-slide summary' },
] as const;
export type Variant = (typeof VARIANTS)[number]['value'];

export const CS_ROLES = [
  { value: 'owned', label: 'CS owned' },
  { value: 'influenced', label: 'CS influenced' },
  { value: 'none', label: 'Not CS' },
] as const;
export type CsRole = '' | (typeof CS_ROLES)[number]['value'];

export const BANDS = [
  { id: 'commit', label: 'Commit', probability: '90' },
  { id: 'probable', label: 'Probable', probability: '60' },
  { id: 'risk', label: 'At risk', probability: '25' },
] as const;
export type BandId = (typeof BANDS)[number]['id'];

export const LIMITS = { short: 60, text: 160, number: 16, cohorts: 5, years: 4, bookings: 4, risks: 2, atRisk: 4 } as const;

export interface Cohort { label: string; values: string[] }
export interface Booking { source: string; amount: string; cs: CsRole }
export interface Risk { title: string; detail: string }
export interface AtRisk { account: string; arr: string; plan: string }

/** The ARR movement of the period: one situation, so it fills from "my numbers" whole or not at all. */
export const MOVEMENT = ['start', 'expansion', 'contraction', 'churn'] as const;
export type MovementId = (typeof MOVEMENT)[number];

export interface BoardSlide {
  version: 1;
  variant: Variant;
  company: string;
  period: string;
  start: string;
  expansion: string;
  contraction: string;
  churn: string;
  prior: { grr: string; nrr: string };
  target: { grr: string; nrr: string };
  cohorts: Cohort[];
  bookings: Booking[];
  attribution: string;
  risks: Risk[];
  involuntary: string;
  newArr: string;
  customersStart: string;
  customersLost: string;
  bands: Record<BandId, { amount: string; probability: string }>;
  atRisk: AtRisk[];
  /** Ticked when the reader has stated the expansion-share convention on the slide (shown in its footnote). */
  showConvention: boolean;
}

export const blankCohort = (): Cohort => ({ label: '', values: Array.from({ length: LIMITS.years }, () => '') });
export const blankBooking = (): Booking => ({ source: '', amount: '', cs: '' });
export const blankAtRisk = (): AtRisk => ({ account: '', arr: '', plan: '' });

export function emptySlide(): BoardSlide {
  return {
    version: 1,
    variant: 'four',
    company: '',
    period: '',
    start: '',
    expansion: '',
    contraction: '',
    churn: '',
    prior: { grr: '', nrr: '' },
    target: { grr: '', nrr: '' },
    cohorts: [blankCohort()],
    bookings: [blankBooking()],
    attribution: '',
    risks: [{ title: '', detail: '' }, { title: '', detail: '' }],
    involuntary: '',
    newArr: '',
    customersStart: '',
    customersLost: '',
    bands: Object.fromEntries(BANDS.map((b) => [b.id, { amount: '', probability: b.probability }])) as BoardSlide['bands'],
    atRisk: [blankAtRisk()],
    showConvention: true,
  };
}

const text = (max: number) => (x: unknown) => textOf(x, max);

export function parseSlide(raw: unknown): BoardSlide | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const e = emptySlide();
  const variant = oneOf(raw.variant, ['four', 'summary'] as const);
  const showConvention = raw.showConvention === undefined ? true : boolOf(raw.showConvention);
  if (variant === undefined || showConvention === undefined) return undefined;
  const out: BoardSlide = { ...e, variant: variant || 'four', showConvention };
  for (const [key, max] of [['company', LIMITS.short], ['period', LIMITS.short], ['start', LIMITS.number], ['expansion', LIMITS.number], ['contraction', LIMITS.number], ['churn', LIMITS.number], ['attribution', LIMITS.text], ['involuntary', LIMITS.number], ['newArr', LIMITS.number], ['customersStart', LIMITS.number], ['customersLost', LIMITS.number]] as const) {
    const t = textOf(raw[key], max);
    if (t === undefined) return undefined;
    out[key] = t;
  }
  for (const key of ['prior', 'target'] as const) {
    const part = raw[key] ?? {};
    if (!isRecord(part)) return undefined;
    const grr = textOf(part.grr, LIMITS.number);
    const nrr = textOf(part.nrr, LIMITS.number);
    if (grr === undefined || nrr === undefined) return undefined;
    out[key] = { grr, nrr };
  }
  const cohorts = listOf(raw.cohorts, LIMITS.cohorts, (x) => {
    if (!isRecord(x)) return undefined;
    const label = textOf(x.label, LIMITS.short);
    const values = listOf(x.values, LIMITS.years, text(LIMITS.number), []);
    return label === undefined || !values ? undefined : { label, values: Array.from({ length: LIMITS.years }, (_, i) => values[i] ?? '') };
  }, e.cohorts);
  const bookings = listOf(raw.bookings, LIMITS.bookings, (x) => {
    if (!isRecord(x)) return undefined;
    const source = textOf(x.source, LIMITS.short);
    const amount = textOf(x.amount, LIMITS.number);
    const cs = oneOf(x.cs, ['owned', 'influenced', 'none'] as const);
    return source === undefined || amount === undefined || cs === undefined ? undefined : { source, amount, cs };
  }, e.bookings);
  const risks = listOf(raw.risks, LIMITS.risks, (x) => {
    if (!isRecord(x)) return undefined;
    const title = textOf(x.title, LIMITS.short);
    const detail = textOf(x.detail, LIMITS.text);
    return title === undefined || detail === undefined ? undefined : { title, detail };
  }, e.risks);
  const atRisk = listOf(raw.atRisk, LIMITS.atRisk, (x) => {
    if (!isRecord(x)) return undefined;
    const account = textOf(x.account, LIMITS.short);
    const arr = textOf(x.arr, LIMITS.number);
    const plan = textOf(x.plan, LIMITS.short);
    return account === undefined || arr === undefined || plan === undefined ? undefined : { account, arr, plan };
  }, e.atRisk);
  const bands = raw.bands ?? {};
  if (!cohorts || !bookings || !risks || !atRisk || !isRecord(bands)) return undefined;
  for (const b of BANDS) {
    const part = bands[b.id] ?? {};
    if (!isRecord(part)) return undefined;
    const amount = textOf(part.amount, LIMITS.number);
    const probability = part.probability === undefined ? b.probability : textOf(part.probability, LIMITS.number);
    if (amount === undefined || probability === undefined) return undefined;
    out.bands[b.id] = { amount, probability };
  }
  // Chapter 4's slide always names exactly two risks.
  while (risks.length < LIMITS.risks) risks.push({ title: '', detail: '' });
  return { ...out, cohorts, bookings, risks, atRisk };
}

export const KIND = 'csp-board-slide';
export const exportSlide = (s: BoardSlide) => exportJson(KIND, s);
export const importSlide = (text: string) => importJson(KIND, text, parseSlide);

/** Figures "my numbers" can supply, already in the slide's units. */
export interface ProfileFigures {
  start?: number;
  expansion?: number;
  contraction?: number;
  churn?: number;
  newArr?: number;
}

/**
 * What the slide takes from "my numbers": the period's movement only when the reader typed none
 * of it and the profile has all four figures (one situation fills whole); new-logo ARR on its own
 * when its field is blank. Returns the field texts to use and the fields they fill.
 */
export function fromProfile(s: BoardSlide, p: ProfileFigures): { texts: Partial<Record<MovementId | 'newArr', string>>; filled: (MovementId | 'newArr')[] } {
  const texts: Partial<Record<MovementId | 'newArr', string>> = {};
  if (MOVEMENT.every((id) => !s[id].trim()) && MOVEMENT.every((id) => p[id] !== undefined)) for (const id of MOVEMENT) texts[id] = String(p[id]);
  if (!s.newArr.trim() && p.newArr !== undefined) texts.newArr = String(p.newArr);
  return { texts, filled: Object.keys(texts) as (MovementId | 'newArr')[] };
}

export interface Rate {
  value: number;
  tier: string;
}

export interface Comparison {
  /** Percentage points against the previous period and the target; null when not given. */
  prior: number | null;
  target: number | null;
}

export interface SlideFigures {
  errors: Record<string, string>;
  /** Why NRR and GRR cannot be shown, when they cannot. */
  why?: string;
  nrr?: Rate;
  grr?: Rate;
  closing?: number;
  nrrVs: Comparison;
  grrVs: Comparison;
  cohorts: { label: string; values: (number | null)[] }[];
  bookings: { total: number; owned: number; influenced: number; rows: { source: string; amount: number; cs: CsRole }[] };
  logo?: number;
  churnMix?: { involuntary: number; voluntary: number; downgrade: number; total: number };
  /** Convention A: expansion ÷ (expansion + new-logo ARR). */
  expansionShare?: number;
  forecast: { due: number; weighted: number; share: number | null; rows: { id: BandId; label: string; amount: number; probability: number; weighted: number }[] };
  atRisk: { total: number; rows: { account: string; arr: number | null; plan: string }[] };
  warnings: string[];
}

const keywordLabel = (v: unknown) => (v && typeof v === 'object' && 'label' in v ? String((v as { label: string }).label) : '');
const numberOf = (v: unknown) => (v && typeof v === 'object' && 'value' in v && typeof (v as { value: unknown }).value === 'number' ? (v as { value: number }).value : undefined);

/** Every figure on either variant, from the slide and the figures it takes from "my numbers". */
export function slideFigures(s: BoardSlide, profile: ProfileFigures = {}): SlideFigures {
  const errors: Record<string, string> = {};
  const warnings: string[] = [];
  const fill = fromProfile(s, profile).texts;
  const money = (key: string, text: string, label: string) => {
    const r = readNumber(text, { label });
    if (r.error) errors[key] = r.error;
    return r.value ?? null;
  };
  const pct = (key: string, text: string, label: string, max = 300) => {
    const r = readNumber(text, { label, max, unit: '%' });
    if (r.error) errors[key] = r.error;
    return r.value ?? null;
  };
  const start = money('start', fill.start ?? s.start, 'Opening ARR');
  const expansion = money('expansion', fill.expansion ?? s.expansion, 'Expansion');
  const contraction = money('contraction', fill.contraction ?? s.contraction, 'Downgrades');
  const churn = money('churn', fill.churn ?? s.churn, 'Churned ARR');
  const out: SlideFigures = {
    errors,
    nrrVs: { prior: null, target: null },
    grrVs: { prior: null, target: null },
    cohorts: [],
    bookings: { total: 0, owned: 0, influenced: 0, rows: [] },
    forecast: { due: 0, weighted: 0, share: null, rows: [] },
    atRisk: { total: 0, rows: [] },
    warnings,
  };

  if (start === null || start === 0) out.why = start === 0 ? 'Opening ARR is zero, so retention has no meaning: enter the ARR the period began with.' : 'Enter the opening ARR to show NRR and GRR.';
  else if (!errors.expansion && !errors.contraction && !errors.churn) {
    const evaluation = evaluate(retention, { start: String(start), expansion: String(expansion ?? ''), contraction: String(contraction ?? ''), churn: String(churn ?? '') });
    if (!evaluation.result) out.why = Object.values(evaluation.errors)[0] ?? 'These figures do not fit together.';
    else {
      const o = evaluation.result.outputs;
      out.nrr = { value: numberOf(o.nrr)!, tier: keywordLabel(o['nrr-tier']) };
      out.grr = { value: numberOf(o.grr)!, tier: keywordLabel(o['grr-tier']) };
      for (const n of evaluation.result.notes) if (n.level === 'warning') warnings.push(n.text);
    }
  }
  const vs = (rate: Rate | undefined, key: 'grr' | 'nrr') => {
    const prior = pct(`prior-${key}`, s.prior[key], `Last period’s ${key.toUpperCase()}`);
    const target = pct(`target-${key}`, s.target[key], `The ${key.toUpperCase()} target`);
    return { prior: rate && prior !== null ? rate.value - prior : null, target: rate && target !== null ? rate.value - target : null };
  };
  out.nrrVs = vs(out.nrr, 'nrr');
  out.grrVs = vs(out.grr, 'grr');

  out.cohorts = s.cohorts
    .map((c, i) => ({ label: clean(c.label), values: c.values.map((v, y) => pct(`cohort-${i}-${y}`, v, `Cohort ${i + 1}, year ${y + 1}`, 100)) }))
    .filter((c) => c.label || c.values.some((v) => v !== null));

  for (const [i, b] of s.bookings.entries()) {
    const amount = money(`booking-${i}`, b.amount, `Booking ${i + 1}`);
    if (!clean(b.source) && amount === null) continue;
    out.bookings.rows.push({ source: clean(b.source) || `Source ${i + 1}`, amount: amount ?? 0, cs: b.cs });
  }
  out.bookings.total = out.bookings.rows.reduce((a, r) => a + r.amount, 0);
  out.bookings.owned = out.bookings.rows.filter((r) => r.cs === 'owned').reduce((a, r) => a + r.amount, 0);
  out.bookings.influenced = out.bookings.rows.filter((r) => r.cs === 'influenced').reduce((a, r) => a + r.amount, 0);
  if (out.bookings.influenced > 0 && !clean(s.attribution)) warnings.push('Some expansion is marked as influenced by CS: say on the slide how it was attributed.');

  // The appendix summary.
  const involuntary = money('involuntary', s.involuntary, 'Involuntary churn');
  const newArr = money('newArr', fill.newArr ?? s.newArr, 'New-logo ARR');
  const first = readNumber(s.customersStart, { label: 'Customers at the start', integer: true });
  const lost = readNumber(s.customersLost, { label: 'Customers lost', integer: true });
  if (first.error) errors.customersStart = first.error;
  if (lost.error) errors.customersLost = lost.error;
  if (first.value && lost.value !== undefined && lost.value !== null) {
    if (lost.value > first.value) errors.customersLost = 'Customers lost cannot exceed the customers at the start.';
    else out.logo = ((first.value - lost.value) * 100) / first.value;
  }
  if (churn !== null && involuntary !== null && involuntary > churn) errors.involuntary = 'Involuntary churn is part of churned ARR, so it cannot be larger.';
  else if (churn !== null && contraction !== null && !errors.involuntary) {
    const total = churn + contraction;
    if (involuntary === null) {
      if (total > 0) warnings.push('Split churned ARR into involuntary and voluntary to show the churn mix.');
    } else if (total > 0) out.churnMix = { involuntary, voluntary: churn - involuntary, downgrade: contraction, total };
  }
  if (expansion !== null && newArr !== null && expansion + newArr > 0) out.expansionShare = (expansion * 100) / (expansion + newArr);
  if (start && out.nrr && newArr !== null) out.closing = (start * out.nrr.value) / 100 + newArr;

  for (const b of BANDS) {
    const amount = money(`band-${b.id}`, s.bands[b.id].amount, `${b.label} renewals`);
    const probability = pct(`probability-${b.id}`, s.bands[b.id].probability, `The ${b.label.toLowerCase()} probability`, 100);
    if (amount === null) continue;
    const p = probability ?? 0;
    out.forecast.rows.push({ id: b.id, label: b.label, amount, probability: p, weighted: (amount * p) / 100 });
  }
  out.forecast.due = out.forecast.rows.reduce((a, r) => a + r.amount, 0);
  out.forecast.weighted = out.forecast.rows.reduce((a, r) => a + r.weighted, 0);
  out.forecast.share = out.forecast.due > 0 ? (out.forecast.weighted * 100) / out.forecast.due : null;
  const order = out.forecast.rows.map((r) => r.probability);
  if (order.some((p, i) => i > 0 && p > order[i - 1]!)) warnings.push('A lower band has a higher probability than the band above it: check the probabilities.');

  for (const [i, a] of s.atRisk.entries()) {
    const arr = money(`atrisk-${i}`, a.arr, `At-risk account ${i + 1}’s ARR`);
    if (!clean(a.account) && arr === null && !clean(a.plan)) continue;
    out.atRisk.rows.push({ account: clean(a.account) || `Account ${i + 1}`, arr, plan: clean(a.plan) });
    if (!clean(a.plan)) warnings.push(`${clean(a.account) || `At-risk account ${i + 1}`} has no plan: the slide shows revenue at risk with the plan for each.`);
  }
  out.atRisk.total = out.atRisk.rows.reduce((a, r) => a + (r.arr ?? 0), 0);
  return out;
}

/** The slide's words that the reader typed, for the crowding check: a board slide holds little. */
export function crowded(s: BoardSlide): boolean {
  const words = [s.company, s.period, s.attribution, ...s.risks.flatMap((r) => [r.title, r.detail]), ...s.atRisk.flatMap((a) => [a.account, a.plan]), ...s.bookings.map((b) => b.source), ...s.cohorts.map((c) => c.label)];
  return words.join(' ').length > 900;
}

