import { defineCalculator, keyword, num, unavailable, value, type Derivation, type Field, type Note, type OutputValue } from '../contract';
import type { ProfileKey } from '../profile-fields';

/** The three types, the book's worked example C, and what each asks of the team. */
const TYPES = [
  ['involuntary', 'Involuntary', 'ARR lost to involuntary churn', 'Customers lost to involuntary churn', 600_000, 4,
    'Reduce it where you can, accept that part of it is beyond CS, and spend no save effort on losses nothing could have stopped.'],
  ['voluntary', 'Voluntary', 'ARR lost to voluntary churn', 'Customers lost to voluntary churn', 1_000_000, 10,
    'The churn CS exists to prevent: tackle it early, through onboarding, adoption and account work, long before the renewal.'],
  ['downgrade', 'Downgrade', 'ARR lost to downgrades', 'Customers who downgraded', 800_000, 20,
    'Usually weak adoption earlier in the year: help the customer grow into the size of its contract before the renewal comes round.'],
] as const;

/** Voluntary churn is what churned ARR holds beyond its involuntary part. */
const voluntaryArr: Derivation = {
  label: 'your churned ARR less its involuntary part',
  needs: ['churned', 'involuntary-churned'],
  derive: (p) => (p.churned !== undefined && p['involuntary-churned'] !== undefined && p.churned >= p['involuntary-churned'] ? p.churned - p['involuntary-churned'] : undefined),
};
// Where "my numbers" fills each type from: its ARR, then its customers.
const SOURCES: Record<(typeof TYPES)[number][0], [ProfileKey | Derivation, ProfileKey]> = {
  involuntary: ['involuntary-churned', 'involuntary-lost'],
  voluntary: [voluntaryArr, 'voluntary-lost'],
  downgrade: ['contraction', 'downgraded'],
};

// One year is one situation: the starting base and all three losses fill from "my numbers" together or not at all.
const fields = [
  { kind: 'number', id: 'start-arr', label: 'Starting ARR', unit: 'currency', default: 20_000_000, min: 0, minExclusive: true, max: 1e12, profile: 'start-arr', group: 'year' },
  { kind: 'number', id: 'start-customers', label: 'Starting customers', unit: 'count', default: 200, min: 1, max: 1e7, integer: true, profile: 'start-customers', group: 'year' },
  ...TYPES.flatMap(([id, , arrLabel, countLabel, arr, count]) => [
    { kind: 'number' as const, id, label: arrLabel, unit: 'currency' as const, default: arr, min: 0, max: 1e12, profile: SOURCES[id][0], group: 'year' },
    {
      profile: SOURCES[id][1],
      group: 'year',
      kind: 'number' as const,
      id: `${id}-customers` as const,
      label: countLabel,
      unit: 'count' as const,
      default: count,
      min: 0,
      max: 1e7,
      integer: true,
      hint: id === 'downgrade' ? 'They stayed but pay less: not lost customers.' : undefined,
    },
  ]),
] as const satisfies readonly Field[];

export default defineCalculator({
  id: 'churn-mix',
  title: 'Churn mix: involuntary, voluntary and downgrade',
  fields,
  outputs: [
    { id: 'headline', label: 'Headline revenue churn', unit: 'percent' },
    ...TYPES.map(([id, name]) => ({ id: `${id}-rate`, label: `${name} churn, share of starting ARR`, unit: 'percent' as const })),
    ...TYPES.map(([id, name]) => ({ id: `${id}-share`, label: `${name} share of the loss`, unit: 'percent' as const })),
    { id: 'logo-churn', label: 'Logo churn (customers lost)', unit: 'percent' },
    { id: 'grr', label: 'Gross revenue retention', unit: 'percent' },
    { id: 'controllable-share', label: 'Share of the loss CS can influence (voluntary and downgrade)', unit: 'percent' },
    { id: 'focus', label: 'Largest category CS can influence', unit: 'keyword' },
  ],
  crossCheck(inputs): Record<string, string> {
    const errors: Record<string, string> = {};
    const start = num(inputs, 'start-arr');
    const lost = TYPES.reduce((a, [id]) => a + num(inputs, id), 0);
    if (lost - start > 1e-9 * start) errors.downgrade = 'Churned and downgraded ARR together cannot exceed the starting ARR.';
    const customers = num(inputs, 'start-customers');
    const gone = num(inputs, 'involuntary-customers') + num(inputs, 'voluntary-customers');
    if (gone > customers) errors['voluntary-customers'] = 'Customers lost cannot outnumber the starting customers.';
    else if (gone + num(inputs, 'downgrade-customers') > customers)
      errors['downgrade-customers'] = 'Downgraded customers stayed, so together with those lost they cannot outnumber the starting customers.';
    return errors;
  },
  compute(inputs) {
    const start = num(inputs, 'start-arr');
    const lost = TYPES.reduce((a, [id]) => a + num(inputs, id), 0);
    const notes: Note[] = [];
    const outputs: Record<string, OutputValue> = {};
    const none = 'No churn recorded, so there is no mix to split.';
    for (const [id, name] of TYPES) {
      const arr = num(inputs, id);
      const count = num(inputs, `${id}-customers`);
      outputs[`${id}-rate`] = value((arr / start) * 100);
      outputs[`${id}-share`] = lost ? value((arr / lost) * 100) : unavailable(none);
      if ((arr > 0) !== (count > 0))
        notes.push({ level: 'warning', text: `${name}: ${arr > 0 ? 'ARR lost but no customers' : 'customers counted but no ARR'} recorded. Check the figures.` });
    }
    const vol = num(inputs, 'voluntary');
    const down = num(inputs, 'downgrade');
    outputs.headline = value((lost / start) * 100);
    outputs['logo-churn'] = value(((num(inputs, 'involuntary-customers') + num(inputs, 'voluntary-customers')) / num(inputs, 'start-customers')) * 100);
    outputs.grr = value(((start - lost) / start) * 100);
    outputs['controllable-share'] = lost ? value(((vol + down) / lost) * 100) : unavailable(none);
    outputs.focus =
      vol + down === 0 ? keyword('none', 'None recorded')
      : vol === down ? keyword('voluntary+downgrade', 'Voluntary and downgrade, equally')
      : vol > down ? keyword('voluntary', 'Voluntary churn') : keyword('downgrade', 'Downgrades');
    if (!lost) notes.push({ level: 'info', text: none });
    if (down > 0)
      notes.push({ level: 'info', text: 'Downgrades never show in logo churn: those customers still count as retained, yet they lower GRR and NRR.' });
    return {
      outputs,
      notes,
      tables: [
        {
          id: 'churn-mix',
          caption: 'Churn by type, and what each asks of the team',
          columns: [
            { id: 'type', label: 'Type', unit: 'text' },
            { id: 'arr', label: 'ARR lost', unit: 'currency' },
            { id: 'rate', label: 'Share of starting ARR', unit: 'percent' },
            { id: 'share', label: 'Share of the loss', unit: 'percent' },
            { id: 'customers', label: 'Customers', unit: 'count' },
            { id: 'asks', label: 'What it asks of the team', unit: 'text' },
          ],
          rows: TYPES.map(([id, name, , , , , asks]) => ({
            type: name,
            arr: num(inputs, id),
            rate: (num(inputs, id) / start) * 100,
            share: lost ? (num(inputs, id) / lost) * 100 : '',
            customers: num(inputs, `${id}-customers`),
            asks,
          })),
        },
      ],
    };
  },
  reading(inputs, r) {
    const vol = inputs.voluntary;
    const down = inputs.downgrade;
    if (!('value' in r.outputs.grr)) return [];
    // With nothing lost, the calculator's own note says there is no mix: the reading adds nothing.
    if (inputs.involuntary + vol + down === 0) return [];
    return [
      ['Of starting ARR, ', { output: 'headline' }, ' was lost, leaving gross revenue retention at ', { output: 'grr' }, '.'],
      vol + down === 0
        ? ['All of it was involuntary: reduce what you can and spend no save effort on the rest.']
        : ['CS can influence ', { output: 'controllable-share' }, ' of the loss, ', vol > down ? 'voluntary churn above all.' : down > vol ? 'downgrades above all.' : 'voluntary churn and downgrades equally.'],
    ];
  },
});
