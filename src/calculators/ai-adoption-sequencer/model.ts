import { defineCalculator, keyword, str, value, type Note } from '../contract';

const LAYERS = [
  ['signals', 'Signal detection is live (AI reads usage, support and communication for risk)'],
  ['automation', 'Automation is live (call summaries, follow-up drafts, QBR preparation)'],
  ['customer-facing', 'Customer-facing AI is live (in-product assistant, automated onboarding help, chat)'],
] as const;
const CHECKS = [
  ['response', 'Every change in the score has an owned response'],
  ['calibrated', 'Predictions are checked against what customers actually did'],
  ['errors', 'Each AI tool has a way for its errors to come to light'],
] as const;

const STEPS = {
  'pause-customer-facing': 'Pause customer-facing AI and start with signal detection',
  signals: 'Signal detection, with an owned response to every score change',
  response: 'Give every score change an owned response',
  calibrate: 'Back-test the signals against churn and expansion outcomes',
  automation: 'Automate routine CSM work, and decide where the freed hours go',
  'customer-facing': 'Customer-facing AI for routine tech-touch exchanges, with care',
  errors: 'Give every AI tool a route for its errors to surface',
  refine: 'Keep calibrating, and decide interaction by interaction what stays human',
};
type Step = keyof typeof STEPS;

const yesNo = <Id extends string>(id: Id, label: string, d: 'yes' | 'no') =>
  ({ kind: 'choice', id, label, default: d, options: [{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }] }) as const;

export default defineCalculator({
  id: 'ai-adoption-sequencer',
  title: 'AI adoption sequencer',
  fields: [...LAYERS.map(([id, label]) => yesNo(id, label, id === 'automation' ? 'yes' : 'no')), ...CHECKS.map(([id, label]) => yesNo(id, label, 'no'))],
  outputs: [
    { id: 'next-step', label: 'Next step', unit: 'keyword' },
    { id: 'layers-live', label: 'Layers live, out of 3', unit: 'score', decimals: 0 },
    { id: 'order', label: 'Adopted in order of risk', unit: 'keyword' },
  ],
  compute(inputs) {
    const [signals, automation, facing] = LAYERS.map(([id]) => str(inputs, id) === 'yes') as [boolean, boolean, boolean];
    const [response, calibrated, errors] = CHECKS.map(([id]) => str(inputs, id) === 'yes') as [boolean, boolean, boolean];
    const notes: Note[] = [];
    const warn = (text: string) => notes.push({ level: 'warning', text });

    if (facing && !signals) warn('Customer-facing AI is live before signal detection: the riskiest layer came first, where a poor automated experience harms the relationships CS exists to protect.');
    if (facing && !automation) warn('Customer-facing AI is live before internal automation: the team has not yet learnt where AI errs on work customers never see.');
    if (signals && !response) warn('Signal detection without an owned response is a more accurate alarm that nobody answers.');
    if (signals && !calibrated) warn('The signals have never been checked against outcomes, so trust in them runs ahead of their track record.');
    if ((signals || automation || facing) && !errors) warn('At least one AI tool has no way for its errors to come to light: every system errs, and one that cannot show it cannot be trusted as described.');
    if (!signals && response) notes.push({ level: 'info', text: 'The response playbook is ready; AI signal detection will give it earlier warnings to act on.' });

    const step: Step =
      facing && !signals ? 'pause-customer-facing'
      : !signals ? 'signals'
      : !response ? 'response'
      : !calibrated ? 'calibrate'
      : !automation ? 'automation'
      : !errors ? 'errors'
      : !facing ? 'customer-facing'
      : 'refine';
    const order =
      facing && !(signals && automation) ? keyword('out-of-order', 'No, customer-facing AI came before the safer layers')
      : automation && !signals ? keyword('automation-first', 'Not quite, automation came before signal detection')
      : keyword('in-order', 'Yes, lowest risk first');
    return {
      outputs: {
        'next-step': keyword(step, STEPS[step]),
        'layers-live': value([signals, automation, facing].filter(Boolean).length),
        order,
      },
      notes,
    };
  },
  reading(inputs, r) {
    const live = r.outputs['layers-live'];
    const count = 'value' in live ? live.value : 0;
    return [
      [count === 0 ? 'No AI layer is live yet, so the place to start is ' : `${count} of the three layers ${count === 1 ? 'is' : 'are'} live, and the next step is `, { output: 'next-step' }, '.'],
      ...(inputs.signals === 'no' || inputs.automation === 'no'
        ? [[inputs['customer-facing'] === 'yes' ? 'Customer-facing AI is already live ahead of them: hold its scope to routine exchanges until the lower-risk layers have earned trust.' : 'Hold customer-facing AI until signal detection and automation have both earned trust.']]
        : []),
    ];
  },
});
