import { defineCalculator, keyword, str, unavailable, value, type Inputs, type Note, type Sentence } from '../contract';
import { clock, offsetOnDate, overlaps, parseDate, parseTime, resolveZone, workingDay, type Day } from './zones';

const line = <Id extends string>(id: Id, label: string, d: string, hint?: string) =>
  ({ kind: 'text', id, label, default: d, maxLength: 64, rows: 1, ...(hint ? { hint } : {}) }) as const;

const ZONE_HINT = 'A time-zone name such as Europe/Berlin or America/New_York, or a city in one (Singapore, London).';
const SIDES = [
  ['customer', 'customer’s'],
  ['csm', 'CSM’s'],
] as const;

interface Setting {
  day: number;
  zones: { customer: string; csm: string };
  days: { customer: Day; csm: Day };
}

/** Reads and checks every text field; each problem is a message for its own field. */
function read(inputs: Record<string, string>): { setting?: Setting; errors: Record<string, string> } {
  const errors: Record<string, string> = {};
  const zones: Record<string, string> = {};
  const times: Record<string, number> = {};
  for (const [side, whose] of SIDES) {
    const text = inputs[`${side}-zone`]!.trim();
    const zone = resolveZone(text);
    if (zone) zones[side] = zone;
    else
      errors[`${side}-zone`] = text
        ? `“${text.slice(0, 40)}” is not a time zone this browser knows: use a name such as Europe/London, America/New_York or Asia/Kolkata.`
        : `The ${whose} time zone is needed: enter a name such as Europe/London.`;
    for (const end of ['start', 'end'] as const) {
      const id = `${side}-${end}`;
      const t = parseTime(inputs[id]!, end === 'end');
      if (t === undefined)
        errors[id] = `Enter the time the ${whose} working day ${end === 'start' ? 'starts' : 'ends'} as HH:MM on a 24-hour clock, such as ${end === 'start' ? '09:00' : '17:30'}${end === 'end' ? ' (24:00 for midnight)' : ''}.`;
      else times[id] = t;
    }
    if (times[`${side}-start`] !== undefined && times[`${side}-start`] === times[`${side}-end`])
      errors[`${side}-end`] = `The ${whose} working day cannot start and end at the same time: for round-the-clock cover enter 00:00 to 24:00.`;
  }
  const day = parseDate(inputs.date!);
  if (day === undefined) errors.date = 'Enter the date as YYYY-MM-DD, such as 2026-01-15: a real calendar date between 1970 and 2100.';
  if (Object.keys(errors).length || day === undefined) return { errors };
  return {
    errors,
    setting: {
      day,
      zones: { customer: zones.customer!, csm: zones.csm! },
      days: {
        customer: workingDay(times['customer-start']!, times['customer-end']!),
        csm: workingDay(times['csm-start']!, times['csm-end']!),
      },
    },
  };
}

const texts = (inputs: Inputs) => inputs as Record<string, string>;
const hours = (minutes: number) => minutes / 60;

/** "5 hours 45 minutes" for a number of minutes, for readings. */
function duration(minutes: number): string {
  const h = Math.floor(Math.abs(minutes) / 60);
  const m = Math.abs(minutes) % 60;
  const parts = [h ? `${h} hour${h === 1 ? '' : 's'}` : '', m ? `${m} minutes` : ''].filter(Boolean);
  return parts.join(' ') || 'no time';
}

export default defineCalculator({
  id: 'timezone-overlap',
  title: 'Time-zone overlap',
  fields: [
    line('customer-zone', 'Customer’s time zone', 'Asia/Singapore', ZONE_HINT),
    line('csm-zone', 'CSM’s time zone', 'America/Los_Angeles'),
    line('date', 'Date', '2026-01-15', 'YYYY-MM-DD. Clocks change on different dates in different countries, so the date matters.'),
    line('customer-start', 'Customer’s day starts', '09:00'),
    line('customer-end', 'Customer’s day ends', '17:00', 'An end before the start is an overnight shift.'),
    line('csm-start', 'CSM’s day starts', '09:00'),
    line('csm-end', 'CSM’s day ends', '17:00'),
    {
      kind: 'choice',
      id: 'coverage',
      label: 'How the account is covered',
      default: 'home',
      options: [
        { value: 'home', label: 'One home team owns the account' },
        { value: 'follow-the-sun', label: 'Passed between regions as the day moves (follow the sun)' },
      ],
    },
  ],
  outputs: [
    { id: 'shared-hours', label: 'Shared working hours a day', unit: 'number', decimals: 2 },
    { id: 'clock-gap', label: 'CSM’s clock ahead of the customer’s, hours', unit: 'number', decimals: 2 },
    { id: 'customer-from', label: 'Shared window opens, customer’s clock', unit: 'keyword' },
    { id: 'customer-to', label: 'Shared window closes, customer’s clock', unit: 'keyword' },
    { id: 'csm-from', label: 'Shared window opens, CSM’s clock', unit: 'keyword' },
    { id: 'csm-to', label: 'Shared window closes, CSM’s clock', unit: 'keyword' },
  ],
  crossCheck: (inputs) => read(texts(inputs)).errors,
  compute(inputs) {
    const { day, zones, days } = read(texts(inputs)).setting!;
    const notes: Note[] = [];
    const offsets = { customer: offsetOnDate(zones.customer, day), csm: offsetOnDate(zones.csm, day) };
    // On the customer's clock, the CSM's times read this many minutes later.
    const shift = offsets.customer - offsets.csm;
    const pieces = overlaps(days.customer, days.csm, shift);
    const shared = pieces.reduce((sum, p) => sum + p.end - p.start, 0);
    const longest = pieces.reduce<Day | undefined>((best, p) => (!best || p.end - p.start > best.end - best.start ? p : best), undefined);
    const at = (minutes: number, side: 'customer' | 'csm') => {
      const c = clock(day, side === 'customer' ? minutes : minutes - shift);
      return keyword(c.value, c.label);
    };
    const none = unavailable('The two working days do not overlap, so there is no shared window.');

    if (!shared)
      notes.push({
        level: 'warning',
        text: 'No shared working hours: this customer needs a CSM in its own region, working from the same playbooks, tools and standards as everyone else.',
      });
    if (pieces.length > 1 && longest)
      notes.push({ level: 'info', text: `The days overlap in ${pieces.length} separate stretches; the window shown is the longest, and the shared hours count them all.` });
    if (str(inputs, 'coverage') === 'follow-the-sun')
      notes.push({
        level: 'warning',
        text: 'Follow the sun usually fails: a relationship cannot be handed over mid-conversation, and the handoffs cost more than the extra hours give. Give the customer one home region and accept the gap.',
      });
    return {
      outputs: {
        'shared-hours': value(hours(shared)),
        'clock-gap': value(hours(offsets.csm - offsets.customer)),
        'customer-from': longest ? at(longest.start, 'customer') : none,
        'customer-to': longest ? at(longest.end, 'customer') : none,
        'csm-from': longest ? at(longest.start, 'csm') : none,
        'csm-to': longest ? at(longest.end, 'csm') : none,
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { day, zones, days } = read(texts(inputs)).setting!;
    const shared = r.outputs['shared-hours'];
    const gap = r.outputs['clock-gap'];
    if (!('value' in shared) || !('value' in gap)) return [];
    const length = Math.min(days.customer.end - days.customer.start, days.csm.end - days.csm.start);
    const ahead: Sentence<never> =
      gap.value === 0
        ? ['On that date the two clocks read the same.']
        : [`On that date the CSM’s clock in ${zones.csm} runs ${duration(gap.value * 60)} ${gap.value > 0 ? 'ahead of' : 'behind'} the customer’s in ${zones.customer}.`];
    const customerStart = clock(day, days.customer.start).label;
    const csmThen = clock(day, days.customer.start + Math.round(gap.value * 60)).label;
    return [
      ahead,
      shared.value === 0
        ? [`Their working days never meet: when the customer starts work at ${customerStart}, it is ${csmThen} for the CSM.`]
        : shared.value * 60 >= length
          ? ['The shorter working day sits entirely inside the other, so they share ', { output: 'shared-hours' }, ' hours.']
          : [
              'They share ', { output: 'shared-hours' }, ' hours a day, ', { value: (shared.value * 6000) / length, unit: 'percent', decimals: 0 }, ' of the shorter working day: from ',
              { output: 'customer-from' }, ' to ', { output: 'customer-to' }, ' for the customer, ', { output: 'csm-from' }, ' to ', { output: 'csm-to' }, ' for the CSM.',
            ],
    ];
  },
});
