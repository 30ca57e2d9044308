/**
 * The handoff check as a working document: the four things Sales hands to CS, each with its
 * status and the notes that carry it. The scoring is the handoff-check calculator's own, so
 * the template and the calculator in chapter 7 can never disagree.
 */
import handoff from '../../calculators/handoff-check/model';
import { evaluate } from '../../calculators/inputs';
import type { ChoiceField } from '../../calculators/contract';
import { clean, exportJson, importJson, md, oneOf, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const ITEMS = handoff.fields.map((f) => ({ id: f.id, label: f.label, options: (f as ChoiceField).options }));
export type ItemId = (typeof handoff.fields)[number]['id'];

export const LIMITS = { short: 120, note: 500 } as const;

export interface HandoffCheck {
  version: 1;
  account: string;
  date: string;
  seller: string;
  csm: string;
  status: Record<ItemId, string>;
  notes: Record<ItemId, string>;
}

export function emptyHandoff(): HandoffCheck {
  return {
    version: 1,
    account: '',
    date: '',
    seller: '',
    csm: '',
    status: Object.fromEntries(handoff.fields.map((f) => [f.id, f.default])) as Record<ItemId, string>,
    notes: Object.fromEntries(handoff.fields.map((f) => [f.id, ''])) as Record<ItemId, string>,
  };
}

/** Chapter 7's example: goals handed over, the stakeholder map partly, a hard-won deal, commitments not yet written. */
export function exampleHandoff(): HandoffCheck {
  const h = emptyHandoff();
  h.account = 'Example account';
  h.status = { goals: 'yes', commitments: 'no', stakeholders: 'partly', risk: 'hard-won' };
  h.notes.goals = 'Close the books in six days instead of ten.';
  h.notes.stakeholders = 'Champion: operations director. The sceptics in finance are not yet named.';
  h.notes.risk = 'Months of resistance from the finance team before signature.';
  return h;
}

export function parseHandoff(raw: unknown): HandoffCheck | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const out = emptyHandoff();
  for (const key of ['account', 'date', 'seller', 'csm'] as const) {
    const t = textOf(raw[key], key === 'date' ? 10 : LIMITS.short);
    if (t === undefined) return undefined;
    out[key] = t;
  }
  const status = raw.status ?? {};
  const notes = raw.notes ?? {};
  if (!isRecord(status) || !isRecord(notes)) return undefined;
  for (const item of ITEMS) {
    const s = oneOf(status[item.id], item.options.map((o) => o.value));
    const n = textOf(notes[item.id], LIMITS.note);
    if (s === undefined || n === undefined) return undefined;
    if (s) out.status[item.id as ItemId] = s;
    out.notes[item.id as ItemId] = n;
  }
  return out;
}

export const KIND = 'csp-handoff-check';
export const exportHandoff = (h: HandoffCheck) => exportJson(KIND, h);
export const importHandoff = (text: string) => importJson(KIND, text, parseHandoff);

export interface HandoffResult {
  score: number;
  missing: string;
  /** What to ask the closing rep for, and the warning for a hard-won deal, from the calculator. */
  asks: { level: 'info' | 'warning'; text: string }[];
}

export function assessHandoff(h: HandoffCheck): HandoffResult {
  const result = evaluate(handoff, { ...h.status }).result!;
  const score = result.outputs.score;
  const missing = result.outputs.missing;
  return {
    score: 'value' in score && typeof score.value === 'number' ? score.value : 0,
    missing: 'label' in missing ? missing.label : '',
    asks: result.notes,
  };
}

const optionLabel = (id: string, value: string) => ITEMS.find((i) => i.id === id)!.options.find((o) => o.value === value)?.label ?? value;

export function handoffMarkdown(h: HandoffCheck): string {
  const r = assessHandoff(h);
  const out = [`# Sales-to-CS handoff${clean(h.account) ? `: ${md(h.account)}` : ''}`, ''];
  const meta = [h.date && `Date: ${h.date}`, clean(h.seller) && `From: ${md(h.seller)}`, clean(h.csm) && `To: ${md(h.csm)}`].filter(Boolean);
  if (meta.length) out.push(meta.join(' · '), '');
  out.push(`**Handed over: ${r.score} of 4.** Still missing: ${r.missing.charAt(0).toLowerCase()}${r.missing.slice(1)}.`, '');
  for (const item of ITEMS) {
    out.push(`## ${item.label}`, '', `Status: ${optionLabel(item.id, h.status[item.id as ItemId])}`, '');
    if (clean(h.notes[item.id as ItemId])) out.push(md(h.notes[item.id as ItemId]), '');
  }
  if (r.asks.length) out.push('## To ask the closing rep', '', ...r.asks.map((a) => `- ${a.text}`), '');
  return out.join('\n');
}
