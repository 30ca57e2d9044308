import { defineCalculator, keyword, unavailable, value, type Note, type NumberValue, type OutputSpec, type Unavailable } from '../contract';
import { inProse, noun } from '../reading-words';

const STAGES = [
  ['presale', 'Pre-sale'],
  ['onboarding', 'Onboarding'],
  ['adoption', 'Adoption'],
  ['renewal', 'Renewal and expansion'],
  ['advocacy', 'Advocacy'],
] as const;

// The book's illustration of a typical actual journey: onboarding runs at twice the planned
// time, adoption stalls once the champion leaves, and almost nobody is asked to advocate.
// Adoption has the single widest gap (3 points).
const IDEAL = [4, 5, 5, 5, 4];
const ACTUAL = [3, 3, 2, 3, 2];

const list = (names: string[]) => names.join(', ').replace(/, ([^,]*)$/, ' and $1');

const fields = STAGES.flatMap(([id, name], i) =>
  (['ideal', 'actual'] as const).map((side) => ({
    kind: 'number' as const,
    id: `${side}-${id}` as const,
    label: `${side === 'ideal' ? 'Ideal' : 'Actual'} rating for ${name.toLowerCase()}`,
    hint: '1 is poor, 5 is excellent; leave blank if unknown.',
    unit: 'score' as const,
    default: (side === 'ideal' ? IDEAL : ACTUAL)[i]!,
    min: 1,
    max: 5,
    integer: true,
    optional: true as const,
  })),
);

const outputs = [
  ...STAGES.map(([id, name]) => ({ id: `gap-${id}` as const, label: `${name} gap`, unit: 'number' as const, decimals: 0 })),
  { id: 'widest', label: 'Widest gap: invest here', unit: 'keyword' },
  { id: 'widest-gap', label: 'Size of the widest gap', unit: 'number', decimals: 0 },
] as const satisfies readonly OutputSpec[];

export default defineCalculator({
  id: 'journey-gap',
  title: 'Journey gap mapper',
  fields,
  outputs,
  compute(inputs) {
    const notes: Note[] = [];
    const rated: { id: string; name: string; gap: number }[] = [];
    const blank: string[] = [];
    const gaps = {} as Record<`gap-${(typeof STAGES)[number][0]}`, NumberValue | Unavailable>;
    for (const [id, name] of STAGES) {
      const ideal = inputs[`ideal-${id}`];
      const actual = inputs[`actual-${id}`];
      if (ideal === null || actual === null) {
        blank.push(name);
        gaps[`gap-${id}`] = unavailable('Not rated: give this stage both an ideal and an actual score.');
      } else {
        rated.push({ id, name, gap: ideal - actual });
        gaps[`gap-${id}`] = value(ideal - actual);
      }
    }
    if (blank.length) notes.push({ level: 'info', text: `Left out because a rating is missing: ${list(blank)}.` });
    if (!rated.length) {
      const none = unavailable('Rate at least one stage, ideal and actual, to find the widest gap.');
      return { outputs: { ...gaps, widest: none, 'widest-gap': none }, notes };
    }
    const widest = Math.max(...rated.map((s) => s.gap));
    const atOrAbove = rated.filter((s) => s.gap <= 0).map((s) => s.name);
    const top = rated.filter((s) => s.gap === widest);
    if (widest > 0) notes.push({ level: 'info', text: 'The stage with the widest gap between design and reality comes first, even if another stage scores lower.' });
    if (rated.every((s) => s.gap === 0))
      notes.push({ level: 'warning', text: 'No gap found: the actual journey matches the ideal everywhere. Check that the actual map is candid before trusting it.' });
    else if (atOrAbove.length) notes.push({ level: 'info', text: `Performing at or above design: ${list(atOrAbove)}.` });
    return {
      outputs: {
        ...gaps,
        widest: widest > 0 ? keyword(top.map((s) => s.id).join('+'), list(top.map((s) => s.name)) + (top.length > 1 ? ' (tied)' : '')) : keyword('none', 'No gap found'),
        'widest-gap': value(Math.max(widest, 0)),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const rated = STAGES.flatMap(([id, name]) => {
      const ideal = inputs[`ideal-${id}`];
      const actual = inputs[`actual-${id}`];
      return ideal === null || actual === null ? [] : [{ name: name.toLowerCase(), gap: ideal - actual, actual }];
    });
    const widest = r.outputs['widest-gap'];
    if (!rated.length || !('value' in widest)) return [];
    if (widest.value <= 0) return [['No stage falls short of its design on these ratings. Before believing that, check that the actual map is candid.']];
    const top = rated.filter((s) => s.gap === widest.value);
    const lowest = Math.min(...rated.map((s) => s.actual));
    const weakest = rated.filter((s) => s.actual === lowest && s.gap < widest.value).map((s) => s.name);
    const size = { value: widest.value, unit: 'number' as const, decimals: 0 };
    return [
      top.length > 1
        ? ['On these ratings ', inProse(top.map((s) => s.name)), ' share the widest gap, each ', size, noun(size, ' point', ' points'), ' short of its design: that is where the next pound should go.']
        : ['On these ratings the widest gap is at ', top[0]!.name, ', ', size, noun(size, ' point', ' points'), ' short of its design: that is where the next pound should go.'],
      ...(weakest.length
        ? [[inProse(weakest).replace(/^./, (c) => c.toUpperCase()), weakest.length > 1 ? ' score' : ' scores', ' lowest in practice but ', weakest.length > 1 ? 'fall' : 'falls', ' less far short of ', weakest.length > 1 ? 'their' : 'its', ' design, so ', weakest.length > 1 ? 'they do' : 'it does', ' not come first.']]
        : []),
    ];
  },
});
