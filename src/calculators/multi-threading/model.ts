import { defineCalculator, keyword, num, str, unavailable, value, type InputsOf, type Note } from '../contract';

const yesNo = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
] as const;

// The book's own points (the source gives no scale): each adds to the risk that one departure
// unravels the account. 0 to 2 low, 3 to 4 moderate, 5 to 6 high, 7 to 10 severe.
const SENIORITY = { executive: 0, manager: 1, individual: 2 } as const;
const LEVELS = [
  [7, 'severe', 'Severe: one departure could end the account'],
  [5, 'high', 'High: the account hangs on too few people'],
  [3, 'moderate', 'Moderate: add a thread before you need it'],
  [0, 'low', 'Low: the account would survive a departure'],
] as const;

const fields = [
  { kind: 'number', id: 'contacts', label: 'Engaged contacts at the customer', unit: 'count', default: 1, min: 0, max: 1000, integer: true, hint: 'People who would take your call and speak up for the product.' },
  {
    kind: 'choice',
    id: 'seniority',
    label: 'Seniority of the champion',
    default: 'manager',
    options: [
      { value: 'executive', label: 'Executive' },
      { value: 'manager', label: 'Manager' },
      { value: 'individual', label: 'Individual contributor' },
    ],
  },
  { kind: 'number', id: 'teams', label: 'Teams using the product', unit: 'count', default: 1, min: 1, max: 1000, integer: true },
  { kind: 'choice', id: 'sponsor', label: 'Executive sponsor in place', default: 'no', options: yesNo },
  { kind: 'choice', id: 'departure', label: 'Signs the champion may leave', default: 'no', options: yesNo },
] as const;
type Account = InputsOf<typeof fields>;

/** The risk points of an account with at least one engaged contact. */
const pointsOf = (a: Account) =>
  (a.contacts <= 1 ? 3 : a.contacts === 2 ? 1 : 0) + SENIORITY[a.seniority] + (a.teams === 1 ? 1 : 0) + (a.sponsor === 'no' ? 1 : 0) + (a.departure === 'yes' ? 3 : 0);
const levelOf = (points: number) => LEVELS.find(([min]) => points >= min)!;

export default defineCalculator({
  id: 'multi-threading',
  title: 'Multi-threading risk meter',
  fields,
  outputs: [
    { id: 'points', label: 'Risk points (0 to 10)', unit: 'number', decimals: 0 },
    { id: 'risk', label: 'Risk', unit: 'keyword' },
    { id: 'threads', label: 'Threading', unit: 'keyword' },
  ],
  compute(inputs) {
    const contacts = num(inputs, 'contacts');
    const leaving = str(inputs, 'departure') === 'yes';
    const notes: Note[] = [];
    if (contacts === 0) notes.push({ level: 'warning', text: 'Nobody at the customer is engaged: there is no relationship to protect yet. Escalate and find a way in.' });
    if (contacts === 1) notes.push({ level: 'warning', text: 'Single-threaded: one resignation away from losing the account.' });
    if (leaving) notes.push({ level: 'warning', text: 'The champion may be leaving: meet the likely successor now, before any vendor review.' });
    if (contacts <= 2 && str(inputs, 'seniority') !== 'executive') notes.push({ level: 'info', text: 'Ask the champion to bring their manager to the next business review.' });
    if (num(inputs, 'teams') === 1) notes.push({ level: 'info', text: 'Find a use case in a second team: each new team brings new people to know.' });
    if (str(inputs, 'sponsor') === 'no') notes.push({ level: 'info', text: 'If the account is in your top handful, pair one of your executives with a peer at the customer.' });
    // With nobody engaged there are no threads to weigh, so the meter gives no score, only the instruction to escalate.
    if (contacts === 0)
      return {
        outputs: {
          points: unavailable('Nobody at the customer is engaged, so there is no relationship to score: escalate and find a way in.'),
          risk: keyword('absent', 'No relationship: escalate'),
          threads: keyword('none', 'No thread'),
        },
        notes,
      };
    const points = pointsOf(inputs);
    const [, id, label] = levelOf(points);
    return {
      outputs: {
        points: value(points),
        risk: keyword(id, label),
        threads: contacts === 1 ? keyword('single', 'Single-threaded') : keyword('multi', `Multi-threaded (${contacts} contacts)`),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const { points } = r.outputs;
    if (!('value' in points)) return [['Nobody at the customer is engaged, so there is nothing to score: escalate and find a way in.']];
    // The one change that lowers the score most; on a tie, more contacts come first.
    const steps = [
      ...(inputs.contacts < 3 ? [{ what: inputs.contacts === 1 ? 'two more engaged contacts' : 'a third engaged contact', to: { ...inputs, contacts: 3 } }] : []),
      ...(inputs.teams === 1 ? [{ what: 'a second team', to: { ...inputs, teams: 2 } }] : []),
      ...(inputs.sponsor === 'no' ? [{ what: 'an executive sponsor', to: { ...inputs, sponsor: 'yes' as const } }] : []),
    ].map((s) => ({ ...s, points: pointsOf(s.to) }));
    const best = steps.sort((a, b) => a.points - b.points)[0];
    return [
      ['This account scores ', { output: 'points' }, ' out of 10', ...(best ? ['; ', best.what, ' would bring it to ', { value: best.points, unit: 'number' as const, decimals: 0 }, ' (', levelOf(best.points)[1], ').'] : ['.'])],
    ];
  },
});
