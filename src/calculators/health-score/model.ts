import { defineCalculator, keyword, num, unavailable, value, type Inputs, type Note } from '../contract';
import { rescaleWeights, weightsMessage, wholePercentages } from '../weights';

const SIGNALS = [
  ['usage', 'Usage', 'it cannot tell whether the product is used at all'],
  ['sentiment', 'Sentiment', 'it cannot see a heavy user who is unhappy'],
  ['relationship', 'Relationship', 'it cannot see a contented account whose only champion is about to leave'],
] as const;

// The book's placeholder weights: near-equal, to be replaced after a review of past churn.
const PLACEHOLDER = [34, 33, 33];

const STATUS = {
  green: ['Green: healthy', 'maintain', 'Keep it steady, look for room to expand and cultivate the customer as an advocate.'],
  yellow: ['Yellow: at risk', 'investigate', 'The owning CSM finds the cause within the agreed window and runs the matching playbook.'],
  red: ['Red: critical', 'escalate', 'Escalate: bring in CS leadership, build a save plan and consider executive-to-executive contact.'],
} as const;

const weightOf = (inputs: Inputs, id: string) => num(inputs, `${id}-weight`);

const WEIGHTS = SIGNALS.map(([id]) => ({ id: `${id}-weight`, name: id }));

export default defineCalculator({
  id: 'health-score',
  title: 'Health score builder',
  fields: [
    ...SIGNALS.map(([id, name]) => ({
      kind: 'number' as const,
      id,
      label: `${name} score`,
      unit: 'score' as const,
      default: { usage: 80, sentiment: 55, relationship: 40 }[id],
      min: 0,
      max: 100,
      optional: id === 'sentiment',
      hint: id === 'sentiment' ? '0 to 100. Leave blank when there is no recent sentiment data.' : '0 (worst) to 100 (best).',
    })),
    ...SIGNALS.map(([id, name], i) => ({
      kind: 'number' as const,
      id: `${id}-weight` as const,
      label: `${name} weight`,
      unit: 'percent' as const,
      default: PLACEHOLDER[i]!,
      min: 0,
      max: 100,
      hint: 'A placeholder until your churn review sets it.',
    })),
    { kind: 'number', id: 'green', label: 'Green cut-off', unit: 'score', default: 70, min: 1, max: 100, hint: 'Scores at or above this are green.' },
    { kind: 'number', id: 'yellow', label: 'Yellow cut-off', unit: 'score', default: 40, min: 0, max: 99, hint: 'Scores from here up to the green cut-off are yellow; below it, red.' },
  ],
  outputs: [
    { id: 'score', label: 'Health score (0 to 100)', unit: 'score', decimals: 0 },
    { id: 'status', label: 'Status', unit: 'keyword' },
    { id: 'response', label: 'Defined response', unit: 'keyword' },
  ],
  crossCheck(inputs): Record<string, string> {
    const errors: Record<string, string> = {};
    const weights = weightsMessage(inputs, WEIGHTS);
    if (weights) errors['relationship-weight'] = weights;
    if (num(inputs, 'yellow') >= num(inputs, 'green')) errors.yellow = 'The yellow cut-off must be below the green cut-off, or the bands overlap.';
    return errors;
  },
  repair: (inputs) => rescaleWeights(inputs, WEIGHTS),
  compute(inputs) {
    const notes: Note[] = [];
    const present = SIGNALS.filter(([id]) => inputs[id] !== null);
    const weightTotal = present.reduce((a, [id]) => a + weightOf(inputs, id), 0);
    if (weightTotal === 0) {
      const reason = 'All the weight sits on sentiment, which is blank: give usage or relationship some weight.';
      return { outputs: { score: unavailable(reason), status: unavailable(reason), response: unavailable(reason) }, notes };
    }
    const raw = present.reduce((a, [id]) => a + num(inputs, id) * weightOf(inputs, id), 0) / weightTotal;
    // Rounded first, then compared with the cut-offs, so the status always matches the score shown.
    const score = Math.round(Math.round(raw * 1e6) / 1e6);
    const status = score >= num(inputs, 'green') ? 'green' : score >= num(inputs, 'yellow') ? 'yellow' : 'red';
    const [label, action, response] = STATUS[status];

    if (present.length < 3) {
      const [u, r] = wholePercentages([weightOf(inputs, 'usage'), weightOf(inputs, 'relationship')]);
      notes.push({
        level: 'warning',
        text: `Sentiment is blank, so usage and relationship are re-weighted in their own proportions (${u}% and ${r}%). Treat the result as low confidence.`,
      });
    }
    for (const [id, name, blind] of SIGNALS)
      if (weightOf(inputs, id) === 0) notes.push({ level: 'warning', text: `${name} has no weight, so ${blind}.` });
    const weights = SIGNALS.map(([id]) => weightOf(inputs, id));
    if (weights.every((w, i) => w === PLACEHOLDER[i]))
      notes.push({ level: 'info', text: 'The weights are placeholders. Replace them with what your review of last year’s churn shows.' });
    else if (weights[0]! > weights[1]! && weights[0]! > weights[2]!)
      notes.push({
        level: 'info',
        text: 'Usage carries the most weight. It is the easiest signal to collect, which is why scores tend to over-weight it: check that your churn review supports this.',
      });
    return { outputs: { score: value(score), status: keyword(status, label), response: keyword(action, response) }, notes };
  },
  reading(inputs, r) {
    const { score: out, status } = r.outputs;
    if (!('value' in out) || !('value' in status)) return [];
    const score = out.value;
    const [green, yellow] = [inputs.green, inputs.yellow];
    const points = (v: number) => ({ value: v, unit: 'score' as const });
    const weighted = SIGNALS.filter(([id]) => inputs[id] !== null && weightOf(inputs, id) > 0);
    const total = weighted.reduce((a, [id]) => a + weightOf(inputs, id), 0);
    const lowest = Math.min(...weighted.map(([id]) => num(inputs, id)));
    const weakest = weighted.filter(([id]) => num(inputs, id) === lowest);
    return [
      ['This account scores ', { output: 'score' }, ', which reads ', { output: 'status' }, '.'],
      status.value === 'green'
        ? score === green
          ? ['It sits exactly on the green cut-off.']
          : ['It sits ', points(score - green), ' points clear of the green cut-off of ', points(green), '.']
        : status.value === 'yellow'
          ? ['It is ', points(green - score), ' points short of green and ', ...(score === yellow ? ['exactly on the yellow cut-off.'] : [points(score - yellow), ' above the yellow cut-off of ', points(yellow), '.'])]
          : ['It is ', points(yellow - score), ' points short of yellow.'],
      weighted.length === 1
        ? [`Only ${weighted[0]![1].toLowerCase()} carries weight, so the score is its score alone.`]
        : weakest.length === weighted.length
          ? ['Every weighted signal scores ', points(lowest), ', so none pulls harder than another.']
          : [
            weakest.map(([, name], i) => (i === 0 ? name : ` and ${name.toLowerCase()}`)).join(''), ', at ', points(lowest),
            weakest.length === 1 ? ', is the weakest signal and carries ' : ', are the weakest signals and carry ',
            { value: (weakest.reduce((a, [id]) => a + weightOf(inputs, id), 0) * 100) / total, unit: 'percent', decimals: 1 }, ' of the weight.',
          ],
    ];
  },
});
