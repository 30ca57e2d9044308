import { defineCalculator, keyword, num, str, unavailable, value, type Note } from '../contract';
import { parseNumber } from '../inputs';
import { figure, noun } from '../reading-words';

/**
 * The chapter's illustration: four yearly cohorts of equal size. The oldest keeps 95% of its
 * revenue through its first year and the newest only 85%, so the first-year figure across all
 * four averages 90% while each new cohort does worse than the one before.
 */
const EXAMPLE = ['Cohort,Starting ARR,Year 1,Year 2,Year 3', '2021,2000000,95,90,86', '2022,2000000,92,85,79', '2023,2000000,88,80', '2024,2000000,85'].join('\n');

/** A shortfall has to beat the tolerance by more than binary noise to count. */
const SLACK = 1e-6;

export interface Cohort {
  label: string;
  start: number;
  /** Share of starting revenue still kept at the end of each period since acquisition, in percent. */
  kept: number[];
}

export interface Cohorts {
  cohorts: Cohort[];
  /** Names of the periods since acquisition, from the header row or numbered. */
  periods: string[];
  notes: Note[];
}

const cellNumber = (cell: string) => (cell ? parseNumber(cell) : undefined);

/**
 * The cells of one pasted line. A cohort table is small and regular, so this reads spreadsheet
 * pastes (tabs) and CSV (commas or semicolons, quoted cells such as "2,000,000") without the
 * general list reader, whose CSV module would take this calculator over its script budget.
 */
function cellsOf(line: string, delimiter: string): string[] {
  const cells = [''];
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === delimiter && !quoted) cells.push('');
    else cells[cells.length - 1] += ch;
  }
  return cells;
}

/** Reads a pasted cohort table: one row per cohort, oldest first, then its starting revenue and its retention by period. */
export function parseCohorts(text: string): Cohorts {
  const notes: Note[] = [];
  const cohorts: Cohort[] = [];
  let header: string[] | undefined;
  const skip = (row: number, why: string) => notes.push({ level: 'warning', text: `Row ${row}: ${why}; the row was left out.` });
  const lines = text.split(/\r\n|\r|\n/);
  const first = lines.find((l) => l.trim()) ?? '';
  const delimiter = text.includes('\t') ? '\t' : first.split(';').length > first.split(',').length ? ';' : ',';
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    const row = i + 1;
    const [name = '', startCell = '', ...rest] = cellsOf(line, delimiter).map((c) => c.trim());
    if (!header && !cohorts.length && [startCell, ...rest].every((c) => cellNumber(c) === undefined)) {
      header = rest;
      continue;
    }
    if (!name && !startCell && rest.every((c) => !c)) continue;
    const start = cellNumber(startCell);
    if (!start || start < 0 || start >= 1e13) {
      skip(row, 'the starting revenue must be a number above zero');
      continue;
    }
    while (rest.length && !rest[rest.length - 1]) rest.pop();
    const kept = rest.map((c) => cellNumber(c));
    const gap = kept.findIndex((v) => v === undefined);
    if (gap >= 0) {
      skip(row, rest[gap] ? `“${rest[gap]!.slice(0, 20)}” in period ${gap + 1} is not a percentage` : `period ${gap + 1} is blank with later periods filled`);
      continue;
    }
    if (kept.some((v) => v! < 0 || v! > 100)) {
      skip(row, 'gross retention must be between 0% and 100%');
      continue;
    }
    const values = kept as number[];
    const rise = values.findIndex((v, i) => i > 0 && v > values[i - 1]!);
    if (rise > 0)
      notes.push({ level: 'warning', text: `Row ${row}: retention rises in period ${rise + 1}, which gross retention cannot do: check the figures.` });
    const label = name || `Row ${row}`;
    cohorts.push({ label: cohorts.some((c) => c.label === label) ? `${label} (row ${row})` : label, start, kept: values });
  }
  const longest = Math.max(0, ...cohorts.map((c) => c.kept.length));
  const periods = Array.from({ length: longest }, (_, i) => header?.[i] || `Period ${i + 1}`);
  return { cohorts, periods, notes };
}

/** Revenue-weighted average of the cohorts that have a figure at this age. */
function average(cohorts: Cohort[], age: number): number | undefined {
  const withAge = cohorts.filter((c) => c.kept.length > age);
  const weight = withAge.reduce((s, c) => s + c.start, 0);
  return weight ? withAge.reduce((s, c) => s + c.start * c.kept[age]!, 0) / weight : undefined;
}

/** The widest amount by which a cohort runs below the cohorts older than it, at the same age. */
function worstShortfall(cohorts: Cohort[]): { points: number; cohort: string; age: number } | undefined {
  let worst: { points: number; cohort: string; age: number } | undefined;
  cohorts.forEach((c, i) =>
    c.kept.forEach((kept, age) => {
      const older = average(cohorts.slice(0, i), age);
      if (older !== undefined && (!worst || older - kept > worst.points)) worst = { points: older - kept, cohort: c.label, age };
    }),
  );
  return worst;
}

export default defineCalculator({
  id: 'cohort-retention',
  title: 'Cohort retention curves',
  fields: [
    {
      kind: 'text',
      id: 'cohorts',
      label: 'Cohort table',
      default: EXAMPLE,
      maxLength: 6000,
      rows: 6,
      csv: true,
      hint: 'One row per cohort, oldest first: its name, its starting ARR, then its gross retention (%) at the end of each period since it joined.',
    },
    { kind: 'number', id: 'tolerance', label: 'Shortfall that counts as falling behind (points)', hint: 'This book’s choice, not a benchmark.', unit: 'number', default: 3, min: 0, max: 100 },
  ],
  outputs: [
    { id: 'cohorts', label: 'Cohorts read', unit: 'count' },
    { id: 'oldest-first', label: 'Oldest cohort, first period', unit: 'percent' },
    { id: 'newest-first', label: 'Newest cohort, first period', unit: 'percent' },
    { id: 'first-period', label: 'All cohorts, first period (ARR-weighted)', unit: 'percent' },
    { id: 'shortfall', label: 'Widest shortfall behind older cohorts (points)', unit: 'number', decimals: 2 },
    { id: 'verdict', label: 'Reading', unit: 'keyword' },
  ],
  compute(inputs) {
    const { cohorts, notes } = parseCohorts(str(inputs, 'cohorts'));
    const started = cohorts.filter((c) => c.kept.length > 0);
    const none = unavailable('Paste at least one cohort with its starting ARR and a first period of retention.');
    const worst = worstShortfall(cohorts);
    const tolerance = num(inputs, 'tolerance');
    const behind = !!worst && worst.points > tolerance + SLACK;
    return {
      outputs: {
        cohorts: value(cohorts.length),
        'oldest-first': started.length ? value(started[0]!.kept[0]!) : none,
        'newest-first': started.length ? value(started[started.length - 1]!.kept[0]!) : none,
        'first-period': started.length ? value(average(started, 0)!) : none,
        shortfall: worst ? value(Math.max(0, worst.points)) : unavailable('Two cohorts need a period in common before they can be compared.'),
        verdict: !worst
          ? keyword('unknown', 'Not enough cohorts to compare')
          : behind
            ? keyword('behind', 'A newer cohort is falling behind')
            : keyword('keeping-pace', 'Newer cohorts keep pace with older ones'),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { cohorts, periods } = parseCohorts(inputs.cohorts);
    const started = cohorts.filter((c) => c.kept.length > 0);
    const worst = worstShortfall(cohorts);
    const verdict = r.outputs.verdict;
    if (!started.length || !('value' in verdict)) return [];
    const [oldest, newest] = [started[0]!, started[started.length - 1]!];
    // Within binary noise of the tolerance and not counted as behind: show the tolerance itself.
    const shortfall = worst && verdict.value !== 'behind' ? Math.min(worst.points, inputs.tolerance) : (worst?.points ?? 0);
    const tolerance = { value: inputs.tolerance, unit: 'number' as const };
    const gap = figure(shortfall, 'number', 1, inputs.tolerance);
    return [
      started.length === 1
        ? ['The one cohort, ', oldest.label, ', kept ', { output: 'oldest-first' }, ' of its starting revenue in its first period.']
        : ['Weighted by starting revenue, the cohorts kept ', { output: 'first-period' }, ' of their revenue in their first period: the oldest, ', oldest.label, ', kept ', { output: 'oldest-first' }, ' and the newest, ', newest.label, ', ', { output: 'newest-first' }, '.'],
      !worst
        ? ['List at least two cohorts with a period in common to compare them at the same age.']
        : verdict.value === 'behind'
          ? [worst.cohort, ' runs ', gap, noun(gap, ' point', ' points'), ' below the cohorts before it at ', periods[worst.age]!.toLowerCase(), ', more than the ', tolerance, noun(tolerance, ' point', ' points'), ' allowed before a cohort counts as falling behind. Ask what changed in onboarding, adoption or the customers being signed.']
          : worst.points > 0
            ? ['No cohort runs more than ', tolerance, noun(tolerance, ' point', ' points'), ' below the cohorts before it at the same age; the widest shortfall is ', gap, noun(gap, ' point', ' points'), ', at ', periods[worst.age]!.toLowerCase(), '.']
            : ['Every cohort retains at least as well as the cohorts before it at the same age.'],
    ];
  },
});
