import { defineCalculator, keyword, num, unavailable, value, type Inputs, type Note, type Sentence } from '../contract';
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
    // A goal, not a fact about the year, so it belongs to no group and fills from no profile figure.
    { kind: 'number', id: 'target', label: 'Target NRR', hint: 'Optional.', unit: 'percent', default: 125, min: 0, max: 500, optional: true },
  ],
  outputs: [
    { id: 'nrr', label: 'Net revenue retention', unit: 'percent' },
    { id: 'grr', label: 'Gross revenue retention', unit: 'percent' },
    { id: 'nrr-tier', label: 'NRR benchmark', unit: 'keyword' },
    { id: 'grr-tier', label: 'GRR benchmark', unit: 'keyword' },
    { id: 'ending', label: 'Ending ARR from these customers', unit: 'currency' },
    { id: 'expansion-needed', label: 'Expansion needed for the target', unit: 'currency' },
    { id: 'expansion-needed-pct', label: 'Expansion needed, as a share of starting ARR', unit: 'percent' },
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
    const need = needed(inputs.target ?? null, start, kept);
    if (need.none) notes.push({ level: 'info', text: 'No expansion needed: gross retention already meets the target.' });
    return {
      outputs: {
        nrr: value((ending / start) * 100),
        grr: value((kept / start) * 100),
        'nrr-tier': tierOutput(nrrTier),
        'grr-tier': tierOutput(grrTier),
        ending: value(ending),
        'expansion-needed': need.amount,
        'expansion-needed-pct': need.pct,
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
    const need = r.outputs['expansion-needed'];
    const gap = 'value' in need ? need.value - blankIsZero(inputs, 'expansion') : 0;
    const toTarget: Sentence<'expansion-needed'>[] =
      !('value' in need) || inputs.target === null
        ? []
        : need.value === 0
          ? [['Gross retention alone meets the target, so it needs no expansion.']]
          : [['The target takes ', { output: 'expansion-needed' }, ' of expansion: ', ...(gap > 1e-9 * need.value ? ([{ value: gap, unit: 'currency' }, ' more than this base added.'] as const) : (['no more than this base added.'] as const))]];
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
      ...toTarget,
    ];
  },
});

/**
 * Expansion that lifts NRR from GRR to the target: (target − GRR) × start. Worked as
 * target × start − kept × 100 so 125% against 89% gives exactly 36, and zero (with a note)
 * when gross retention already meets the target.
 */
function needed(target: number | null, start: number, kept: number) {
  if (target === null) {
    const skip = unavailable('Enter a target NRR to see how much expansion it takes.');
    return { amount: skip, pct: skip, none: false };
  }
  const gap = target * start - kept * 100;
  if (gap <= 1e-9 * start * 100) return { amount: value(0), pct: value(0), none: true };
  return { amount: value(gap / 100), pct: value(gap / start), none: false };
}
