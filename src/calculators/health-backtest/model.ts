import { defineCalculator, keyword, num, str, unavailable, value, type Note, type OutputValue } from '../contract';
import { parseNumber } from '../inputs';
import { layoutNotes, listLength, numberedRows, rowProblemNotes, type RowProblem } from '../list-rows';

const STATUSES = ['red', 'yellow', 'green'] as const;
type Status = (typeof STATUSES)[number];
const YES = /^(y|yes|true|1|churned)$/i;
const NO = /^(n|no|false|0|retained|renewed)$/i;

// The book's illustration at a fifth of its size: 8 flagged at risk with 2 churned (25%),
// 40 flagged healthy with 2 churned (5%), so lift is 5. A few healthy rows carry a score instead.
const EXAMPLE = [
  'Customer,Status or score,Churned',
  ...Array.from({ length: 48 }, (_, i) => {
    const flag = i < 3 ? 'red' : i < 8 ? 'yellow' : i < 44 ? 'green' : String(i + 30);
    return `Customer ${String(i + 1).padStart(2, '0')},${flag},${[0, 3, 8, 9].includes(i) ? 'yes' : 'no'}`;
  }),
].join('\n');

const VERDICTS = {
  predictive: 'Predictive: customers flagged at risk churned more',
  'no-predictive-power': 'No predictive power',
  'flags-nobody': 'Flags nobody: never wrong, so it measures nothing',
  'flags-everybody': 'Flags everybody: there is no healthy group to compare',
  'no-churn': 'Nothing to test: nobody churned',
};

const rate = (churned: number, total: number, why: string): OutputValue => (total ? value((churned / total) * 100) : unavailable(why));

export default defineCalculator({
  id: 'health-backtest',
  title: 'Back-test a health score against churn',
  fields: [
    {
      kind: 'text',
      id: 'customers',
      label: 'Customer list',
      default: EXAMPLE,
      maxLength: listLength(100),
      rows: 8,
      csv: true,
      hint: 'One row per customer: name, status (green, yellow or red) or score at the snapshot, and whether it churned in the window (yes or no).',
    },
    { kind: 'number', id: 'green', label: 'Green cut-off for scores', unit: 'score', default: 70, min: 1, max: 100, hint: 'Used only for rows that give a score.' },
    { kind: 'number', id: 'yellow', label: 'Yellow cut-off for scores', unit: 'score', default: 40, min: 0, max: 99 },
    { kind: 'number', id: 'window', label: 'Window after the snapshot', unit: 'months', default: 9, min: 1, max: 36, integer: true, hint: 'March to December is nine months.' },
  ],
  outputs: [
    { id: 'tested', label: 'Customers tested', unit: 'count' },
    ...STATUSES.map((s) => ({ id: `churn-rate-${s}`, label: `Churn rate of customers flagged ${s}`, unit: 'percent' as const })),
    { id: 'churn-rate-at-risk', label: 'Churn rate flagged at risk (red or yellow)', unit: 'percent' },
    { id: 'lift', label: 'Lift (at-risk rate ÷ green rate)', unit: 'number', decimals: 2 },
    { id: 'verdict', label: 'Verdict', unit: 'keyword' },
  ],
  crossCheck: (inputs): Record<string, string> => (num(inputs, 'yellow') >= num(inputs, 'green') ? { yellow: 'The yellow cut-off must be below the green cut-off.' } : {}),
  compute(inputs) {
    const notes: Note[] = [];
    const counts = Object.fromEntries(STATUSES.map((s) => [s, { total: 0, churned: 0 }])) as Record<Status, { total: number; churned: number }>;
    const rows = numberedRows(str(inputs, 'customers'));
    for (const text of layoutNotes(rows)) notes.push({ level: 'warning', text });
    const bad: RowProblem[] = [];
    rows.forEach(({ row, cells: [, flag = '', churned = ''] }, i) => {
      const shade = flag.toLowerCase().replace('amber', 'yellow');
      const score = parseNumber(flag);
      const status: Status | undefined = STATUSES.find((s) => s === shade) ??
        (score === undefined || score < 0 || score > 100 ? undefined : score >= num(inputs, 'green') ? 'green' : score >= num(inputs, 'yellow') ? 'yellow' : 'red');
      const outcome = YES.test(churned) ? 1 : NO.test(churned) ? 0 : undefined;
      if (i === 0 && !status && (outcome === undefined || /status|score|health|flag/i.test(flag))) return; // a header row
      if (!status || outcome === undefined) {
        const problem = !status ? 'the status must be green, yellow, red or a score from 0 to 100' : 'churned must be yes or no';
        return bad.push({ row, problem: `${problem}; the row was left out` });
      }
      counts[status].total++;
      counts[status].churned += outcome;
    });
    for (const text of rowProblemNotes(bad)) notes.push({ level: 'warning', text });

    const atRisk = { total: counts.red.total + counts.yellow.total, churned: counts.red.churned + counts.yellow.churned };
    const healthy = counts.green;
    const all = atRisk.total + healthy.total;
    const outputs: Record<string, OutputValue> = { tested: value(all) };
    if (!all) {
      const empty = 'Paste at least one customer with a status and an outcome.';
      for (const id of ['churn-rate-red', 'churn-rate-yellow', 'churn-rate-green', 'churn-rate-at-risk', 'lift', 'verdict']) outputs[id] = unavailable(empty);
      return { outputs, notes };
    }
    for (const s of STATUSES) outputs[`churn-rate-${s}`] = rate(counts[s].churned, counts[s].total, `No customer was flagged ${s} at the snapshot.`);
    outputs['churn-rate-at-risk'] = rate(atRisk.churned, atRisk.total, 'No customer was flagged red or yellow at the snapshot.');
    // Lift compares rates as products (a × h ÷ (c × t)), so a zero never divides.
    outputs.lift =
      !atRisk.total || !healthy.total ? unavailable('Lift needs customers flagged both at risk and healthy.')
      : !healthy.churned ? unavailable('No green customer churned, so lift has no finite value: compare the two rates instead.')
      : value((atRisk.churned * healthy.total) / (atRisk.total * healthy.churned));
    const lifted = atRisk.churned * healthy.total > healthy.churned * atRisk.total;
    const verdict: keyof typeof VERDICTS =
      atRisk.churned + healthy.churned === 0 ? 'no-churn'
      : !atRisk.total ? 'flags-nobody'
      : !healthy.total ? 'flags-everybody'
      : lifted ? 'predictive' : 'no-predictive-power';
    outputs.verdict = keyword(verdict, VERDICTS[verdict]);
    if (verdict === 'no-predictive-power')
      notes.push({ level: 'warning', text: 'Customers flagged at risk churned no more often than healthy ones. Rebuild the weights from a review of past churn before relying on the score.' });
    if (atRisk.churned + healthy.churned === all)
      notes.push({ level: 'info', text: 'Every customer churned, so no flag could tell them apart.' });

    const line = (label: string, g: { total: number; churned: number }) => ({
      flag: label,
      churned: g.churned,
      retained: g.total - g.churned,
      total: g.total,
      rate: g.total ? (g.churned / g.total) * 100 : '',
    });
    return {
      outputs,
      notes,
      tables: [
        {
          id: 'backtest',
          caption: `Flag at the snapshot against churn within ${num(inputs, 'window')} months`,
          columns: [
            { id: 'flag', label: 'Flagged', unit: 'text' },
            { id: 'churned', label: 'Churned', unit: 'count' },
            { id: 'retained', label: 'Retained', unit: 'count' },
            { id: 'total', label: 'Customers', unit: 'count' },
            { id: 'rate', label: 'Churn rate', unit: 'percent' },
          ],
          rows: [line('At risk (red or yellow)', atRisk), line('Healthy (green)', healthy), line('All customers', { total: all, churned: atRisk.churned + healthy.churned })],
        },
      ],
    };
  },
  reading(_inputs, r) {
    const { verdict, lift } = r.outputs;
    if (!('value' in verdict) || (verdict.value !== 'predictive' && verdict.value !== 'no-predictive-power')) return [];
    return [
      [
        'Customers flagged red or yellow churned at ', { output: 'churn-rate-at-risk' }, ', green ones at ', { output: 'churn-rate-green' },
        ...(verdict.value !== 'predictive'
          ? [': the flagged customers left no more often, so the score does not predict churn.']
          : !('value' in lift)
            ? [', and no green customer left.']
            : Math.round(Number(lift.value) * 100) <= 100
              ? [': flagged customers left only marginally more often.']
              : [': a customer flagged at risk was ', { output: 'lift' as const }, ' times as likely to leave.']),
      ],
    ];
  },
});
