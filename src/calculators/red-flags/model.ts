import { defineCalculator, keyword, value } from '../contract';

const answers = [
  { value: 'unanswered', label: 'Not answered yet' },
  { value: 'yes', label: 'Yes, we see this' },
  { value: 'no', label: 'No' },
] as const;

const sign = <Id extends string>(id: Id, label: string, hint: string) => ({ kind: 'choice', id, label, hint, options: answers, default: 'unanswered' }) as const;

export default defineCalculator({
  id: 'red-flags',
  title: 'Red flags that CS is overdue',
  fields: [
    sign('churn', 'Churn is rising and nobody can say why', 'The only explanations on offer are “tougher competition” or “tighter budgets”.'),
    sign('forecast', 'The renewal forecast is a guess', 'It is not built account by account from customer health.'),
    sign('fit', 'Sales will sell to anyone who will buy', 'No function holds a view on which customers fit.'),
    sign('expansion', 'Expansion happens, but nobody can predict it', 'You cannot say which customers will grow, or when.'),
  ],
  outputs: [
    { id: 'flags', label: 'Signs present', unit: 'count' },
    { id: 'unanswered', label: 'Signs not answered yet', unit: 'count' },
    { id: 'verdict', label: 'Reading', unit: 'keyword' },
  ],
  compute(inputs) {
    const given = [inputs.churn, inputs.forecast, inputs.fit, inputs.expansion];
    const flags = given.filter((a) => a === 'yes').length;
    const open = given.filter((a) => a === 'unanswered').length;
    // Two signs settle it whatever the rest say; fewer need every answer.
    const verdict =
      flags >= 2
        ? keyword('emergency', 'An emergency, and a structural one: build CS now')
        : open
          ? flags
            ? keyword('incomplete', 'At least a problem: answer the rest')
            : keyword('incomplete', 'Incomplete: answer every sign')
          : flags
            ? keyword('problem', 'A problem: CS is overdue')
            : keyword('none', 'No red flags');
    return { outputs: { flags: value(flags), unanswered: value(open), verdict }, notes: [] };
  },
  reading(_, r) {
    const { flags, unanswered, verdict } = r.outputs;
    if (!('value' in flags) || !('value' in unanswered) || !('value' in verdict)) return [];
    const count = { output: 'flags' } as const;
    const open = unanswered.value;
    const openWords = open === 1 ? ' sign is' : ' signs are';
    switch (verdict.value) {
      case 'emergency':
        return [
          ['You see ', count, ' of the 4 signs. Two or more make it an emergency, and a structural one rather than a passing phase: create a function whose job is to answer these questions.'],
          ...(open ? [[{ output: 'unanswered' as const }, `${openWords} still unanswered, but no answer could change that.`]] : []),
        ];
      case 'problem':
        return [['You see one of the four signs. One is already a problem: nobody is accountable for the questions it raises, and CS is overdue.']];
      case 'none':
        return [['None of the four signs shows, so on this test CS is not overdue. Check again as the base grows.']];
      default:
        return [
          flags.value
            ? ['You see one sign so far, which is already a problem; ', { output: 'unanswered' }, `${openWords} still unanswered, and one more would make it an emergency.`]
            : ['No sign so far, but ', { output: 'unanswered' }, `${openWords} still unanswered: the reading needs all four.`],
        ];
    }
  },
});
