import { defineCalculator, keyword, num, str, unavailable, value, type Note, type NumberValue, type Unavailable } from '../contract';
import { rescaleWeights, weightsMessage } from '../weights';

/** Onboarding specialists usually arrive between 8 and 10 CSMs; segment teams 12 to 18 months after them. */
export const ONBOARDING = [8, 10] as const;
export const SEGMENT_DELAY = [12, 18] as const;

const MIX = [
  { id: 'enterprise', name: 'enterprise' },
  { id: 'mid-market', name: 'mid-market' },
  { id: 'smb', name: 'SMB' },
] as const;

const owner = <Id extends string>(id: Id, label: string) =>
  ({
    kind: 'choice',
    id,
    label,
    default: 'cs',
    options: [
      { value: 'cs', label: 'CS (the CSM)' },
      { value: 'sales', label: 'Sales' },
      { value: 'specialist', label: 'A specialist team' },
    ],
  }) as const;

const COMMERCIAL = {
  'on-the-table': 'On the table, once the base is large enough to carry a specialist team',
  'not-needed': 'Not needed: CSMs run the commercial motions',
  'outside-cs': 'Outside CS: Sales runs renewals and expansion',
};

/** Months from now until the team reaches `target` CSMs: 0 if it already has, undefined if it never will. */
export function monthsTo(target: number, csms: number, growth: number): number | undefined {
  if (csms >= target) return 0;
  return growth > 0 ? ((target - csms) * 12) / growth : undefined;
}

export default defineCalculator({
  id: 'specialisation-sequencer',
  title: 'Specialisation sequencer',
  fields: [
    { kind: 'number', id: 'csms', label: 'CSMs today', unit: 'count', default: 8, min: 0, max: 100000, profile: 'csms' },
    { kind: 'number', id: 'growth', label: 'CSMs added a year, net', hint: 'Negative if the team is shrinking.', unit: 'count', default: 8, min: -100000, max: 100000 },
    {
      kind: 'choice',
      id: 'onboarding',
      label: 'Onboarding specialists in place',
      default: 'no',
      options: [
        { value: 'no', label: 'Not yet' },
        { value: 'yes', label: 'Yes' },
      ],
    },
    { kind: 'number', id: 'since', label: 'Months since they arrived', hint: 'Used only when onboarding specialists are in place.', unit: 'months', default: 0, min: 0, max: 600 },
    ...MIX.map((m, i) => ({ kind: 'number' as const, id: m.id, label: `Share of customers: ${m.name}`, unit: 'percent' as const, default: [20, 50, 30][i]!, min: 0, max: 100 })),
    owner('renewals', 'Who owns renewals (chapter 10)'),
    owner('expansion', 'Who owns expansion (chapter 11)'),
  ],
  outputs: [
    { id: 'onboarding-from', label: 'Onboarding trigger: 8 CSMs, months from now', unit: 'months' },
    { id: 'onboarding-to', label: 'Onboarding trigger: 10 CSMs, months from now', unit: 'months' },
    { id: 'segment-from', label: 'Segment split window opens, months from now', unit: 'months' },
    { id: 'segment-to', label: 'Segment split window closes, months from now', unit: 'months' },
    { id: 'segment-csms-from', label: 'CSMs when the window opens', unit: 'count', decimals: 1 },
    { id: 'segment-csms-to', label: 'CSMs when the window closes', unit: 'count', decimals: 1 },
    { id: 'commercial', label: 'Renewals or expansion specialists', unit: 'keyword' },
  ],
  crossCheck(inputs) {
    const message = weightsMessage(inputs, MIX);
    return message ? { smb: message.replace('weights add up', 'shares add up') } : {};
  },
  repair: (inputs) => rescaleWeights(inputs, MIX),
  compute(inputs) {
    const csms = num(inputs, 'csms');
    const growth = num(inputs, 'growth');
    const since = str(inputs, 'onboarding') === 'yes' ? num(inputs, 'since') : null;
    const notes: Note[] = [];
    const never = (n: number) => unavailable(`At this growth the team never reaches ${n} CSMs.`);
    const done = unavailable('Onboarding specialists are already in place.');
    const at = (months: number) => csms + (growth * months) / 12;

    const reach = ONBOARDING.map((n) => monthsTo(n, csms, growth));
    // The window opens 12 months after the earliest arrival (at 8 CSMs) and closes 18 months after the latest (at 10).
    const window =
      since !== null
        ? [Math.max(0, SEGMENT_DELAY[0] - since), Math.max(0, SEGMENT_DELAY[1] - since)]
        : reach[0] === undefined
          ? [undefined, undefined]
          : [reach[0] + SEGMENT_DELAY[0], (reach[1] ?? reach[0]) + SEGMENT_DELAY[1]];
    const months = (m: number | undefined, n: number): NumberValue | Unavailable => (since !== null ? done : m === undefined ? never(n) : value(m));
    const split = (m: number | undefined): NumberValue | Unavailable =>
      m === undefined ? unavailable('The segment split follows onboarding specialists, which this team never reaches.') : value(m);
    const team = (m: number | undefined): NumberValue | Unavailable => (m === undefined ? unavailable('No split window to project to.') : value(Math.max(0, at(m))));

    if (since !== null && csms < ONBOARDING[0])
      notes.push({ level: 'warning', text: `Onboarding specialists with ${csms} CSMs is below the usual trigger of 8 to 10. Specialising before scale requires it is a failure of its own.` });
    if (since !== null && since > SEGMENT_DELAY[1])
      notes.push({ level: 'info', text: `Onboarding specialists arrived ${since} months ago, so the usual 12 to 18 months for a segment split has passed: it is due now, if the mix calls for it.` });
    const flat = growth === 0 ? 'no growth' : 'a shrinking team';
    if (growth <= 0 && since === null && csms < ONBOARDING[0])
      notes.push({ level: 'info', text: `With ${flat}, the 8-CSM trigger is never reached: no specialism is due on headcount alone.` });
    else if (growth <= 0 && since === null && csms < ONBOARDING[1])
      notes.push({ level: 'info', text: `With ${flat}, the team stays below 10 CSMs, so the split window is counted from today’s trigger at 8.` });
    if (window[0] !== undefined && at(window[0]) < 10)
      notes.push({ level: 'warning', text: `When the split window opens the team has about ${Math.round(at(window[0]) * 10) / 10} CSMs: too few to staff separate segment teams. Wait for scale.` });
    const used = MIX.filter((m) => num(inputs, m.id) > 0);
    if (used.length === 1)
      notes.push({ level: 'info', text: `Every customer is ${used[0]!.name}: there is no segment split to make, so the second step may never come.` });

    const owners = [str(inputs, 'renewals'), str(inputs, 'expansion')];
    const commercial = owners.includes('specialist') ? 'on-the-table' : owners.includes('cs') ? 'not-needed' : 'outside-cs';
    return {
      outputs: {
        'onboarding-from': months(reach[0], ONBOARDING[0]),
        'onboarding-to': months(reach[1], ONBOARDING[1]),
        'segment-from': split(window[0]),
        'segment-to': split(window[1]),
        'segment-csms-from': team(window[0]),
        'segment-csms-to': team(window[1]),
        commercial: keyword(commercial, COMMERCIAL[commercial]),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const o = r.outputs;
    const first =
      'value' in o['onboarding-from']
        ? o['onboarding-from'].value === 0
          ? ['The onboarding trigger has been reached: onboarding specialists are due now.']
          : ['The team reaches 8 CSMs in ', { output: 'onboarding-from' as const }, ', the point where onboarding specialists usually start to pay.']
        : inputs.onboarding === 'yes'
          ? ['Onboarding specialists are already in place, so the next step is the segment split.']
          : ['At this growth the team never reaches the onboarding trigger of 8 CSMs.'];
    return [
      first,
      ...('value' in o['segment-from'] && 'value' in o['segment-to']
        ? [['Segment teams would then follow between ', { output: 'segment-from' as const }, ' and ', { output: 'segment-to' as const }, ' from now, with about ', { output: 'segment-csms-from' as const }, ' to ', { output: 'segment-csms-to' as const }, ' CSMs.']]
        : []),
    ];
  },
});
