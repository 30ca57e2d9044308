import { defineCalculator, keyword, num, value, type Inputs, type Note } from '../contract';
import { figure, noun, sameMoney } from '../reading-words';

const TIERS = [
  ['best-in-class', 'Best in class'],
  ['strong', 'Strong'],
  ['acceptable', 'Acceptable'],
  ['warning', 'Warning'],
] as const;

// Compares kept × 100 with bound × start instead of a rounded percentage, so exactly 120% is
// "strong" and not "best in class"; the tolerance only absorbs binary noise in decimal amounts.
const tier = (kept: number, start: number, [best, strong, ok]: number[]) => {
  const above = (bound: number) => kept * 100 - bound * start;
  const eps = 1e-9 * start;
  return above(best) > eps ? 0 : above(strong) >= -eps ? 1 : above(ok) >= -eps ? 2 : 3;
};
const tierOutput = (i: number) => keyword(TIERS[i]![0], TIERS[i]![1]);

const amount = <Id extends string>(id: Id, label: string, d: number) => ({ kind: 'number', id, label, unit: 'currency', default: d, min: 0, optional: true }) as const;

const blankIsZero = (inputs: Inputs, id: string) => (inputs[id] as number | null) ?? 0;

export default defineCalculator({
  id: 'retention',
  title: 'Net and gross revenue retention',
  scenarios: true,
  fields: [
    { ...amount('start', 'Starting ARR', 100_000_000), optional: false, minExclusive: true, profile: 'start-arr', group: 'year' },
    { ...amount('expansion', 'Expansion', 31_000_000), profile: 'expansion', group: 'year' },
    { ...amount('contraction', 'Contraction', 3_000_000), profile: 'contraction', group: 'year' },
    { ...amount('churn', 'Churned ARR', 8_000_000), profile: 'churned', group: 'year' },
  ],
  outputs: [
    { id: 'nrr', label: 'Net revenue retention', unit: 'percent' },
    { id: 'grr', label: 'Gross revenue retention', unit: 'percent' },
    { id: 'nrr-tier', label: 'NRR benchmark', unit: 'keyword' },
    { id: 'grr-tier', label: 'GRR benchmark', unit: 'keyword' },
    { id: 'ending', label: 'Ending ARR from these customers', unit: 'currency' },
  ],
  crossCheck(inputs): Record<string, string> {
    const start = inputs.start as number;
    const lost = blankIsZero(inputs, 'contraction') + blankIsZero(inputs, 'churn');
    return lost - start > 1e-9 * start
      ? { churn: 'Churn and contraction together cannot exceed the starting ARR: a base cannot lose more than it had.' }
      : {};
  },
  compute(inputs) {
    const start = num(inputs, 'start');
    const blank = (['expansion', 'contraction', 'churn'] as const).filter((id) => inputs[id] === null);
    const kept = start - blankIsZero(inputs, 'contraction') - blankIsZero(inputs, 'churn');
    const ending = kept + blankIsZero(inputs, 'expansion');
    const nrrTier = tier(ending, start, [120, 110, 100]);
    const grrTier = tier(kept, start, [95, 90, 85]);
    const notes: Note[] = [];
    if (blank.length) notes.push({ level: 'info', text: `Left blank and counted as zero: ${blank.join(', ')}.` });
    if (nrrTier < 2 && grrTier === 3)
      notes.push({
        level: 'warning',
        text: 'Expansion is hiding a leak: net retention looks strong, but too many customers are leaving outright, and churn will catch up with the growth.',
      });
    return {
      outputs: {
        nrr: value((ending / start) * 100),
        grr: value((kept / start) * 100),
        'nrr-tier': tierOutput(nrrTier),
        'grr-tier': tierOutput(grrTier),
        ending: value(ending),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { nrr, grr } = r.outputs;
    if (!('value' in nrr) || !('value' in grr)) return [];
    const grown = r.outputs.ending;
    const change = 'value' in grown && !sameMoney(grown.value, inputs.start) ? grown.value - inputs.start : 0;
    const added = nrr.value - grr.value;
    return [
      ['This base kept ', { output: 'grr' }, ' of its starting revenue before any expansion and finished the period at ', { output: 'nrr' }, ' with it.'],
      ['On the book’s bands, gross retention sits in the ', { output: 'grr-tier' }, ' band and net retention in the ', { output: 'nrr-tier' }, ' band.'],
      added > 0
        ? ['Expansion added ', figure(added, 'number', 1), noun(figure(added, 'number', 1), ' percentage point.', ' percentage points.')]
        : ['Expansion added nothing, so net and gross retention are the same.'],
      change > 0
        ? ['The base grew by ', { value: change, unit: 'currency' }, ' before a single new customer signed.']
        : change < 0
          ? ['The base shrank by ', { value: -change, unit: 'currency' }, ', which new customers must replace before the company grows at all.']
          : ['The base ended exactly where it started.'],
    ];
  },
});
