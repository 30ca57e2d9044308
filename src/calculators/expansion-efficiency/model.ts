import { defineCalculator, num, unavailable, value, type Derivation, type Note } from '../contract';

/**
 * New-logo ARR and expansion ARR from "my numbers" together give the year's new ARR and
 * the share that came from existing customers, so both fields fill from the same two figures.
 */
const fromGrowth = (label: string, derive: (fresh: number, grown: number) => number): Derivation => ({
  label,
  needs: ['new-arr', 'expansion'],
  derive: (p) => {
    const [fresh, grown] = [p['new-arr'], p.expansion];
    return fresh === undefined || grown === undefined || fresh + grown <= 0 ? undefined : derive(fresh, grown);
  },
});

const perDollar = <Id extends string>(id: Id, label: string, d: number, hint: string) =>
  ({ kind: 'number', id, label, hint, unit: 'currency', default: d, min: 0, max: 10, step: 0.01 }) as const;

/** The source's bands for the cost of winning a dollar; figures outside them are allowed and flagged. */
const BANDS = { 'cost-new': [0.8, 1, 'new logos'], 'cost-expansion': [0.1, 0.3, 'expansion'] } as const;

export default defineCalculator({
  id: 'expansion-efficiency',
  title: 'What growth costs: expansion against new logos',
  fields: [
    {
      kind: 'number',
      id: 'arr',
      label: 'New ARR to win this year',
      hint: 'New logos and expansion together.',
      unit: 'currency',
      default: 10_000_000,
      min: 0,
      minExclusive: true,
      max: 1e12,
      profile: fromGrowth('new-logo ARR plus expansion ARR', (fresh, grown) => fresh + grown),
      group: 'growth',
    },
    {
      kind: 'number',
      id: 'expansion-share',
      label: 'Share won from existing customers',
      unit: 'percent',
      default: 60,
      min: 0,
      max: 100,
      profile: fromGrowth('expansion ÷ (new-logo ARR + expansion)', (fresh, grown) => (grown / (fresh + grown)) * 100),
      group: 'growth',
    },
    perDollar('cost-new', 'Cost to win each dollar from new logos', 0.9, 'Usually 0.80 to 1.00.'),
    perDollar('cost-expansion', 'Cost to win each dollar of expansion', 0.2, 'Usually 0.10 to 0.30.'),
  ],
  outputs: [
    { id: 'cost-mix', label: 'Cost of this mix', unit: 'currency' },
    { id: 'cost-all-new', label: 'Cost if every dollar came from new logos', unit: 'currency' },
    { id: 'saving', label: 'Saving from expansion', unit: 'currency' },
    { id: 'saving-pct', label: 'Saving as a share of the all-new cost', unit: 'percent' },
    { id: 'multiple', label: 'Times cheaper a dollar of expansion is', unit: 'number' },
  ],
  compute(inputs) {
    const arr = num(inputs, 'arr');
    const share = num(inputs, 'expansion-share');
    const fresh = num(inputs, 'cost-new');
    const grown = num(inputs, 'cost-expansion');
    // Shares stay in percent until the last step, so 60% of 0.20 and 40% of 0.90 add up as the book shows.
    const mix = (arr * (share * grown + (100 - share) * fresh)) / 100;
    const allNew = arr * fresh;
    const notes: Note[] = [];
    for (const [id, [lo, hi, what]] of Object.entries(BANDS)) {
      const c = num(inputs, id as keyof typeof BANDS);
      if (c < lo || c > hi) notes.push({ level: 'info', text: `${c.toFixed(2)} a dollar of ${what} is outside the usual ${lo.toFixed(2)} to ${hi.toFixed(2)}.` });
    }
    if (grown > fresh)
      notes.push({ level: 'warning', text: 'Expansion is the dearer dollar here, so the saving is negative: check what its cost counts.' });
    return {
      outputs: {
        'cost-mix': value(mix),
        'cost-all-new': value(allNew),
        saving: value(allNew - mix),
        'saving-pct': allNew === 0 ? unavailable('New logos cost nothing here, so there is nothing to save against.') : value(((allNew - mix) / allNew) * 100),
        multiple:
          grown === 0
            ? unavailable('Free expansion has no finite multiple.')
            : value(fresh / grown),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { saving } = r.outputs;
    if (!('value' in saving)) return [];
    const perPoint = (inputs.arr * (inputs['cost-new'] - inputs['cost-expansion'])) / 100;
    return [
      [
        'Winning this ARR costs ',
        { output: 'cost-mix' },
        ', against ',
        { output: 'cost-all-new' },
        ' if it all came from new logos: ',
        ...(saving.value > 0 ? (['a saving of ', { output: 'saving' }, '.'] as const) : saving.value < 0 ? (['an extra ', { value: -saving.value, unit: 'currency' }, '.'] as const) : (['no difference at all.'] as const)),
      ],
      perPoint > 0
        ? ['Each point moved from new logos to expansion saves a further ', { value: perPoint, unit: 'currency' }, '.']
        : perPoint < 0
          ? ['Each point moved to expansion adds ', { value: -perPoint, unit: 'currency' }, '.']
          : ['Both dollars cost the same, so the mix changes nothing.'],
    ];
  },
});
