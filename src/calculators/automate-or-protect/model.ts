import { defineCalculator, str, unavailable, value, type Note } from '../contract';
import { numberedRows } from '../list-rows';

const YES = /^(y|yes|true|1|x|✓)$/i;
const NO = /^(n|no|false|0|-|–)?$/i;

export const VERDICTS = {
  automate: 'Automate',
  'automate-caution': 'Automate, with caution',
  augment: 'Augment: AI prepares, a person decides',
  human: 'Keep human',
};
export type Verdict = keyof typeof VERDICTS;

export interface Task {
  routine: boolean;
  data: boolean;
  judgement: boolean;
  facing: boolean;
  high: boolean;
}

/**
 * The sorting rule, in the order it is applied: anything that needs trust, politics or
 * judgement stays human; routine or data-heavy internal work at low stakes is automated;
 * routine customer-facing work at low stakes is automated with caution, because a poor
 * automated experience lands on the customer; everything else is prepared by AI and decided by a person.
 */
export function sort(t: Task): { verdict: Verdict; why: string } {
  if (t.judgement) return { verdict: 'human', why: 'needs trust, politics or judgement' };
  if (!t.facing && (t.routine || t.data) && !t.high) return { verdict: 'automate', why: `${t.routine ? 'routine' : 'data-heavy'}, internal and low-stakes` };
  if (t.facing && t.routine && !t.high) return { verdict: 'automate-caution', why: 'routine but seen by the customer' };
  return { verdict: 'augment', why: t.high ? 'the stakes are high' : t.facing ? 'customer-facing and not routine' : 'neither routine nor data-heavy' };
}

export interface Sorted extends Task {
  row: number;
  name: string;
  verdict: Verdict;
  why: string;
}

/** Rows of "task, routine, data-heavy, trust or judgement, customer-facing, stakes"; bad rows are reported by number. */
export function readTasks(text: string): { tasks: Sorted[]; problems: string[] } {
  const tasks: Sorted[] = [];
  const problems: string[] = [];
  numberedRows(text).forEach(({ row, cells }, i) => {
    const [name = '', ...flags] = cells.map((c) => c.trim());
    if (!name && flags.every((f) => !f)) return;
    const answers = flags.slice(0, 4).map((f) => (YES.test(f) ? true : NO.test(f) ? false : undefined));
    const stakes = (flags[4] ?? '').toLowerCase();
    if (i === 0 && answers.some((a) => a === undefined)) return; // a header row
    const left = (why: string) => problems.push(`Row ${row}: ${why}; the row was left out.`);
    if (!name) return left('the task has no name');
    if (answers.some((a) => a === undefined)) return left('the four questions need yes or no');
    if (stakes !== 'low' && stakes !== 'high') return left('stakes must be low or high');
    const [routine, data, judgement, facing] = answers as boolean[];
    const task = { routine: routine!, data: data!, judgement: judgement!, facing: facing!, high: stakes === 'high' };
    tasks.push({ row, name, ...task, ...sort(task) });
  });
  return { tasks, problems };
}

export default defineCalculator({
  id: 'automate-or-protect',
  title: 'Automate-or-protect sorter',
  fields: [
    {
      kind: 'text',
      id: 'tasks',
      label: 'Tasks and interactions',
      hint: 'One a row: the task, then yes or no for routine and well defined, data-heavy, needs trust or judgement, and customer-facing, then stakes (low or high).',
      default: [
        'Task,Routine,Data-heavy,Trust or judgement,Customer-facing,Stakes',
        'Call summaries,yes,yes,no,no,low',
        'QBR preparation,no,yes,no,no,high',
        'Renewal conversation with an at-risk executive,no,no,yes,yes,high',
        'In-product onboarding tips for tech-touch customers,yes,no,no,yes,low',
      ].join('\n'),
      maxLength: 20000,
      rows: 6,
      csv: true,
    },
  ],
  outputs: [
    { id: 'automate', label: 'Automate', unit: 'count', decimals: 0 },
    { id: 'augment', label: 'Augment', unit: 'count', decimals: 0 },
    { id: 'human', label: 'Keep human', unit: 'count', decimals: 0 },
    { id: 'caution', label: 'Customer-facing automation to watch', unit: 'count', decimals: 0 },
  ],
  compute(inputs) {
    const { tasks, problems } = readTasks(str(inputs, 'tasks'));
    const notes: Note[] = problems.map((text) => ({ level: 'warning', text }));
    const count = (...v: Verdict[]) => (tasks.length ? value(tasks.filter((t) => v.includes(t.verdict)).length) : unavailable('No tasks in the list yet: paste or type at least one row.'));
    const cautious = tasks.filter((t) => t.verdict === 'automate-caution');
    if (cautious.length)
      notes.push({ level: 'info', text: `Automate with caution: ${cautious.map((t) => t.name).join(', ')}. Customers meet this automation directly, so check how it feels to them before widening it.` });
    return {
      outputs: { automate: count('automate', 'automate-caution'), augment: count('augment'), human: count('human'), caution: count('automate-caution') },
      notes,
      tables: [
        {
          id: 'automate-or-protect',
          caption: 'Each task, sorted',
          columns: [
            { id: 'row', label: 'Row', unit: 'count' },
            { id: 'name', label: 'Task', unit: 'text' },
            { id: 'verdict', label: 'Verdict', unit: 'text' },
            { id: 'why', label: 'Why', unit: 'text' },
          ],
          rows: tasks.map((t) => ({ row: t.row, name: t.name, verdict: VERDICTS[t.verdict], why: t.why })),
        },
      ],
    };
  },
  reading(inputs, r) {
    const { tasks } = readTasks(inputs.tasks);
    if (!tasks.length) return [];
    const kept = tasks.filter((t) => t.verdict === 'human').length;
    return [
      [`Of ${tasks.length} task${tasks.length === 1 ? '' : 's'}, `, { output: 'automate' }, ' can be automated, ', { output: 'augment' }, ' should be prepared by AI and decided by a person, and ', { output: 'human' }, ' stay with people.'],
      ...(kept === 0 && 'value' in r.outputs.automate ? [['Nothing in this list needs trust or judgement: check that the conversations which do are on it.']] : []),
    ];
  },
});
