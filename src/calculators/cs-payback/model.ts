import { defineCalculator, keyword, num, str, unavailable, value, type Note } from '../contract';
import { figure } from '../reading-words';

// Typical payback windows by company stage, in months.
const BANDS: Record<string, [number, number]> = { early: [6, 12], growth: [12, 18], mature: [18, 36] };
const STAGE_WORDS: Record<string, string> = { early: 'an early-stage company', growth: 'a growth-stage company', mature: 'a mature company' };

export default defineCalculator({
  id: 'cs-payback',
  title: 'CS payback planner',
  scenarios: true,
  fields: [
    {
      kind: 'choice',
      id: 'stage',
      label: 'Company stage',
      options: [
        { value: 'early', label: 'Early stage (first CS hires)' },
        { value: 'growth', label: 'Growth stage (building a proper team)' },
        { value: 'mature', label: 'Mature (CS as a growth driver)' },
      ],
      default: 'growth',
    },
    { kind: 'number', id: 'investment', label: 'Annual CS investment', hint: 'Fully loaded: people, tools and management.', unit: 'currency', default: 600000, min: 0 },
    { kind: 'number', id: 'benefit', label: 'Monthly benefit (retained and expanded revenue)', unit: 'currency', default: 40000, min: 0 },
    { kind: 'number', id: 'margin', label: 'Gross margin applied to the benefit', hint: 'Leave at 100% to count revenue; enter your margin to count profit.', unit: 'percent', default: 100, min: 0, max: 100, profile: 'margin' },
  ],
  outputs: [
    { id: 'payback', label: 'Payback', unit: 'months', decimals: 2 },
    { id: 'band', label: 'Usual range at this stage', unit: 'keyword' },
    { id: 'verdict', label: 'Against the usual range', unit: 'keyword' },
  ],
  compute(inputs) {
    const [lo, hi] = BANDS[str(inputs, 'stage')]!;
    const investment = num(inputs, 'investment');
    // Monthly benefit × margin, kept in percent so the comparisons below stay exact.
    const earned = num(inputs, 'benefit') * num(inputs, 'margin');
    const notes: Note[] = [{ level: 'info', text: 'A deliberate simplification: one year of investment divided by the monthly benefit, with no ramp-up.' }];
    const band = keyword(`${lo}-${hi}`, `${lo} to ${hi} months`);
    if (earned === 0)
      return { outputs: { payback: unavailable('No payback: the benefit is zero.'), band, verdict: keyword('none', 'No payback') }, notes };
    const cost = investment * 100;
    if (investment === 0) notes.push({ level: 'warning', text: 'With no investment entered the payback is instant, which proves nothing: enter the full yearly cost.' });
    if (cost > 36 * earned)
      notes.push({
        level: 'warning',
        text: 'Beyond 36 months a CEO should ask two questions: is CS funded too thinly to pay back at the usual pace, or is it the wrong function for the job, so more money would not help?',
      });
    return {
      outputs: {
        payback: value(cost / earned),
        band,
        verdict:
          cost < lo * earned
            ? keyword('faster', 'Faster than usual')
            : cost > hi * earned
              ? keyword('slower', 'Slower than usual')
              : keyword('inside', 'Inside the usual range'),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { payback, verdict } = r.outputs;
    const [lo, hi] = BANDS[inputs.stage]!;
    const company = STAGE_WORDS[inputs.stage]!;
    const monthly = (inputs.benefit * inputs.margin) / 100;
    if (!('value' in payback)) return [['With no benefit counted, CS never pays back on this measure: enter the revenue it keeps or adds each month.']];
    if (inputs.investment === 0) return [['With no investment entered the payback is instant, which proves nothing: enter the full yearly cost of CS.']];
    const months = figure(payback.value, 'months', 1, payback.value < lo ? lo : hi);
    return [
      [
        'A year of CS at ',
        { value: inputs.investment, unit: 'currency' },
        ' against ',
        { value: monthly, unit: 'currency' },
        ' a month',
        inputs.margin < 100 ? ' of gross profit' : '',
        ' pays back in ',
        months,
        ', ',
        'value' in verdict && verdict.value === 'faster' ? 'faster than' : 'value' in verdict && verdict.value === 'slower' ? 'slower than' : 'inside',
        ' the ',
        { output: 'band' },
        ' usual for ',
        company,
        '.',
      ],
      ...('value' in verdict && verdict.value === 'slower'
        ? [['To pay back within ', { value: hi, unit: 'months' as const }, ', it would need to bring in ', { value: inputs.investment / hi, unit: 'currency' as const }, ' a month', inputs.margin < 100 ? ' of gross profit' : '', '.']]
        : []),
    ];
  },
});
