/**
 * The QBR agenda: three blocks in a fixed order (the customer first, then a point of view,
 * then decisions), seven items, and the three checks chapter 9 implies: a recommendation is
 * written, actions are owned on both sides, and someone who can decide is invited next time.
 */
import { boolOf, clean, dayOf, exportJson, importJson, listOf, md, oneOf, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const GOAL_STATUS = [
  { value: 'on-track', label: 'On track' },
  { value: 'at-risk', label: 'At risk' },
  { value: 'off-track', label: 'Off track' },
  { value: 'done', label: 'Achieved' },
] as const;
export type GoalStatus = '' | (typeof GOAL_STATUS)[number]['value'];
export const SIDES = [
  { value: 'customer', label: 'Customer' },
  { value: 'vendor', label: 'Us' },
] as const;
export type Side = '' | (typeof SIDES)[number]['value'];

export const LIMITS = { short: 120, long: 600, rows: 6, people: 8, actions: 8 } as const;

export interface Goal { goal: string; status: GoalStatus }
export interface Action { action: string; owner: string; side: Side; due: string }
export interface Person { name: string; role: string; side: Side; decides: boolean }

export interface QbrAgenda {
  version: 1;
  account: string;
  date: string;
  attendees: Person[];
  goals: Goal[];
  changes: string;
  helping: string[];
  notHelping: string[];
  recommendation: string;
  opportunities: string[];
  actions: Action[];
  next: Person[];
}

export const blankGoal = (): Goal => ({ goal: '', status: '' });
export const blankAction = (): Action => ({ action: '', owner: '', side: '', due: '' });
export const blankPerson = (): Person => ({ name: '', role: '', side: '', decides: false });

export function emptyAgenda(): QbrAgenda {
  return { version: 1, account: '', date: '', attendees: [blankPerson()], goals: [blankGoal()], changes: '', helping: [''], notHelping: [''], recommendation: '', opportunities: [''], actions: [blankAction()], next: [blankPerson()] };
}

/** The book's example (brief 92): two goals, one change, a shortfall, a recommendation, two opportunities, three actions. */
export function exampleAgenda(): QbrAgenda {
  return {
    version: 1,
    account: 'Example account',
    date: '',
    attendees: [
      { name: 'Operations director', role: 'Sponsor', side: 'customer', decides: true },
      { name: 'Team lead', role: 'Daily user', side: 'customer', decides: false },
      { name: 'CSM', role: 'Account owner', side: 'vendor', decides: false },
    ],
    goals: [
      { goal: 'Cut month-end close from ten days to six', status: 'on-track' },
      { goal: 'Bring the second region onto the platform', status: 'at-risk' },
    ],
    changes: 'A new finance director joined in the quarter and is reviewing every supplier.',
    helping: ['Automated reconciliations have removed two days of manual work'],
    notHelping: ['Reporting for the second region still runs outside the product'],
    recommendation: 'Move the second region’s reporting onto the platform before the supplier review ends, and show the finance director the time saved so far.',
    opportunities: ['Approval workflows for purchase orders', 'A shared dashboard for the regional heads'],
    actions: [
      { action: 'Send the list of second-region reports to migrate', owner: 'Team lead', side: 'customer', due: '' },
      { action: 'Book an hour with the new finance director', owner: 'Operations director', side: 'customer', due: '' },
      { action: 'Draft the migration plan for the regional reports', owner: 'CSM', side: 'vendor', due: '' },
    ],
    next: [
      { name: 'VP of Finance', role: 'Budget holder', side: 'customer', decides: true },
      { name: 'Operations director', role: 'Sponsor', side: 'customer', decides: true },
    ],
  };
}

const person = (x: unknown): Person | undefined => {
  if (!isRecord(x)) return undefined;
  const name = textOf(x.name, LIMITS.short);
  const role = textOf(x.role, LIMITS.short);
  const side = oneOf(x.side, ['customer', 'vendor'] as const);
  const decides = boolOf(x.decides);
  return name === undefined || role === undefined || side === undefined || decides === undefined ? undefined : { name, role, side, decides };
};
const line = (x: unknown) => textOf(x, LIMITS.short);

export function parseAgenda(raw: unknown): QbrAgenda | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const e = emptyAgenda();
  const account = textOf(raw.account, LIMITS.short);
  const date = textOf(raw.date, 10);
  const changes = textOf(raw.changes, LIMITS.long);
  const recommendation = textOf(raw.recommendation, LIMITS.long);
  const attendees = listOf(raw.attendees, LIMITS.people, person, e.attendees);
  const next = listOf(raw.next, LIMITS.people, person, e.next);
  const goals = listOf(raw.goals, LIMITS.rows, (x) => {
    if (!isRecord(x)) return undefined;
    const goal = textOf(x.goal, LIMITS.short);
    const status = oneOf(x.status, GOAL_STATUS.map((s) => s.value));
    return goal === undefined || status === undefined ? undefined : { goal, status };
  }, e.goals);
  const actions = listOf(raw.actions, LIMITS.actions, (x) => {
    if (!isRecord(x)) return undefined;
    const action = textOf(x.action, LIMITS.short);
    const owner = textOf(x.owner, LIMITS.short);
    const side = oneOf(x.side, ['customer', 'vendor'] as const);
    const due = textOf(x.due, 10);
    return action === undefined || owner === undefined || side === undefined || due === undefined ? undefined : { action, owner, side, due };
  }, e.actions);
  const helping = listOf(raw.helping, LIMITS.rows, line, e.helping);
  const notHelping = listOf(raw.notHelping, LIMITS.rows, line, e.notHelping);
  const opportunities = listOf(raw.opportunities, LIMITS.rows, line, e.opportunities);
  const parts = [account, date, changes, recommendation, attendees, next, goals, actions, helping, notHelping, opportunities];
  if (parts.some((p) => p === undefined)) return undefined;
  return { version: 1, account: account!, date: date!, attendees: attendees!, goals: goals!, changes: changes!, helping: helping!, notHelping: notHelping!, recommendation: recommendation!, opportunities: opportunities!, actions: actions!, next: next! };
}

export const KIND = 'csp-qbr-agenda';
export const exportAgenda = (a: QbrAgenda) => exportJson(KIND, a);
export const importAgenda = (text: string) => importJson(KIND, text, parseAgenda);

export interface Check {
  id: 'goals' | 'recommendation' | 'customer-action' | 'vendor-action' | 'decision-maker';
  ok: boolean;
  text: string;
}

/** The agenda's checks, each passed or failed, in the order of the meeting. */
export function checkAgenda(a: QbrAgenda): Check[] {
  const actions = a.actions.filter((x) => clean(x.action));
  return [
    { id: 'goals', ok: a.goals.some((g) => clean(g.goal)), text: 'It opens on at least one of the customer’s goals, not on your product.' },
    { id: 'recommendation', ok: !!clean(a.recommendation), text: 'It carries a recommendation: what you would do in the customer’s place.' },
    { id: 'customer-action', ok: actions.some((x) => x.side === 'customer'), text: 'At least one next step is owned by the customer.' },
    { id: 'vendor-action', ok: actions.some((x) => x.side === 'vendor'), text: 'At least one next step is owned by your side.' },
    { id: 'decision-maker', ok: a.next.some((p) => clean(p.name) && p.decides), text: 'Someone who can take decisions is invited next time; without one it is a check-in, not a business review.' },
  ];
}

/** Dates that are typed but not real days, by field: "2025-02-30" is caught here. */
export function dateErrors(a: QbrAgenda): Record<string, string> {
  const out: Record<string, string> = {};
  if (a.date && dayOf(a.date) === undefined) out.date = 'The meeting date must be a real date.';
  a.actions.forEach((x, i) => x.due && dayOf(x.due) === undefined && (out[`due-${i}`] = 'The due date must be a real date.'));
  return out;
}

const label = <V extends string>(list: readonly { value: V; label: string }[], v: V | '') => list.find((x) => x.value === v)?.label ?? 'Not set';

/** The agenda as a Markdown document, ready for an email or a shared page. */
export function agendaMarkdown(a: QbrAgenda): string {
  const people = (list: Person[]) => list.filter((p) => clean(p.name)).map((p) => `- ${md(p.name)}${clean(p.role) ? `, ${md(p.role)}` : ''}${p.side ? ` (${label(SIDES, p.side).toLowerCase()})` : ''}${p.decides ? ', takes decisions' : ''}`);
  const bullets = (list: string[]) => list.filter((x) => clean(x)).map((x) => `- ${md(x)}`);
  const out = [`# Business review${clean(a.account) ? `: ${md(a.account)}` : ''}`, ''];
  if (a.date) out.push(`Date: ${a.date}`, '');
  const here = people(a.attendees);
  if (here.length) out.push('Attending:', ...here, '');
  out.push('## 1. Your business', '', '### Your goals this quarter', '');
  const goals = a.goals.filter((g) => clean(g.goal));
  out.push(...(goals.length ? goals.map((g) => `- ${md(g.goal)}: ${label(GOAL_STATUS, g.status).toLowerCase()}`) : ['- To agree at the meeting']), '');
  if (clean(a.changes)) out.push('### What has changed in your business', '', md(a.changes), '');
  out.push('## 2. Our point of view', '');
  const help = bullets(a.helping);
  const notHelp = bullets(a.notHelping);
  if (help.length) out.push('### Where the product is helping', '', ...help, '');
  if (notHelp.length) out.push('### Where it is not, yet', '', ...notHelp, '');
  out.push('### Our recommendation', '', clean(a.recommendation) ? md(a.recommendation) : 'Not written yet.', '');
  const opp = bullets(a.opportunities);
  if (opp.length) out.push('### Opportunities you may not have considered', '', ...opp, '');
  out.push('## 3. Decisions and next steps', '');
  const acts = a.actions.filter((x) => clean(x.action));
  if (acts.length) {
    out.push('| Action | Owner | Side | Due |', '| --- | --- | --- | --- |');
    for (const x of acts) out.push(`| ${md(x.action)} | ${md(x.owner)} | ${x.side ? label(SIDES, x.side) : ''} | ${x.due} |`);
    out.push('');
  }
  const next = people(a.next);
  if (next.length) out.push('### Invited to the next review', '', ...next, '');
  return out.join('\n');
}
