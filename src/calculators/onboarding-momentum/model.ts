import { defineCalculator, num, str, unavailable, value, type Note, type NumberValue, type OutputValue, type Sentence, type Unavailable } from '../contract';
import { cellNumber, isHeader, numberedRows } from '../list-rows';

const YES = /^(y|yes|true|1|reached|closed|done)$/i;
const NO = /^(n|no|false|0|)$/i;

/** The causes a CSM can record, the words that name each, and the recovery play it calls for. */
const CAUSES = {
  obstacle: [/^(obstacle|blocked|priority)$/, 'Remove the obstacle: give it an owner and clear it this week.'],
  goal: [/^goal$/, 'Re-establish the goal and map a short path to it.'],
  overwhelmed: [/^overwhelmed$/, 'Shrink the first win to one they can reach this week.'],
  champion: [/^champion$/, 'Find a new champion and bring them on board.'],
} as const;
type Cause = keyof typeof CAUSES;

/** The play when nobody has recorded a cause yet, by the flag that fired first. */
const DEFAULT_PLAY = {
  premature: 'Reopen onboarding and aim it at the first value moment.',
  stall: 'Call this week to find the cause: an obstacle, another priority, or a lost champion.',
  drift: 'Re-establish the goal; if the first win is too big, shrink it.',
} as const;

export interface Customer {
  row: number;
  name: string;
  elapsed: number;
  silent: number;
  value: boolean;
  closed: boolean;
  cause?: Cause;
}

/** Reads "name, days since signature, days since last progress, first value, onboarding closed, cause" rows. */
export function readCustomers(text: string): { customers: Customer[]; problems: string[] } {
  const customers: Customer[] = [];
  const problems: string[] = [];
  numberedRows(text).forEach(({ row, cells }, i) => {
    if (i === 0 && isHeader(cells)) return;
    if (cells.every((c) => !c.trim())) return;
    const [name, elapsedCell, silentCell, valueCell = '', closedCell = '', causeCell = ''] = cells.map((c) => c.trim());
    const left = (why: string) => problems.push(`Row ${row}: ${why}; the row was left out.`);
    const elapsed = cellNumber(elapsedCell);
    const silent = cellNumber(silentCell);
    if (elapsed === undefined || elapsed < 0) return left('days since signature must be 0 or more');
    if (silent === undefined || silent < 0) return left('days since progress must be 0 or more');
    if (silent > elapsed) return left('the last progress cannot come before the signature');
    const yesNo = (cell: string, what: string): boolean | undefined => {
      if (YES.test(cell)) return true;
      if (NO.test(cell)) return false;
      left(`${what} must be yes or no`);
      return undefined;
    };
    const reached = yesNo(valueCell, 'first value');
    if (reached === undefined) return;
    const closed = yesNo(closedCell, 'onboarding closed');
    if (closed === undefined) return;
    const word = causeCell.toLowerCase().replace(/\s+/g, '-');
    const cause = (Object.keys(CAUSES) as Cause[]).find((c) => CAUSES[c][0].test(word));
    if (word && !cause) problems.push(`Row ${row}: "${causeCell.slice(0, 20)}" is no known cause, so the play follows the flag.`);
    customers.push({ row, name: name || `Row ${row}`, elapsed, silent, value: reached, closed, ...(cause ? { cause } : {}) });
  });
  return { customers, problems };
}

const COUNTS = ['customers', 'reached', 'moving', 'stalled', 'drifting', 'premature', 'flagged'] as const;
type Count = (typeof COUNTS)[number];
const each = (f: (k: Count) => NumberValue | Unavailable) => Object.fromEntries(COUNTS.map((k) => [k, f(k)])) as Record<Count, NumberValue | Unavailable>;
const n = (o: OutputValue) => ('value' in o ? Number(o.value) : 0);

export const EXAMPLE = [
  'Customer,Days since signature,Days since progress,First value,Closed,Cause',
  'Aster,12,2,no,no',
  'Birch,20,10,no,no',
  'Cinder,91,3,no,no',
  'Dune,50,0,no,yes',
  'Elm,30,4,yes,no',
  'Fjord,60,21,no,no,champion',
  'Garnet,25,12,no,no,overwhelmed',
  'Hollow,40,1,yes,yes',
].join('\n');

export default defineCalculator({
  id: 'onboarding-momentum',
  title: 'Onboarding momentum monitor',
  fields: [
    {
      kind: 'text',
      id: 'customers',
      label: 'Customers in onboarding',
      hint: 'Name, days since signature, days since progress, first value and onboarding closed (yes or no), and a cause if known: obstacle, goal, overwhelmed or champion.',
      default: EXAMPLE,
      maxLength: 50000,
      rows: 9,
      csv: true,
    },
    { kind: 'number', id: 'stall', label: 'Silence that counts as a stall (days)', hint: 'The chapter’s example: ten days.', unit: 'count', default: 10, min: 1, max: 365, integer: true },
    { kind: 'number', id: 'planned', label: 'Planned onboarding length (days)', hint: 'Six weeks is 42 days.', unit: 'count', default: 42, min: 1, max: 3650, integer: true },
  ],
  outputs: [
    { id: 'customers', label: 'Customers', unit: 'count' },
    { id: 'reached', label: 'At first value', unit: 'count' },
    { id: 'moving', label: 'Moving, no flag', unit: 'count' },
    { id: 'stalled', label: 'Stalled', unit: 'count' },
    { id: 'drifting', label: 'Drifting', unit: 'count' },
    { id: 'premature', label: 'Closed without value', unit: 'count' },
    { id: 'flagged', label: 'Need a recovery play', unit: 'count' },
    { id: 'flagged-share', label: 'Share needing a play', unit: 'percent', decimals: 1 },
  ],
  compute(inputs) {
    const { customers, problems } = readCustomers(str(inputs, 'customers'));
    const stall = num(inputs, 'stall');
    const planned = num(inputs, 'planned');
    const notes: Note[] = problems.map((text) => ({ level: 'warning', text }));
    const rows = customers.map((c) => {
      const open = !c.value && !c.closed;
      const flags = {
        premature: c.closed && !c.value,
        stall: open && c.silent >= stall,
        drift: open && c.elapsed > planned,
      };
      const first = (['premature', 'stall', 'drift'] as const).find((f) => flags[f]);
      const status = c.value ? 'At first value' : first ? [flags.premature && 'Closed without value', flags.stall && 'Stalled', flags.drift && 'Drifting'].filter(Boolean).join(', ') : 'Moving';
      const play = first ? (c.cause ? CAUSES[c.cause][1] : DEFAULT_PLAY[first]) : '';
      return { c, flags, flagged: !!first, status, play };
    });
    const count = {
      customers: customers.length,
      reached: customers.filter((c) => c.value).length,
      moving: rows.filter((r) => !r.c.value && !r.flagged).length,
      stalled: rows.filter((r) => r.flags.stall).length,
      drifting: rows.filter((r) => r.flags.drift).length,
      premature: rows.filter((r) => r.flags.premature).length,
      flagged: rows.filter((r) => r.flagged).length,
    };
    if (!customers.length) {
      const none = unavailable('No customers yet: paste or type at least one row.');
      return { outputs: { ...each((k) => (k === 'customers' ? value(0) : none)), 'flagged-share': none }, notes };
    }
    return {
      outputs: { ...each((k) => value(count[k])), 'flagged-share': value((count.flagged * 100) / count.customers) },
      notes,
      tables: [
        {
          id: 'momentum',
          caption: 'Momentum and recovery play by customer',
          columns: [
            { id: 'row', label: 'Row', unit: 'count' },
            { id: 'name', label: 'Customer', unit: 'text' },
            { id: 'elapsed', label: 'Days since signature', unit: 'count' },
            { id: 'silent', label: 'Days since progress', unit: 'count' },
            { id: 'status', label: 'Status', unit: 'text' },
            { id: 'play', label: 'Recovery play', unit: 'text' },
          ],
          rows: rows.map(({ c, status, play }) => ({ row: c.row, name: c.name, elapsed: c.elapsed, silent: c.silent, status, play })),
        },
      ],
    };
  },
  reading(inputs, r) {
    const o = r.outputs;
    if (!('value' in o.flagged)) return [];
    const [all, moving, flagged] = [n(o.customers), n(o.moving), n(o.flagged)];
    const parts: Sentence<'stalled' | 'drifting' | 'premature'>[] = [
      ...(n(o.stalled) ? [[{ output: 'stalled' as const }, ' stalled']] : []),
      ...(n(o.drifting) ? [[{ output: 'drifting' as const }, ' drifting past the ', { value: inputs.planned, unit: 'count' as const }, '-day plan']] : []),
      ...(n(o.premature) ? [[{ output: 'premature' as const }, ' closed without value']] : []),
    ];
    const twice = n(o.stalled) + n(o.drifting) + n(o.premature) - flagged;
    return [
      ['Of ', { output: 'customers' }, all === 1 ? ' customer, ' : ' customers, ', { output: 'reached' }, ' reached first value and ', { output: 'moving' }, moving === 1 ? ' is still moving.' : ' are still moving.'],
      flagged === 0
        ? ['None needs a recovery play.']
        : [
            { output: 'flagged' }, flagged === 1 ? ' needs' : ' need', ' a recovery play, ', { output: 'flagged-share' }, ' of the list: ',
            ...parts.flatMap((p, i) => [...(i === 0 ? [] : i === parts.length - 1 ? [' and '] : [', ']), ...p]),
            ...(twice > 0 ? [' (', { value: twice, unit: 'count' as const }, twice === 1 ? ' customer carries two flags).' : ' customers carry two flags).'] : ['.']),
          ],
    ];
  },
});
