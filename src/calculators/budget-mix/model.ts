import { defineCalculator, keyword, num, unavailable, value, type Inputs, type Note, type Sentence } from '../contract';
import { figure } from '../reading-words';

const share = <Id extends string>(id: Id, label: string, d: number, optional = false) =>
  ({ kind: 'number', id, label, unit: 'percent', default: d, min: 0, max: 100, optional }) as const;

const LABELS: Record<string, string> = {
  unknown: 'Not enough to compare',
  'presale-heavy': 'Pre-sale heavy',
  'postsale-heavy': 'Post-sale heavy',
  balanced: 'Balanced',
};

const existingOf = (inputs: Inputs) => (inputs['existing-revenue'] as number | null) ?? 100 - (inputs['new-revenue'] as number);

export default defineCalculator({
  id: 'budget-mix',
  title: 'Budget against revenue mix',
  fields: [
    { ...share('presale-budget', 'Share of operating budget on sales and marketing', 40), hint: 'Pre-sale: winning new customers.' },
    { ...share('postsale-budget', 'Share of operating budget on CS and post-sale', 8), hint: 'The two budget shares need not reach 100%.' },
    share('new-revenue', 'Share of revenue from new customers', 30),
    { ...share('existing-revenue', 'Share of revenue from existing customers', 70, true), hint: 'Leave blank to use 100% minus the new-customer share.' },
    { kind: 'number', id: 'threshold', label: "Divergence threshold (book's own, not from the source)", unit: 'ratio', default: 2, min: 1, minExclusive: true, max: 100 },
  ],
  outputs: [
    { id: 'budget-ratio', label: 'Budget ratio (pre-sale to post-sale)', unit: 'ratio' },
    { id: 'revenue-ratio', label: 'Revenue ratio (new to existing)', unit: 'ratio' },
    { id: 'divergence', label: 'Divergence (budget ratio over revenue ratio)', unit: 'ratio' },
    { id: 'verdict', label: 'Reading', unit: 'keyword' },
  ],
  crossCheck(inputs): Record<string, string> {
    const errors: Record<string, string> = {};
    if ((inputs['presale-budget'] as number) + (inputs['postsale-budget'] as number) > 100)
      errors['postsale-budget'] = 'The two budget shares together cannot exceed 100% of the operating budget.';
    if (inputs['existing-revenue'] !== null && Math.abs(existingOf(inputs) + (inputs['new-revenue'] as number) - 100) > 1e-9)
      errors['existing-revenue'] = 'New and existing revenue shares must add up to 100%: leave this blank to fill it in.';
    return errors;
  },
  compute(inputs) {
    const pre = num(inputs, 'presale-budget');
    const post = num(inputs, 'postsale-budget');
    const fresh = num(inputs, 'new-revenue');
    const existing = existingOf(inputs);
    const t = num(inputs, 'threshold');
    const notes: Note[] = [];
    // Divergence = (pre ÷ post) ÷ (new ÷ existing); compared as products so a zero never divides.
    const spend = pre * existing;
    const earn = post * fresh;
    const tol = 1e-9 * Math.max(spend, earn);
    if (existing < 10)
      notes.push({ level: 'info', text: 'Almost all revenue is new. Early on, spending mostly on winning customers is rational; this check bites once a recurring base exists.' });
    const verdict =
      existing === 0 || spend + earn === 0 ? 'unknown' : spend >= t * earn - tol ? 'presale-heavy' : t * spend <= earn + tol ? 'postsale-heavy' : 'balanced';
    if (verdict === 'presale-heavy')
      notes.push({ level: 'warning', text: 'The budget leans to winning customers far more than revenue does: pre-sale may be overfunded.' });
    return {
      outputs: {
        'budget-ratio': post === 0 ? unavailable('No post-sale spend recorded, so there is no budget ratio.') : value(pre / post),
        'revenue-ratio': existing === 0 ? unavailable('No revenue from existing customers yet, so there is no revenue ratio.') : value(fresh / existing),
        divergence:
          earn === 0 || existing === 0 ? unavailable('Both ratios are needed, and the revenue ratio must be above zero, to compare them.') : value(spend / earn),
        verdict: keyword(verdict, LABELS[verdict]!),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { verdict, divergence } = r.outputs;
    if (!('value' in verdict)) return [];
    const t = { value: inputs.threshold, unit: 'number' as const };
    const ratios: Sentence<'budget-ratio' | 'revenue-ratio'>[] =
      'value' in r.outputs['budget-ratio'] && 'value' in r.outputs['revenue-ratio']
        ? [['The budget ratio is ', { output: 'budget-ratio' }, ', pre-sale to post-sale, and the revenue ratio ', { output: 'revenue-ratio' }, ', new customers to existing ones.']]
        : [];
    if (verdict.value === 'unknown')
      return [
        existingOf(inputs) === 0
          ? ['With no revenue from existing customers yet, there is nothing to weigh the budget against. Early on, spending mostly on winning customers is the right call.']
          : inputs['postsale-budget'] === 0
            ? ['With nothing spent either side of the sale, there is no budget mix to compare.']
            : ['Nothing is spent winning customers and no revenue comes from new ones, so budget and revenue lean the same way.'],
      ];
    if (!('value' in divergence))
      return [
        ...ratios,
        inputs['postsale-budget'] === 0
          ? ['Nothing is spent after the sale, so the budget leans entirely towards winning customers.']
          : ['No revenue comes from new customers, yet the budget spends on winning them, so it leans towards winning customers further than revenue does.'],
      ];
    const d = divergence.value;
    // At the threshold within the model's tolerance, show the threshold itself; otherwise enough decimals to tell them apart.
    const against = (v: number) => figure(Math.abs(v - inputs.threshold) <= 1e-9 * inputs.threshold ? inputs.threshold : v, 'number', 2, inputs.threshold);
    return [
      ...ratios,
      verdict.value === 'presale-heavy'
        ? ['The budget ratio is ', against(d), ' times the revenue ratio, which reaches the threshold of ', t, ': the budget leans towards winning customers further than revenue does.']
        : verdict.value === 'postsale-heavy'
          ? d === 0
            ? ['Nothing is spent before the sale, so the budget leans towards keeping customers.']
            : ['The revenue ratio is ', against(1 / d), ' times the budget ratio, which reaches the threshold of ', t, ': the budget leans towards keeping customers further than revenue does.']
          : ['Neither ratio reaches ', t, ' times the other, so the budget broadly follows where revenue comes from.'],
    ];
  },
});
