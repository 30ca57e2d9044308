import { defineCalculator, keyword, str, unavailable, value } from '../contract';
import { parseNumber } from '../inputs';

const cellNumber = (cell: string | undefined) => (cell ? parseNumber(cell) : undefined);

const SYMPTOMS = [
  ['results-differ', 'Results differ noticeably from one CSM to the next'],
  ['leader-behind', 'The leader is behind on managing the team'],
  ['experience-depends', 'How onboarding or a renewal goes depends on which CSM the customer drew'],
] as const;

const ACTIONS = {
  'act-now': 'Act now: shared playbooks and the first specialism, usually onboarding',
  prepare: 'Prepare: write shared playbooks and plan the first specialism',
  watch: 'Keep watching: no symptom yet',
};

export interface Rate {
  row: number;
  name: string;
  rate: number;
}

/**
 * Reads renewal rates pasted one CSM a row ("Asha, 94%", "Asha 94") or all on one row
 * ("94, 88, 81"). Blank rows are skipped, and a first row without a number is a header.
 * A plain split is enough for a list of names and rates, and keeps the CSV reader (with
 * its quoting rules) off the chapter page, which carries four calculators.
 */
export function readRates(text: string): { rates: Rate[]; problem?: string } {
  const rates: Rate[] = [];
  let first = true;
  for (const [i, line] of text.split(/\r\n|\r|\n/).entries()) {
    const row = i + 1;
    const trimmed = line.split(/[\t,;]/).map((c) => c.trim());
    const filled = trimmed.filter(Boolean);
    if (!filled.length) continue;
    const header = first && !/\d/.test(filled.join(''));
    first = false;
    const numbers = filled.map(cellNumber);
    let found: { name: string; rate: number | undefined }[];
    if (numbers.every((x) => x !== undefined)) found = numbers.map((rate, k) => ({ name: filled.length > 1 ? `Row ${row}, entry ${k + 1}` : `Row ${row}`, rate }));
    else if (trimmed.length > 1) {
      // "Asha," with the rate left blank: a CSM without a figure, skipped like a blank row.
      if (!trimmed.at(-1)) continue;
      found = [{ name: trimmed.slice(0, -1).join(' '), rate: cellNumber(trimmed.at(-1)) }];
    } else {
      const tail = filled[0]!.match(/^(.*?)[\s:]+([-+]?[\d.]+\s*%?)$/);
      found = [{ name: tail?.[1] ?? filled[0]!, rate: cellNumber(tail?.[2]) }];
    }
    for (const f of found) {
      if (f.rate === undefined) {
        if (header) break;
        return { rates, problem: `Row ${row}: “${filled.join(', ').slice(0, 30)}” has no renewal rate. Enter one rate per CSM, such as “Asha, 94”.` };
      }
      if (f.rate < 0 || f.rate > 100) return { rates, problem: `Row ${row}: ${f.rate} is not a renewal rate. Enter a percentage from 0 to 100.` };
      rates.push({ row, name: f.name, rate: f.rate });
    }
  }
  return { rates };
}

const answers = [
  { value: 'no', label: 'No' },
  { value: 'partly', label: 'Partly' },
  { value: 'yes', label: 'Yes' },
] as const;

export default defineCalculator({
  id: 'first-transition-symptoms',
  title: 'First-transition symptom check',
  fields: [
    ...SYMPTOMS.map(([id, label]) => ({ kind: 'choice' as const, id, label, default: 'yes', options: answers })),
    {
      kind: 'text',
      id: 'rates',
      label: 'Renewal rate by CSM (optional)',
      hint: 'One CSM a row: a name and last year’s renewal rate in percent. Leave it empty to skip the spread.',
      default: 'CSM 1, 94\nCSM 2, 88\nCSM 3, 81\nCSM 4, 90\nCSM 5, 72',
      maxLength: 5000,
      rows: 5,
    },
  ],
  outputs: [
    { id: 'symptoms', label: 'Symptoms present, out of 3', unit: 'score', decimals: 0 },
    { id: 'action', label: 'What to do', unit: 'keyword' },
    { id: 'mean', label: 'Average renewal rate', unit: 'percent', decimals: 2 },
    { id: 'range', label: 'Best minus worst, points', unit: 'number', decimals: 2 },
    { id: 'best-gap', label: 'Best minus average, points', unit: 'number', decimals: 2 },
    { id: 'sd', label: 'Standard deviation, points', unit: 'number', decimals: 2 },
  ],
  crossCheck(inputs) {
    const { problem } = readRates(inputs.rates);
    return problem ? { rates: problem } : {};
  },
  compute(inputs) {
    const said = SYMPTOMS.map(([id]) => str(inputs, id));
    const yes = said.filter((a) => a === 'yes').length;
    const partly = said.filter((a) => a === 'partly').length;
    const action = yes >= 2 ? 'act-now' : yes || partly ? 'prepare' : 'watch';
    const { rates } = readRates(inputs.rates);
    const values = rates.map((r) => r.rate);
    const count = values.length;
    const mean = count ? values.reduce((a, b) => a + b, 0) / count : NaN;
    const best = Math.max(...values);
    const spread = count >= 2;
    const few = unavailable(count ? 'The spread needs renewal rates for at least two CSMs.' : 'No renewal rates entered.');
    return {
      outputs: {
        symptoms: value(yes),
        action: keyword(action, ACTIONS[action]),
        mean: count ? value(mean) : unavailable('No renewal rates entered.'),
        range: spread ? value(best - Math.min(...values)) : few,
        'best-gap': spread ? value(best - mean) : few,
        sd: spread ? value(Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / count)) : few,
      },
      notes: partly ? [{ level: 'info', text: `${partly} symptom${partly === 1 ? ' is' : 's are'} partly present: ${partly === 1 ? 'it is' : 'they are'} not counted, but ${partly === 1 ? 'it is' : 'they are'} worth watching.` }] : [],
    };
  },
  reading(inputs, r) {
    const { rates } = readRates(inputs.rates);
    const values = rates.map((x) => x.rate);
    const { symptoms } = r.outputs;
    const present = 'value' in symptoms ? symptoms.value : 0;
    return [
      [present === 0 ? 'None of the three symptoms is present, so ' : present === 3 ? 'All three symptoms are present, so ' : `${present} of the three symptoms ${present === 1 ? 'is' : 'are'} present, so `, { output: 'action' }, '.'],
      ...(values.length >= 2
        ? [
            [
              `Across ${values.length} CSMs, renewal rates run from `, { value: Math.min(...values), unit: 'percent' as const }, ' to ', { value: Math.max(...values), unit: 'percent' as const },
              ': the best renews ', { output: 'best-gap' as const }, ' points above the average of ', { output: 'mean' as const }, ', and the gap from best to worst is ', { output: 'range' as const }, ' points.',
            ],
          ]
        : []),
    ];
  },
});
