import { defineCalculator, keyword, num, str, value, type Note } from '../contract';

const yesNo = <Id extends string>(id: Id, label: string, d: 'yes' | 'no') =>
  ({ kind: 'choice', id, label, default: d, options: [{ value: 'yes', label: 'Yes' }, { value: 'no', label: 'No' }] }) as const;

const BASE = [
  ['crm', 'CRM'],
  ['support', 'support system'],
  ['analytics', 'product analytics'],
] as const;
/** What a CSP would add. Health scores and forecasts can be built in a CRM; the rest is shared workflow. */
const BENEFITS = [
  ['workspace', 'one workspace for every CSM', false],
  ['health', 'health scores', true],
  ['forecasting', 'renewal forecasting', true],
  ['playbooks', 'automated playbooks', false],
  ['alerts', 'alerts and workflows', false],
] as const;
/** Shared workflows pay once the team needs them; this book draws the line where chapter 6 adds CS operations. */
const SCALE = 10;

export default defineCalculator({
  id: 'csp-test',
  title: 'Does a customer success platform earn its licence?',
  fields: [
    yesNo('crm', 'You already have a CRM', 'yes'),
    yesNo('support', 'You already have a support system', 'yes'),
    yesNo('analytics', 'You already have product analytics', 'yes'),
    ...BENEFITS.map(([id, label, buildable]) => yesNo(id, `The CSP would add ${label}`, buildable && id === 'health' ? 'yes' : 'no')),
    { kind: 'number', id: 'csms', label: 'CSMs', unit: 'count', default: 8, min: 0, max: 100000, integer: true, profile: 'csms' },
    { kind: 'number', id: 'licence', label: 'CSP licence a year', unit: 'currency', default: 120_000, min: 0, max: 1e9 },
    { kind: 'number', id: 'fte-share', label: 'Operations time to build the same in the CRM (full-time people)', unit: 'number', default: 0.5, min: 0, max: 100, step: 0.1 },
    { kind: 'number', id: 'ops-cost', label: 'Loaded cost of one operations person a year', unit: 'currency', default: 150_000, min: 0, max: 1e8 },
  ],
  outputs: [
    { id: 'verdict', label: 'Verdict', unit: 'keyword' },
    { id: 'csp-cost', label: 'Buying the CSP, a year', unit: 'currency' },
    { id: 'diy-cost', label: 'Building it in the CRM, a year', unit: 'currency' },
    { id: 'difference', label: 'Licence minus the cost of building', unit: 'currency' },
  ],
  compute(inputs) {
    const licence = num(inputs, 'licence');
    const fte = num(inputs, 'fte-share');
    const diy = fte * num(inputs, 'ops-cost');
    const chosen = BENEFITS.filter(([id]) => str(inputs, id) === 'yes');
    const shared = chosen.some(([, , buildable]) => !buildable);
    const notes: Note[] = [];
    const missing = BASE.filter(([id]) => str(inputs, id) === 'no').map(([, name]) => name);
    if (missing.length)
      notes.push({ level: 'warning', text: `No ${missing.join(' or ')}: a CSP joins up what they hold, so fill that gap first.` });
    if (chosen.length && !shared)
      notes.push({ level: 'warning', text: 'Health scores and forecasts can usually be built in the CRM you own.' });
    if (licence === 0) notes.push({ level: 'info', text: 'A free tier: still check what it duplicates.' });

    const verdict = !chosen.length
      ? keyword('no-case', 'No case to buy')
      : shared && num(inputs, 'csms') < SCALE
        ? keyword('revisit', 'Revisit at a larger scale')
        : !shared && diy < licence && fte <= 1
          ? keyword('build-in-crm', 'Build it in the CRM first')
          : keyword('worth-it', 'Likely worth buying');
    return { outputs: { verdict, 'csp-cost': value(licence), 'diy-cost': value(diy), difference: value(licence - diy) }, notes };
  },
  reading(_inputs, r) {
    const { difference } = r.outputs;
    if (!('value' in difference)) return [];
    return [
      [
        'Building the same in the CRM would cost ',
        { output: 'diy-cost' },
        ' a year against a licence of ',
        { output: 'csp-cost' },
        difference.value > 0 ? ': the CRM is cheaper by ' : difference.value < 0 ? ': the licence is cheaper by ' : ': the same.',
        ...(difference.value === 0 ? [] : [{ value: Math.abs(difference.value), unit: 'currency' } as const, '.']),
      ],
    ];
  },
});
