import { defineCalculator, keyword, str, type Inputs, type Note, type TableOutput } from '../contract';
import { formatIsoDate, parseIsoDate as readIsoDate } from '../../lib/iso-date';

// Dates are whole days counted in UTC milliseconds, so no time zone or daylight-saving
// change can move a checkpoint by a day: the reader's clock never enters the sums.
const DAY = 86_400_000;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** A real calendar date written YYYY-MM-DD between 2000 and 2099, as UTC midnight; otherwise undefined. */
export function parseIsoDate(text: string): number | undefined {
  const t = readIsoDate(text);
  const year = t === undefined ? 0 : new Date(t).getUTCFullYear();
  return year >= 2000 && year <= 2099 ? t : undefined;
}

export const addDays = (t: number, days: number): number => t + days * DAY;

/** The same day of the month `months` later, or that month's last day when it is shorter (31 January + 1 month = 28 or 29 February). */
export function addMonths(t: number, months: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), last));
}

export const isoDate = formatIsoDate;
export const weekday = (t: number): string => WEEKDAYS[new Date(t).getUTCDay()]!;
export const longDate = (t: number): string => {
  const d = new Date(t);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
};

const LADDERS = {
  merged: [30, 60, 90, 180],
  plan: [30, 90, 180],
} as const;

const CHECKPOINT_TEXT: Record<number, string> = {
  30: 'First checkpoint: early results against the customer’s goals',
  60: 'The customer’s own 60-day view of success, from the deal review',
  90: 'End of early onboarding, tested against the success plan',
  180: 'Six months: the agreed definition of success, reviewed together',
};

const CADENCE = { monthly: 1, bimonthly: 2, quarterly: 3 } as const;

const clean = (text: string) => text.trim().replace(/\s+/g, ' ');

export default defineCalculator({
  id: 'handover-plan',
  title: 'Handover plan',
  fields: [
    { kind: 'text', id: 'signature', label: 'Signature date', hint: 'Written year-month-day, such as 2024-11-15.', default: '2024-11-15', maxLength: 40, rows: 1 },
    {
      kind: 'choice',
      id: 'ladder',
      label: 'Success checkpoints',
      options: [
        { value: 'merged', label: 'Days 30, 60, 90 and 180' },
        { value: 'plan', label: 'Days 30, 90 and 180' },
      ],
      default: 'merged',
    },
    {
      kind: 'choice',
      id: 'cadence',
      label: 'Sales and CS check-in',
      options: [
        { value: 'monthly', label: 'Every month' },
        { value: 'bimonthly', label: 'Every two months' },
        { value: 'quarterly', label: 'Every quarter' },
      ],
      default: 'monthly',
    },
    { kind: 'text', id: 'cs-owner', label: 'CS owner', hint: 'Optional: the CSM’s name.', default: '', maxLength: 80, rows: 1 },
    { kind: 'text', id: 'sales-owner', label: 'Sales owner', hint: 'Optional: the account executive’s name.', default: '', maxLength: 80, rows: 1 },
    {
      kind: 'text',
      id: 'goals',
      label: 'Customer goals',
      hint: 'One a line, in the customer’s words. Every checkpoint tests progress against them.',
      default: 'Halve the time a new regional office takes to go live\nOne report the finance team trusts by the end of the quarter',
      maxLength: 1200,
      rows: 3,
    },
  ],
  outputs: [
    { id: 'first-checkpoint', label: 'First success checkpoint', unit: 'keyword' },
    { id: 'final-checkpoint', label: 'Last success checkpoint', unit: 'keyword' },
    { id: 'check-ins', label: 'Sales and CS check-ins in year one', unit: 'count', decimals: 0 },
    { id: 'renewal', label: 'End of contract year one', unit: 'keyword' },
  ],
  crossCheck(inputs: Inputs): Record<string, string> {
    const text = str(inputs, 'signature').trim();
    if (text === '') return { signature: 'Signature date is needed: write it as year-month-day, such as 2024-11-15.' };
    if (parseIsoDate(text) === undefined)
      return { signature: `Signature date must be a real date between 2000 and 2099, written year-month-day such as 2024-11-15 (you entered "${text.slice(0, 24)}").` };
    const goals = str(inputs, 'goals').split('\n').filter((g) => g.trim());
    if (goals.length > 8) return { goals: `Customer goals has ${goals.length} lines: keep the 8 that matter most.` };
    return {};
  },
  compute(inputs) {
    const start = parseIsoDate(str(inputs, 'signature'))!;
    const cs = clean(str(inputs, 'cs-owner')) || 'CSM';
    const sales = clean(str(inputs, 'sales-owner')) || 'Account executive';
    const ladder = LADDERS[str(inputs, 'ladder') as keyof typeof LADDERS];
    const step = CADENCE[str(inputs, 'cadence') as keyof typeof CADENCE];
    const goals = str(inputs, 'goals').split('\n').map(clean).filter(Boolean);
    const row = (day: number, t: number, checkpoint: string, owner: string) => ({ day, date: isoDate(t), weekday: weekday(t), checkpoint, owner });

    const checkpoints: TableOutput = {
      id: 'checkpoints',
      caption: 'Handover milestones and success checkpoints',
      columns: [
        { id: 'day', label: 'Day', unit: 'count' },
        { id: 'date', label: 'Date', unit: 'text' },
        { id: 'weekday', label: 'Weekday', unit: 'text' },
        { id: 'checkpoint', label: 'Milestone', unit: 'text' },
        { id: 'owner', label: 'Owner', unit: 'text' },
      ],
      rows: [
        row(0, start, 'Joint introduction meeting with the customer', `${sales} and ${cs}, together`),
        row(0, start, goals.length ? `Written success plan tied to the customer’s goals: ${goals.join('; ')}` : 'Written success plan tied to the customer’s stated goals', `${cs}, with input from ${sales}`),
        ...ladder.map((day) => row(day, addDays(start, day), CHECKPOINT_TEXT[day]!, `The customer, ${sales} and ${cs}`)),
      ],
    };
    const dates = Array.from({ length: 12 / step }, (_, i) => addMonths(start, (i + 1) * step));
    const checkIns: TableOutput = {
      id: 'check-ins',
      caption: 'Sales and CS check-ins across the first contract year',
      columns: [
        { id: 'number', label: 'Check-in', unit: 'count' },
        { id: 'date', label: 'Date', unit: 'text' },
        { id: 'weekday', label: 'Weekday', unit: 'text' },
      ],
      rows: dates.map((t, i) => ({ number: i + 1, date: isoDate(t), weekday: weekday(t) })),
    };

    const notes: Note[] = [];
    const weekend = checkpoints.rows.filter((r) => r.day !== 0 && (r.weekday === 'Saturday' || r.weekday === 'Sunday'));
    if (weekend.length)
      notes.push({ level: 'info', text: `Falls on a weekend, so book the nearest working day: ${weekend.map((r) => `day ${r.day} (${r.weekday} ${longDate(parseIsoDate(String(r.date))!)})`).join(', ')}.` });
    if (!goals.length) notes.push({ level: 'warning', text: 'No customer goals entered, so the checkpoints have nothing to test.' });
    if (str(inputs, 'ladder') === 'merged')
      notes.push({ level: 'info', text: 'Days 30, 60 and 90 carry the customer’s early view of success from the deal review; 30, 90 and 180 are the success plan’s milestones.' });

    const last = addDays(start, ladder[ladder.length - 1]!);
    const renewal = addMonths(start, 12);
    return {
      outputs: {
        'first-checkpoint': keyword(isoDate(addDays(start, 30)), longDate(addDays(start, 30))),
        'final-checkpoint': keyword(isoDate(last), longDate(last)),
        'check-ins': { value: dates.length },
        renewal: keyword(isoDate(renewal), longDate(renewal)),
      },
      notes,
      tables: [checkpoints, checkIns],
    };
  },
});
