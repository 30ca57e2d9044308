/**
 * The internal deal review: twelve prompts in four sections, risk toggles and the four
 * handover milestones, giving a readiness figure, red and amber flags and an overall status.
 * Pure: the island binds it to a persisted store; the thresholds are the book's proposal.
 */
import { parseNumber } from '../../calculators/inputs';
import { isRecord } from '../../lib/records';
import { unwrap, wrap, type Imported } from '../../lib/envelope';

export const SECTIONS = [
  { id: 'motive', name: 'Why they bought and what success means' },
  { id: 'scope', name: 'Technical and service scope' },
  { id: 'people', name: 'People and account dynamics' },
  { id: 'fit', name: 'Fit with the ICP, and risk' },
] as const;
export type SectionId = (typeof SECTIONS)[number]['id'];

export const PROMPTS = [
  { id: 'why-now', section: 'motive', label: 'Why now', capture: 'The event that made the customer buy at this moment.' },
  { id: 'success-definition', section: 'motive', label: 'Success definition', capture: 'What the customer says success looks like at 30, 60 and 90 days, in their words.' },
  { id: 'hook', section: 'motive', label: 'The hook', capture: 'What actually won the deal.' },
  { id: 'integration-audit', section: 'scope', label: 'Integration audit', capture: 'Every integration promised, and whether each is live or on the roadmap.' },
  { id: 'migration', section: 'scope', label: 'Migration requirements', capture: 'How much data moves, and any professional services offered free to get the signature.' },
  { id: 'service-delivery', section: 'scope', label: 'Service delivery', capture: 'Any implementation timeline the customer is counting on.' },
  { id: 'stakeholders', section: 'people', label: 'Key stakeholders', capture: 'The champions, and who is likely to resist.' },
  { id: 'personalities', section: 'people', label: 'Personalities', capture: 'What the CSM should be ready for in the room.' },
  { id: 'history', section: 'people', label: 'Relationship history', capture: 'Objections or friction from the sale that could resurface in onboarding.' },
  { id: 'icp-status', section: 'fit', label: 'ICP status', capture: 'Whether the customer fits the ideal customer profile.' },
  { id: 'risk-flags', section: 'fit', label: 'Risk flags', capture: 'If the customer is outside the ICP: whether leadership knows, and the backup plan.' },
  { id: 'commercial-accuracy', section: 'fit', label: 'Commercial accuracy', capture: 'Whether the signed contract matches what was said about future pricing and expansion caps.' },
] as const;
export type PromptId = (typeof PROMPTS)[number]['id'];

export const RISKS = [
  { id: 'integration-gap', prompt: 'integration-audit', label: 'A promised integration is neither live nor on the roadmap' },
  { id: 'free-services', prompt: 'migration', label: 'Professional services were promised free of charge' },
  { id: 'timeline-unvalidated', prompt: 'service-delivery', label: 'The customer expects a timeline delivery has not confirmed' },
  { id: 'no-champion', prompt: 'stakeholders', label: 'No champion has been identified' },
  { id: 'outside-icp', prompt: 'risk-flags', label: 'The customer is outside the ICP' },
  { id: 'raised', prompt: 'risk-flags', label: 'Raised with leadership, with a backup plan' },
  { id: 'contract-mismatch', prompt: 'commercial-accuracy', label: 'The contract differs from verbal promises on pricing or expansion caps' },
] as const;
export type RiskId = (typeof RISKS)[number]['id'];

export const MILESTONES = [
  { id: 'intro', label: 'Joint introduction meeting with the customer booked, Sales and CS together' },
  { id: 'plan', label: 'Written success plan tied to the goals the customer stated' },
  { id: 'checkpoints', label: 'Success agreed with the customer for days 30, 90 and 180' },
  { id: 'cadence', label: 'Sales and CS cadence set for the first contract year' },
] as const;
export type MilestoneId = (typeof MILESTONES)[number]['id'];

export const STATUSES = [
  { value: 'documented', label: 'Documented' },
  { value: 'unknown', label: 'Unknown' },
  { value: 'na', label: 'Not applicable' },
] as const;
export type PromptStatus = '' | (typeof STATUSES)[number]['value'];

export const NOTE_MAX = 400;
export const ACCOUNT_MAX = 120;
/** Below this share of documented prompts a deal is not ready, whatever the flags say. */
export const READY_THRESHOLD = 75;

export interface DealReview {
  version: 1;
  account: string;
  /** Contract value as typed; blank when not given. */
  value: string;
  prompts: Record<PromptId, { status: PromptStatus; note: string }>;
  /** The answer to the ICP status prompt. */
  icpFit: '' | 'yes' | 'no';
  risks: Record<RiskId, boolean>;
  milestones: Record<MilestoneId, boolean>;
}

export function emptyReview(): DealReview {
  return {
    version: 1,
    account: '',
    value: '',
    prompts: Object.fromEntries(PROMPTS.map((p) => [p.id, { status: '', note: '' }])) as DealReview['prompts'],
    icpFit: '',
    risks: Object.fromEntries(RISKS.map((r) => [r.id, false])) as DealReview['risks'],
    milestones: Object.fromEntries(MILESTONES.map((m) => [m.id, false])) as DealReview['milestones'],
  };
}

const shortText = (v: unknown, max: number) => (v === undefined ? '' : typeof v === 'string' && v.length <= max ? v : undefined);

/**
 * Reads a saved or imported review. Missing parts take their empty value (an older or partial
 * save); anything of the wrong kind makes the whole value unreadable, so nothing is half-kept.
 */
export function parseReview(raw: unknown): DealReview | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const out = emptyReview();
  const account = shortText(raw.account, ACCOUNT_MAX);
  const value = shortText(raw.value, 40);
  if (account === undefined || value === undefined) return undefined;
  out.account = account;
  out.value = value;
  if (raw.icpFit !== undefined && raw.icpFit !== '' && raw.icpFit !== 'yes' && raw.icpFit !== 'no') return undefined;
  out.icpFit = (raw.icpFit as DealReview['icpFit']) ?? '';
  for (const [key, list] of [['prompts', PROMPTS], ['risks', RISKS], ['milestones', MILESTONES]] as const) {
    const part = raw[key];
    if (part === undefined) continue;
    if (!isRecord(part)) return undefined;
    for (const { id } of list) {
      const v = part[id];
      if (v === undefined) continue;
      if (key === 'prompts') {
        if (!isRecord(v)) return undefined;
        const status = v.status ?? '';
        const note = shortText(v.note, NOTE_MAX);
        if (!['', ...STATUSES.map((s) => s.value)].includes(status as string) || note === undefined) return undefined;
        out.prompts[id as PromptId] = { status: status as PromptStatus, note };
      } else if (typeof v !== 'boolean') return undefined;
      else (out[key] as Record<string, boolean>)[id] = v;
    }
  }
  return out;
}

export type FlagLevel = 'red' | 'amber';
export interface Flag {
  level: FlagLevel;
  /** Section name, or "Handover milestones". */
  from: string;
  text: string;
}

export type Status = 'ready' | 'conditions' | 'not-ready';
export const STATUS_LABELS: Record<Status, string> = { ready: 'Ready', conditions: 'Ready with conditions', 'not-ready': 'Not ready' };

export interface Assessment {
  documented: number;
  applicable: number;
  /** Documented ÷ applicable prompts × 100; null when every prompt is marked not applicable. */
  readiness: number | null;
  milestones: number;
  flags: Flag[];
  status: Status;
  /** Why the status is what it is, in sentences. */
  reasons: string[];
  /** Contract value when given and valid. */
  value?: number;
}

const sectionName = (prompt: PromptId) => SECTIONS.find((s) => s.id === PROMPTS.find((p) => p.id === prompt)!.section)!.name;
const promptLabel = (id: PromptId) => PROMPTS.find((p) => p.id === id)!.label;

/** Contract value from its text: a number of at least zero, or undefined with a reason when it is not one. */
export function contractValue(text: string): { value?: number; error?: string } {
  if (!text.trim()) return {};
  const n = parseNumber(text);
  if (n === undefined || n < 0 || n > 1e12) return { error: 'Contract value must be an amount from 0 upwards, such as 250000.' };
  return { value: n };
}

export function assess(review: DealReview): Assessment {
  const statuses = PROMPTS.map((p) => review.prompts[p.id].status);
  const applicable = statuses.filter((s) => s !== 'na').length;
  const documented = statuses.filter((s) => s === 'documented').length;
  const readiness = applicable === 0 ? null : (documented * 100) / applicable;
  const risk = review.risks;
  const flags: Flag[] = [];
  const red = (prompt: PromptId, text: string) => flags.push({ level: 'red', from: sectionName(prompt), text });
  const amber = (prompt: PromptId | null, text: string) => flags.push({ level: 'amber', from: prompt ? sectionName(prompt) : 'Handover milestones', text });

  if (risk['integration-gap']) red('integration-audit', 'A promised integration is neither live nor on the roadmap.');
  if (risk['outside-icp'] && !risk.raised) red('risk-flags', 'The customer is outside the ICP and leadership has not been told, with a backup plan.');
  if (risk['contract-mismatch']) red('commercial-accuracy', 'The signed contract does not match what was promised on pricing or expansion caps.');
  if (review.icpFit === 'yes' && risk['outside-icp'])
    red('icp-status', 'Contradiction: the ICP status says the customer fits, but "outside the ICP" is ticked. Resolve which is true.');
  if (review.icpFit === 'no' && !risk['outside-icp'])
    red('icp-status', 'Contradiction: the ICP status says the customer does not fit, but "outside the ICP" is not ticked. Resolve which is true.');

  if (risk['free-services']) amber('migration', 'Free professional services were promised to win the deal.');
  if (risk['timeline-unvalidated']) amber('service-delivery', 'The customer expects a timeline that delivery has not confirmed.');
  if (risk['no-champion']) amber('stakeholders', 'No champion has been identified.');
  const success = review.prompts['success-definition'].status;
  if (success !== 'documented') amber('success-definition', 'The customer’s 30, 60 and 90-day definition of success is missing.');
  for (const p of PROMPTS)
    if (p.id !== 'success-definition' && review.prompts[p.id].status === 'unknown') amber(p.id, `${p.label} is unknown.`);
  const unanswered = PROMPTS.filter((p) => p.id !== 'success-definition' && review.prompts[p.id].status === '');
  if (unanswered.length)
    flags.push({ level: 'amber', from: 'The review itself', text: `Not reviewed yet: ${unanswered.map((p) => p.label).join(', ')}.` });
  for (const m of MILESTONES) if (!review.milestones[m.id]) amber(null, `Still to do: ${m.label.charAt(0).toLowerCase()}${m.label.slice(1)}.`);

  const reds = flags.filter((f) => f.level === 'red');
  const reasons: string[] = [];
  if (reds.length) reasons.push(`${reds.length} red flag${reds.length === 1 ? '' : 's'} to clear before handover.`);
  if (readiness === null) reasons.push('Every prompt is marked not applicable, so readiness cannot be measured: mark the prompts that apply.');
  else if (readiness < READY_THRESHOLD) reasons.push(`Only ${Math.round(readiness)}% of the applicable prompts are documented; handover needs at least ${READY_THRESHOLD}%.`);
  const status: Status = reasons.length ? 'not-ready' : flags.length ? 'conditions' : 'ready';
  if (status === 'conditions') reasons.push(`No red flags, but ${flags.length} condition${flags.length === 1 ? '' : 's'} to meet.`);
  if (status === 'ready') reasons.push('Every applicable prompt is documented, no flags are raised and all four milestones are in place.');

  const { value } = contractValue(review.value);
  return { documented, applicable, readiness, milestones: MILESTONES.filter((m) => review.milestones[m.id]).length, flags, status, reasons, value };
}

const KIND = 'csp-deal-review';
/** Largest file read: far above any real export. */
export const MAX_IMPORT = 200_000;

/** The export file: the review in the saved-file envelope (src/lib/envelope.ts). */
export function exportReview(review: DealReview): string {
  return wrap(KIND, review);
}

/** Reads an export, including one from before the envelope; every failure is a sentence. Never throws. */
export function importReview(text: unknown): Imported<DealReview> {
  const opened = unwrap(text, KIND, { what: 'a deal review exported from this playbook', maxChars: MAX_IMPORT });
  if (!opened.ok) return opened;
  const review = parseReview(opened.body);
  return review ? { ok: true, value: review } : { ok: false, error: 'The file is a deal review, but some of its answers are of the wrong kind or too long, so none were read.' };
}

export { promptLabel };
