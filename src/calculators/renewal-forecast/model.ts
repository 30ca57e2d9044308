import { defineCalculator, num, str, unavailable, value, type Field, type Note, type OutputSpec, type Sentence } from '../contract';
import { parseNumber } from '../inputs';
import { cellNumber, layoutNotes, listLength, numberedRows, rowProblemNotes, type RowProblem } from '../list-rows';

/** The four categories, with the book's example amounts (worked examples A and B) and the default probabilities. */
const CATEGORIES = [
  ['committed', 'Committed', 5_000_000, 95, 4_250_000],
  ['likely', 'Likely', 3_000_000, 80, 2_550_000],
  ['at-risk', 'At risk', 1_500_000, 50, 600_000],
  ['critical', 'Critical', 500_000, 20, 50_000],
] as const;
type Category = (typeof CATEGORIES)[number][0];

// The book's proposed link to the health score (the source gives none): green → committed or likely,
// yellow → at risk, red → critical.
const EXPECTED: Record<string, readonly Category[]> = { green: ['committed', 'likely'], yellow: ['at-risk'], red: ['critical'] };
const YES = /^(y|yes|true|1|renewed)$/i;
const NO = /^(n|no|false|0|churned|lost)$/i;

const money = <Id extends string>(id: Id, label: string, d: number) => ({ kind: 'number', id, label, unit: 'currency', default: d, min: 0, max: 1e12 }) as const;

interface Bucket {
  due: number;
  /** ARR and renewals of the part whose outcome is known; renewed is null when nothing is known. */
  known: number;
  renewed: number | null;
  accounts: number;
}

const categoryOf = (text: string) => CATEGORIES.find(([id]) => id.replace('-', '') === text.toLowerCase().replace(/[\s_-]/g, ''))?.[0];

function fromList(text: string, notes: Note[]): Record<Category, Bucket> | string {
  const buckets = Object.fromEntries(CATEGORIES.map(([id]) => [id, { due: 0, known: 0, renewed: null, accounts: 0 }])) as Record<Category, Bucket>;
  const rows = numberedRows(text);
  for (const text of layoutNotes(rows)) notes.push({ level: 'warning', text });
  // A header names its columns: its ARR cell is no amount and its category cell no category.
  const first = rows[0]?.cells;
  const start = first?.[1] && cellNumber(first[1]) === undefined && !categoryOf(first[2] ?? '') ? 1 : 0;
  const mismatched: string[] = [];
  const bad: RowProblem[] = [];
  let good = 0;
  rows.slice(start).forEach(({ row, cells }) => {
    const [name = '', arrText = '', catText = '', outcome = '', health = '', reason = ''] = cells;
    const arr = parseNumber(arrText);
    const cat = categoryOf(catText);
    const shade = health.toLowerCase().replace('amber', 'yellow');
    const problem =
      arr === undefined || arr < 0 ? 'ARR must be an amount of zero or more'
      : !cat ? 'the category must be committed, likely, at risk or critical'
      : outcome && !YES.test(outcome) && !NO.test(outcome) ? 'renewed must be yes, no or blank'
      : shade && !EXPECTED[shade] ? 'health must be green, yellow, red or blank'
      : '';
    if (problem) return bad.push({ row, problem: `${problem}; the row was left out` });
    const b = buckets[cat!];
    good++;
    b.due += arr!;
    b.accounts++;
    if (outcome) {
      b.known += arr!;
      b.renewed = (b.renewed ?? 0) + (YES.test(outcome) ? arr! : 0);
    }
    if (shade && !EXPECTED[shade]!.includes(cat!) && !reason) mismatched.push(`${name || `row ${row}`} (${shade}, ${cat!.replace('-', ' ')})`);
  });
  for (const text of rowProblemNotes(bad)) notes.push({ level: 'warning', text });
  if (!good) return 'No usable rows in the account list: each row needs an account, an ARR amount and a category.';
  if (mismatched.length)
    notes.push({
      level: 'warning',
      text: `Health and category disagree, with no reason written down: ${mismatched.slice(0, 8).join('; ')}${mismatched.length > 8 ? `; and ${mismatched.length - 8} more` : ''}. Record why in the reason column, or move the account.`,
    });
  return buckets;
}

const OUTPUTS: OutputSpec[] = [
  { id: 'total', label: 'ARR due for renewal', unit: 'currency' },
  { id: 'forecast', label: 'Weighted forecast', unit: 'currency' },
  { id: 'forecast-share', label: 'Forecast as a share of ARR due', unit: 'percent' },
  { id: 'expected-loss', label: 'Expected non-renewal', unit: 'currency' },
  { id: 'at-risk-arr', label: 'ARR in at-risk and critical', unit: 'currency' },
  { id: 'best', label: 'Best case (every account renews)', unit: 'currency' },
  { id: 'worst', label: 'Worst case (only committed renews, at its probability)', unit: 'currency' },
  { id: 'actual', label: 'Actually renewed', unit: 'currency' },
  { id: 'error', label: 'Forecast minus actual', unit: 'currency' },
  { id: 'error-share', label: 'Miss as a share of the forecast', unit: 'percent' },
];

export default defineCalculator({
  id: 'renewal-forecast',
  title: 'Renewal forecast and calibration',
  fields: [
    ...CATEGORIES.map(([id, name, due]) => money(id, `${name} ARR due`, due)),
    ...CATEGORIES.map(([id, name, , p]) => ({
      kind: 'number' as const,
      id: `${id}-probability` as const,
      label: `${name} probability`,
      unit: 'percent' as const,
      default: p,
      min: 0,
      max: 100,
      optional: true as const,
      hint: `Chance of renewal; blank uses ${p}%.`,
    })),
    ...CATEGORIES.map(([id, name, , , renewed]) => ({
      ...money(`${id}-renewed` as const, `${name} ARR actually renewed`, renewed),
      optional: true as const,
      hint: 'Once the period closes; blank if not yet known.',
    })),
    {
      kind: 'text',
      id: 'accounts',
      label: 'Account list (optional)',
      default: '',
      // Wider rows than the other lists: health and a written reason follow the category.
      maxLength: listLength(160),
      rows: 6,
      csv: true,
      hint: 'One row per account: account, ARR, category, renewed (yes, no or blank), then health and a reason if you have them. When filled, it replaces the amounts above.',
    },
  ],
  outputs: OUTPUTS,
  crossCheck(inputs): Record<string, string> {
    const errors: Record<string, string> = {};
    if (str(inputs, 'accounts').trim()) return errors;
    for (const [id, name] of CATEGORIES) {
      const renewed = inputs[`${id}-renewed`] as number | null;
      if (renewed !== null && renewed > num(inputs, id))
        errors[`${id}-renewed`] = `${name} ARR renewed cannot exceed the ARR that was due: take expansion out and count it separately.`;
    }
    return errors;
  },
  // Only outputs this result computes are cited; every judging word follows the figures.
  reading(_inputs, r) {
    const amount = (id: string) => {
      const v = r.outputs[id];
      return v && 'value' in v && typeof v.value === 'number' ? v.value : undefined;
    };
    const [total, forecast, atRisk, actual, miss] = ['total', 'forecast', 'at-risk-arr', 'actual', 'error'].map(amount);
    if (total === undefined || forecast === undefined || atRisk === undefined) return [];
    if (!total) return [['Nothing is due for renewal on these figures, so there is no forecast to weigh.']];
    const sentences: Sentence[] = [
      ['On these figures the forecast is ', { output: 'forecast' }, ', or ', { output: 'forecast-share' }, ' of the ', { output: 'total' }, ' due, leaving ', { output: 'expected-loss' }, ' expected not to renew.'],
      atRisk
        ? ['The at-risk and critical categories hold ', { output: 'at-risk-arr' }, ', ', { value: (atRisk / total) * 100, unit: 'percent', decimals: 1 }, ' of what is due.']
        : ['Nothing due sits in the at-risk or critical categories.'],
    ];
    if (actual !== undefined && miss !== undefined)
      sentences.push(['Of the categories with an outcome, ', { output: 'actual' }, ' renewed', ...(miss ? [': the forecast for them was ', { value: Math.abs(miss), unit: 'currency' as const }, miss > 0 ? ' too high.' : ' too low.'] : [', exactly as forecast.'])]);
    return sentences;
  },
  compute(inputs) {
    const notes: Note[] = [];
    const listed = str(inputs, 'accounts').trim() ? fromList(str(inputs, 'accounts'), notes) : null;
    if (typeof listed === 'string') {
      const outputs = Object.fromEntries(OUTPUTS.map((o) => [o.id, unavailable(listed)]));
      return { outputs, notes };
    }
    if (listed) notes.push({ level: 'info', text: 'Amounts come from the account list; the ARR and renewed fields above are not used.' });

    const blanks: string[] = [];
    const rows = CATEGORIES.map(([id, name, , p]) => {
      const given = inputs[`${id}-probability`] as number | null;
      if (given === null) blanks.push(`${name.toLowerCase()} (${p}%)`);
      const renewed = inputs[`${id}-renewed`] as number | null;
      const b: Bucket = listed?.[id] ?? { due: num(inputs, id), known: num(inputs, id), renewed, accounts: 0 };
      return { id, name, p: given ?? p, ...b };
    });
    if (blanks.length) notes.push({ level: 'info', text: `No probability given, so the default applies: ${blanks.join(', ')}.` });
    if (rows.some((r, i) => i > 0 && r.p > rows[i - 1]!.p))
      notes.push({ level: 'warning', text: 'The probabilities are not in descending order: a weaker category should never be more likely to renew than a stronger one.' });

    const total = rows.reduce((a, r) => a + r.due, 0);
    const forecast = rows.reduce((a, r) => a + (r.due * r.p) / 100, 0);
    const worst = (rows[0]!.due * rows[0]!.p) / 100;
    const calibrated = rows.filter((r) => r.renewed !== null);
    const due = calibrated.reduce((a, r) => a + (r.known * r.p) / 100, 0);
    const actual = calibrated.reduce((a, r) => a + r.renewed!, 0);

    if (!total) notes.push({ level: 'info', text: 'Nothing is due for renewal, so there is no forecast share.' });
    if (calibrated.length && calibrated.length < 4)
      notes.push({ level: 'info', text: `Calibration covers ${calibrated.map((r) => r.name.toLowerCase()).join(', ')} only: the other categories have no outcome yet.` });
    const small = listed ? calibrated.filter((r) => r.accounts < 5).map((r) => r.name.toLowerCase()) : [];
    if (small.length) notes.push({ level: 'info', text: `Fewer than five accounts in ${small.join(', ')}: one renewal moves the rate a lot, so adjust those probabilities with care.` });
    const checked = rows.map((r) => ({ r, rate: r.renewed !== null && r.known ? (r.renewed / r.known) * 100 : null }));
    const noOutcome = 'No renewal outcomes entered yet: fill in what renewed once the period closes.';
    return {
      outputs: {
        total: value(total),
        forecast: value(forecast),
        'forecast-share': total ? value((forecast / total) * 100) : unavailable('Nothing is due for renewal in this period.'),
        'expected-loss': value(total - forecast),
        'at-risk-arr': value(rows[2]!.due + rows[3]!.due),
        best: value(total),
        worst: value(worst),
        actual: calibrated.length ? value(actual) : unavailable(noOutcome),
        error: calibrated.length ? value(due - actual) : unavailable(noOutcome),
        'error-share': !calibrated.length ? unavailable(noOutcome) : due ? value(((due - actual) / due) * 100) : unavailable('The calibrated categories had no forecast value to compare with.'),
      },
      notes,
      tables: [
        {
          id: 'calibration',
          caption: 'Calibration in money: each category’s forecast against what renewed (only accounts with an outcome count as due)',
          columns: [
            { id: 'category', label: 'Category', unit: 'text' },
            { id: 'due', label: 'Due', unit: 'currency' },
            { id: 'forecast', label: 'Forecast', unit: 'currency' },
            { id: 'renewed', label: 'Renewed', unit: 'currency' },
            { id: 'difference', label: 'Forecast minus renewed', unit: 'currency' },
          ],
          rows: checked.map(({ r }) => ({
            category: r.name,
            due: r.known,
            forecast: (r.known * r.p) / 100,
            renewed: r.renewed ?? '',
            difference: r.renewed === null ? '' : (r.known * r.p) / 100 - r.renewed,
          })),
        },
        {
          id: 'rates',
          caption: 'Calibration in rates: the actual rate is the suggested probability for next time',
          columns: [
            { id: 'category', label: 'Category', unit: 'text' },
            { id: 'probability', label: 'Assumed probability', unit: 'percent' },
            { id: 'rate', label: 'Actual rate', unit: 'percent' },
            { id: 'miss', label: 'Miss in points', unit: 'number' },
          ],
          rows: checked.map(({ r, rate }) => ({
            category: r.name,
            probability: r.p,
            rate: rate ?? '',
            miss: rate === null ? '' : Math.round((rate - r.p) * 100) / 100,
          })),
        },
      ],
    };
  },
});
