import { defineCalculator, num, str, unavailable, value, type Note, type OutputValue, type Result } from '../contract';
import { cellNumber, isHeader, layoutNotes, listLength, numberedRows, rowProblemNotes, type RowProblem } from '../list-rows';
import { daysBetween, parseIsoDate as isoDate } from '../../lib/iso-date';

const round1 = (x: number) => Math.round(x * 10) / 10;
const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

/** Middle value of a sorted list; the two middle values averaged when the count is even. */
export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Quartile by linear interpolation between ranks, as spreadsheets' QUARTILE.INC does. */
export function quartile(sorted: readonly number[], q: 1 | 3): number {
  const pos = ((sorted.length - 1) * q) / 4;
  const lo = Math.floor(pos);
  return sorted[lo]! + (pos - lo) * ((sorted[lo + 1] ?? sorted[lo]!) - sorted[lo]!);
}

export interface Entry {
  row: number;
  name: string;
  days: number | null;
}

/** Reads each row as "name, days" or "name, signature date, first-value date"; blank first value = not reached yet. */
export function readEntries(text: string): { entries: Entry[]; problems: string[] } {
  const entries: Entry[] = [];
  const rows = numberedRows(text);
  const bad: RowProblem[] = [];
  rows.forEach(({ row, cells }, i) => {
    if (i === 0 && isHeader(cells)) return;
    // A cell shaped like a date is never a name, even when the date is not a real one.
    const named = cellNumber(cells[0]) === undefined && !DATE_SHAPE.test(cells[0] ?? '');
    const name = (named && cells[0]) || `Row ${row}`;
    const [first, second] = named ? cells.slice(1) : cells;
    const left = (why: string) => bad.push({ row, problem: `${why}; the row was left out` });
    const signed = isoDate(first);
    if (!first) entries.push({ row, name, days: null });
    else if (signed === undefined && DATE_SHAPE.test(first)) left(`"${first}" is not a real calendar date`);
    else if (signed !== undefined) {
      const reached = isoDate(second);
      if (!second) entries.push({ row, name, days: null });
      else if (reached === undefined) left(DATE_SHAPE.test(second) ? `"${second}" is not a real calendar date` : `"${second.slice(0, 20)}" is not a date written as YYYY-MM-DD`);
      else if (reached < signed) left('first value comes before the signature date');
      else entries.push({ row, name, days: daysBetween(signed, reached) });
    } else {
      const days = cellNumber(first);
      if (days === undefined) left(`"${first.slice(0, 20)}" is neither a number of days nor a date written as YYYY-MM-DD`);
      else if (days < 0) left('days to first value cannot be negative');
      else entries.push({ row, name, days });
    }
  });
  return { entries, problems: [...layoutNotes(rows), ...rowProblemNotes(bad)] };
}

export default defineCalculator({
  id: 'time-to-value',
  title: 'Time to value: median, mean and activation',
  fields: [
    {
      kind: 'text',
      id: 'customers',
      label: 'Customers and their time to first value',
      hint: 'One customer a row: name, then days, or the signature and first-value dates (YYYY-MM-DD). Leave the value blank if not reached yet.',
      default:
        'Customer,Days or signature date,First-value date\nNorthwind,10\nHarbour Labs,12\nCobalt Retail,14\nAlder Health,2025-03-03,2025-03-18\nQuill Media,90\nFenwick Group,2025-04-07,',
      maxLength: listLength(100),
      rows: 8,
      csv: true,
    },
    {
      kind: 'number',
      id: 'window',
      label: 'Activation window (days)',
      hint: 'The book’s choice: the first ninety days. Customers still inside their window count as not activated.',
      unit: 'number',
      default: 90,
      min: 1,
      max: 3650,
      integer: true,
    },
  ],
  outputs: [
    { id: 'median', label: 'Median time to first value (days)', unit: 'number', decimals: 1 },
    { id: 'mean', label: 'Mean time to first value (days)', unit: 'number', decimals: 1 },
    { id: 'gap', label: 'Mean minus median (days)', unit: 'number', decimals: 1 },
    { id: 'outliers', label: 'Outliers', unit: 'count', decimals: 0 },
    { id: 'reached', label: 'Customers who reached first value', unit: 'count', decimals: 0 },
    { id: 'not-reached', label: 'Customers not there yet', unit: 'count', decimals: 0 },
    { id: 'activation-rate', label: 'Activation rate within the window', unit: 'percent', decimals: 1 },
  ],
  compute(inputs) {
    const { entries, problems } = readEntries(str(inputs, 'customers'));
    const window = num(inputs, 'window');
    const notes: Note[] = problems.map((text) => ({ level: 'warning', text }));
    const days = entries.flatMap((e) => (e.days === null ? [] : [e.days])).sort((a, b) => a - b);
    const none = unavailable(
      entries.length ? 'Nobody in the list has reached first value yet, so there is no time to measure.' : 'No customers in the list yet: paste or type at least one row.',
    );
    // Tukey's fences, 1.5 interquartile ranges beyond the quartiles; below four points there is too little to judge.
    const [q1, q3] = days.length >= 4 ? [quartile(days, 1), quartile(days, 3)] : [-Infinity, Infinity];
    const isOutlier = (d: number | null) => d !== null && (d < q1 - 1.5 * (q3 - q1) || d > q3 + 1.5 * (q3 - q1));
    const flagged = entries.filter((e) => isOutlier(e.days));
    const mid = days.length ? median(days) : NaN;
    const mean = days.reduce((a, b) => a + b, 0) / days.length;
    if (flagged.length)
      notes.push({
        level: 'info',
        text: `Outliers: ${flagged.slice(0, 8).map((e) => `${e.name} (${e.days} days)`).join(', ')}${flagged.length > 8 ? ` and ${flagged.length - 8} more (the table marks each)` : ''}. They move the mean, not the median: report the median.`,
      });
    if (days.length && days.length < entries.length)
      notes.push({ level: 'info', text: `The median describes only the ${days.length === 1 ? 'one customer' : `${days.length} customers`} who got there; ${entries.length - days.length} ${entries.length - days.length === 1 ? 'has' : 'have'} not yet.` });
    const measured = (v: number) => (days.length ? value(round1(v)) : none);
    const out = {
      median: measured(mid),
      mean: measured(mean),
      gap: measured(mean - mid),
      outliers: days.length ? value(flagged.length) : none,
      reached: value(days.length),
      'not-reached': value(entries.length - days.length),
      'activation-rate': entries.length
        ? value(round1((days.filter((d) => d <= window).length * 100) / entries.length))
        : unavailable('No customers in the list yet: paste or type at least one row.'),
    };
    const status = (d: number | null) =>
      d === null ? 'Not yet' : `${d > window ? 'After the window' : 'Within the window'}${isOutlier(d) ? ', outlier' : ''}`;
    return {
      outputs: out,
      notes,
      tables: [
        {
          id: 'time-to-value',
          caption: 'Each customer’s time to first value',
          columns: [
            { id: 'row', label: 'Row', unit: 'count' },
            { id: 'name', label: 'Customer', unit: 'text' },
            { id: 'days', label: 'Days to first value', unit: 'number' },
            { id: 'status', label: 'Status', unit: 'text' },
          ],
          rows: entries.map((e) => ({ row: e.row, name: e.name, days: e.days ?? '', status: status(e.days) })),
        },
      ],
    };
  },
  reading(inputs, r) {
    const { reached, 'not-reached': waiting, gap, outliers } = r.outputs;
    if (!('value' in reached) || !('value' in waiting)) return [];
    const all = reached.value + waiting.value;
    if (all === 0) return [];
    const window = ['Within the ', { value: inputs.window, unit: 'count' as const },  '-day window, ', { output: 'activation-rate' as const }, ' of the list activated.'];
    if (reached.value === 0) return [['None of these ', { value: all, unit: 'count' }, all === 1 ? ' customer has' : ' customers have', ' reached first value yet, so there is no time to measure.'], window];
    const flagged = 'value' in outliers ? outliers.value : 0;
    return [
      [
        { output: 'reached' }, ' of ', { value: all, unit: 'count' }, all === 1 ? ' customer' : ' customers', ' reached first value',
        ...(waiting.value ? ['; ', { output: 'not-reached' as const }, waiting.value === 1 ? ' has not yet.' : ' have not yet.'] : ['.']),
      ],
      [
        'Those who got there took a median of ', { output: 'median' }, ' days and a mean of ', { output: 'mean' },
        ...(!('value' in gap) || gap.value === 0
          ? [' days: the two agree.']
          : [' days, so the mean sits ', { value: Math.abs(gap.value), unit: 'number' as const, decimals: 1 }, ` days ${gap.value > 0 ? 'above' : 'below'} the median.`]),
      ],
      ...(flagged ? [[{ output: 'outliers' as const }, flagged === 1 ? ' customer is flagged as an outlier: report the median.' : ' customers are flagged as outliers: report the median.']] : []),
      window,
    ];
  },
});
