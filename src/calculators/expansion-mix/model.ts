import { defineCalculator, keyword, num, str, unavailable, value, type Note } from '../contract';

const TYPES = [
  ['seats', 'Seats'],
  ['tier', 'Tier upgrades'],
  ['cross-sell', 'Cross-sell'],
  ['usage', 'Usage growth'],
] as const;
type Type = (typeof TYPES)[number][0];

/**
 * Where each pricing model's expansion usually comes from (chapter 11). "Mostly" is read as more
 * than half; "significant" cross-sell as a quarter or more, which is this book's convention.
 */
const PATTERNS = {
  'per-seat': { types: ['seats', 'tier'], floor: 50, strict: true, words: 'seats and tier upgrades', focus: 'teams without access and accounts at their tier’s limits' },
  consumption: { types: ['usage'], floor: 50, strict: true, words: 'usage growth', focus: 'adoption that deepens use' },
  'multi-product': { types: ['cross-sell'], floor: 25, strict: false, words: 'cross-sell', focus: 'adjacent needs of accounts using one product well' },
} as const satisfies Record<string, { types: readonly Type[]; floor: number; strict: boolean; words: string; focus: string }>;

const amount = <Id extends string>(id: Id, label: string, d: number) => ({ kind: 'number', id, label, unit: 'currency', default: d, min: 0, max: 1e12 }) as const;

export default defineCalculator({
  id: 'expansion-mix',
  title: 'Where your expansion comes from',
  fields: [
    amount('seats', 'Expansion ARR from more seats', 2_000_000),
    amount('tier', 'Expansion ARR from tier upgrades', 1_000_000),
    amount('cross-sell', 'Expansion ARR from cross-sell', 500_000),
    amount('usage', 'Expansion ARR from usage growth', 500_000),
    {
      kind: 'choice',
      id: 'model',
      label: 'How you price',
      default: 'per-seat',
      options: [
        { value: 'per-seat', label: 'Per seat' },
        { value: 'consumption', label: 'By consumption' },
        { value: 'multi-product', label: 'Several products' },
      ],
    },
  ],
  outputs: [
    ...TYPES.map(([id, name]) => ({ id: `${id}-share`, label: `${name} share`, unit: 'percent' as const })),
    { id: 'total', label: 'Expansion ARR in all', unit: 'currency' },
    { id: 'pattern-share', label: 'Share from the types your pricing favours', unit: 'percent' },
    { id: 'fit', label: 'Against the usual pattern', unit: 'keyword' },
  ],
  compute(inputs) {
    const arr = Object.fromEntries(TYPES.map(([id]) => [id, num(inputs, id)])) as Record<Type, number>;
    const total = TYPES.reduce((a, [id]) => a + arr[id], 0);
    const model = str(inputs, 'model') as keyof typeof PATTERNS;
    const pattern = PATTERNS[model];
    if (total === 0) {
      const none = unavailable('No expansion, so no mix; without it NRR can never rise above GRR.');
      return { outputs: { ...Object.fromEntries(TYPES.map(([id]) => [`${id}-share`, none])), total: value(0), 'pattern-share': none, fit: none }, notes: [] };
    }
    const share = (x: number) => (x / total) * 100;
    const favoured = share(pattern.types.reduce((a, id) => a + arr[id], 0));
    const fits = pattern.strict ? favoured > pattern.floor : favoured >= pattern.floor;
    const notes: Note[] = [];
    if (!fits)
      notes.push({
        level: 'info',
        text: `This pricing usually expands through ${pattern.words}, which ${pattern.types.length > 1 ? 'bring' : 'brings'} you ${Math.round(favoured * 10) / 10}%: look at ${pattern.focus}.`,
      });
    return {
      outputs: {
        ...Object.fromEntries(TYPES.map(([id]) => [`${id}-share`, value(share(arr[id]))])),
        total: value(total),
        'pattern-share': value(favoured),
        fit: fits ? keyword('matches', `Matches the ${pattern.words} pattern`) : keyword('differs', `Differs from the ${pattern.words} pattern`),
      },
      notes,
    };
  },
});
