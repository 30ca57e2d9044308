import { defineCalculator, num, str, unavailable, value, type Note } from '../contract';

const DESTINATIONS = [
  { value: 'strategic-accounts', label: 'Strategic accounts and executive relationships' },
  { value: 'multi-threading', label: 'Multi-threading: more contacts in each account' },
  { value: 'expansion', label: 'Expansion reviews' },
  { value: 'undecided', label: 'Not decided yet' },
] as const;

const pct = <Id extends string>(id: Id, label: string, d: number, hint: string) => ({ kind: 'number', id, label, hint, unit: 'percent', default: d, min: 0, max: 100 }) as const;

// Percentages stay whole until the last step: 10 × 40 × 30 × 50 ÷ 10,000 is exactly 60.
export default defineCalculator({
  id: 'freed-capacity',
  title: 'Freed-capacity planner',
  fields: [
    { kind: 'number', id: 'csms', label: 'Number of CSMs', unit: 'count', default: 10, min: 0, max: 1e6, profile: 'csms' },
    { kind: 'number', id: 'hours', label: 'Working hours a week per CSM', unit: 'number', default: 40, min: 0, max: 168 },
    pct('admin', 'Share of CSM time spent on admin', 30, 'Call notes, follow-ups, gathering QBR data, reports. The book’s assumption; the source gives no figure.'),
    pct('automated', 'Share of that admin AI takes over', 50, 'The book’s assumption.'),
    pct('redirected', 'Share of freed time deliberately redirected', 80, 'The rest leaks into more of the same.'),
    { kind: 'choice', id: 'destination', label: 'Where the redirected time goes', default: 'strategic-accounts', options: DESTINATIONS },
  ],
  outputs: [
    { id: 'freed', label: 'Hours freed a week', unit: 'number', decimals: 1 },
    { id: 'fte', label: 'CSM equivalents freed', unit: 'number', decimals: 2 },
    { id: 'per-csm', label: 'Hours freed per CSM a week', unit: 'number', decimals: 1 },
    { id: 'redirected-hours', label: 'Hours redirected a week', unit: 'number', decimals: 1 },
    { id: 'leaked', label: 'Hours that leak away a week', unit: 'number', decimals: 1 },
  ],
  compute(inputs) {
    const csms = num(inputs, 'csms');
    const hours = num(inputs, 'hours');
    const redirected = num(inputs, 'redirected');
    const freed = (csms * hours * num(inputs, 'admin') * num(inputs, 'automated')) / 10000;
    const notes: Note[] = [];
    if (freed > 0 && redirected === 0)
      notes.push({ level: 'warning', text: 'Nothing is redirected: the saving is banked as cost and the bigger opportunity, more time on relationships and strategy, is missed.' });
    if (freed > 0 && redirected > 0 && str(inputs, 'destination') === 'undecided')
      notes.push({ level: 'warning', text: 'Time redirected to nowhere in particular drifts back into routine work: name where it goes and track it.' });
    return {
      outputs: {
        freed: value(freed),
        fte: hours > 0 ? value(freed / hours) : unavailable('With no working hours there is no CSM equivalent to express.'),
        'per-csm': csms > 0 ? value(freed / csms) : unavailable('There are no CSMs to share the time between.'),
        'redirected-hours': value((freed * redirected) / 100),
        leaked: value((freed * (100 - redirected)) / 100),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { freed, fte } = r.outputs;
    if (!('value' in freed) || freed.value === 0) return [['On these figures automation frees no time, so there is nothing to redirect.']];
    return [
      'value' in fte ? ['Automation frees ', { output: 'freed' }, ' hours a week, the time of ', { output: 'fte' }, ' CSMs.'] : ['Automation frees ', { output: 'freed' }, ' hours a week.'],
      inputs.redirected === 100
        ? ['All of it is redirected on purpose.']
        : inputs.redirected === 0
          ? ['None of it is redirected, so every hour of it leaks away.']
          : ['Of that, ', { output: 'redirected-hours' }, ' hours go to chosen work and ', { output: 'leaked' }, ' leak away.'],
    ];
  },
});
