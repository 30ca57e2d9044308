import { defineCalculator, keyword, num, unavailable, value, type NumberValue, type Unavailable } from '../contract';

const SCORES = [
  ['ai', 'AI score', [50, 15, 450, 9]],
  ['rule', 'Rule score', [60, 12, 440, 12]],
] as const;
type Score = (typeof SCORES)[number][0];

const count = <Id extends string>(id: Id, label: string, d: number) => ({ kind: 'number', id, label, unit: 'count', default: d, min: 0, max: 1e7, integer: true }) as const;

const fields = SCORES.flatMap(([id, name, d]) => [
  count(`${id}-flagged`, `${name}: customers flagged at risk`, d[0]),
  count(`${id}-flagged-churned`, `${name}: flagged customers who churned`, d[1]),
  count(`${id}-clear`, `${name}: customers not flagged`, d[2]),
  count(`${id}-clear-churned`, `${name}: unflagged customers who churned`, d[3]),
]);

interface Record4 {
  flagged: number;
  flaggedChurned: number;
  clear: number;
  clearChurned: number;
}

/** Churn rate of each group, lift (flagged rate ÷ unflagged rate) and the share of all churners the flag caught. */
export function record(r: Record4): { flaggedRate: NumberValue | Unavailable; clearRate: NumberValue | Unavailable; lift: NumberValue | Unavailable; caught: NumberValue | Unavailable } {
  const churners = r.flaggedChurned + r.clearChurned;
  return {
    flaggedRate: r.flagged ? value((r.flaggedChurned * 100) / r.flagged) : unavailable('Nobody was flagged, so the flagged group has no churn rate.'),
    clearRate: r.clear ? value((r.clearChurned * 100) / r.clear) : unavailable('Everybody was flagged, so there is no unflagged group to compare.'),
    // Lift as a ratio of products (a × u ÷ (f × c)), so no rounded rate divides another.
    lift:
      !r.flagged || !r.clear ? unavailable('Lift needs both a flagged and an unflagged group.')
      : !r.clearChurned ? unavailable('Nobody unflagged churned, so lift has no finite value: compare the two rates instead.')
      : value((r.flaggedChurned * r.clear) / (r.flagged * r.clearChurned)),
    caught: churners ? value((r.flaggedChurned * 100) / churners) : unavailable('Nobody churned, so there were no churners to catch.'),
  };
}

export default defineCalculator({
  id: 'ai-vs-rule-backtest',
  title: 'AI score against rule score: a back-test',
  fields,
  outputs: [
    { id: 'ai-flagged-rate', label: 'AI score: churn rate of the flagged', unit: 'percent', decimals: 2 },
    { id: 'ai-clear-rate', label: 'AI score: churn rate of the unflagged', unit: 'percent', decimals: 2 },
    { id: 'ai-lift', label: 'AI score: lift', unit: 'number', decimals: 2 },
    { id: 'ai-caught', label: 'AI score: share of churners caught', unit: 'percent', decimals: 2 },
    { id: 'rule-flagged-rate', label: 'Rule score: churn rate of the flagged', unit: 'percent', decimals: 2 },
    { id: 'rule-clear-rate', label: 'Rule score: churn rate of the unflagged', unit: 'percent', decimals: 2 },
    { id: 'rule-lift', label: 'Rule score: lift', unit: 'number', decimals: 2 },
    { id: 'rule-caught', label: 'Rule score: share of churners caught', unit: 'percent', decimals: 2 },
    { id: 'verdict', label: 'Which record earns more trust', unit: 'keyword' },
  ],
  crossCheck(inputs) {
    const errors: Record<string, string> = {};
    for (const [id, name] of SCORES)
      for (const group of ['flagged', 'clear'] as const) {
        const size = num(inputs, `${id}-${group}`);
        const churned = num(inputs, `${id}-${group}-churned`);
        if (churned > size) errors[`${id}-${group}-churned`] = `${name}: ${churned} churners cannot come from a group of ${size}. Enter at most ${size}.`;
      }
    return errors;
  },
  compute(inputs) {
    const of = (id: Score) =>
      record({ flagged: num(inputs, `${id}-flagged`), flaggedChurned: num(inputs, `${id}-flagged-churned`), clear: num(inputs, `${id}-clear`), clearChurned: num(inputs, `${id}-clear-churned`) });
    const ai = of('ai');
    const rule = of('rule');
    // The record that is better on both counts earns more trust; a split record needs judgement.
    const better = (a: NumberValue | Unavailable, b: NumberValue | Unavailable) => ('value' in a && 'value' in b ? Math.sign(a.value - b.value) : undefined);
    const lift = better(ai.lift, rule.lift) ?? better(ai.flaggedRate, rule.flaggedRate);
    const caught = better(ai.caught, rule.caught);
    const verdict =
      lift === undefined || caught === undefined ? keyword('not-comparable', 'Not comparable on these figures')
      : lift >= 0 && caught >= 0 && lift + caught > 0 ? keyword('ai', 'The AI score: sharper and catches more')
      : lift <= 0 && caught <= 0 && lift + caught < 0 ? keyword('rule', 'The rule score: sharper and catches more')
      : lift === 0 && caught === 0 ? keyword('level', 'Neither: their records match')
      : keyword('split', 'Split: one is sharper, the other catches more');
    return {
      outputs: {
        'ai-flagged-rate': ai.flaggedRate,
        'ai-clear-rate': ai.clearRate,
        'ai-lift': ai.lift,
        'ai-caught': ai.caught,
        'rule-flagged-rate': rule.flaggedRate,
        'rule-clear-rate': rule.clearRate,
        'rule-lift': rule.lift,
        'rule-caught': rule.caught,
        verdict,
      },
      notes: [],
    };
  },
  reading(_, r) {
    const o = r.outputs;
    return [
      ...('value' in o['ai-caught'] && 'value' in o['rule-caught']
        ? [['The AI score caught ', { output: 'ai-caught' as const }, ' of the customers who churned and the rule score ', { output: 'rule-caught' as const }, ': on this record the answer is ', { output: 'verdict' as const }, '.']]
        : []),
      ['Trust either score only as far as a record like this supports, and run the test again every quarter.'],
    ];
  },
});
