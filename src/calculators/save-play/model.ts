import { defineCalculator, keyword, type InputsOf, type KeywordValue, type Note } from '../contract';

const yesNo = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
] as const;

const fields = [
  {
    kind: 'choice',
    id: 'reason',
    label: 'Why the renewal is in doubt',
    default: 'over-bought',
    options: [
      { value: 'went-wrong', label: 'Something went wrong: an outage, a failed project, poor service' },
      { value: 'over-bought', label: 'It bought more than it uses' },
      { value: 'no-value', label: 'It never got value from the product' },
      { value: 'price', label: 'It is asking for a discount' },
      { value: 'feature', label: 'It needs a feature the product lacks' },
    ],
  },
  { kind: 'choice', id: 'fixable', label: 'Can you credibly fix the cause in time?', hint: 'The problem, the route to value or the feature: real, specific and soon. Not asked when it bought too much.', default: 'yes', options: yesNo },
  { kind: 'choice', id: 'strategic', label: 'Is it one of your strategic accounts?', default: 'no', options: yesNo },
  { kind: 'choice', id: 'sponsor', label: 'Does an executive of yours already know theirs?', default: 'no', options: yesNo },
  { kind: 'choice', id: 'decided', label: 'Has the customer already decided to leave?', default: 'no', options: yesNo },
] as const;
type Situation = InputsOf<typeof fields>;

const PLAYS = {
  'honest-reset': 'Honest reset: own what went wrong and bring a specific plan',
  'right-size': 'Right-size: let it cut the contract to what it uses',
  executive: 'Executive conversation: senior people on both sides',
  none: 'None reliably rescues it: take it to a Release Assessment',
} as const;
const AVOID = {
  discount: 'The desperate discount',
  'feature-promise': 'The feature promise',
  'extra-service': 'Extra service',
} as const;
type Play = keyof typeof PLAYS;
type Avoid = keyof typeof AVOID;

/** The play that treats the cause, from the source's two tables; none when nothing credible treats it. */
function playFor(s: Situation): Play {
  if (s.reason === 'over-bought') return 'right-size';
  if (s.fixable === 'yes') return 'honest-reset';
  // Nothing fixable at the operational level: only a conversation above it can still change the dynamics.
  return s.strategic === 'yes' ? 'executive' : 'none';
}

function avoidFor(s: Situation): Avoid {
  if (s.reason === 'feature') return 'feature-promise';
  if (s.decided === 'yes' || s.reason === 'price' || s.reason === 'over-bought') return 'discount';
  return 'extra-service';
}

const WHY_AVOID: Record<Avoid, string> = {
  discount: 'Avoid the desperate discount: a customer whose mind is made up takes it, stays one more cycle and leaves anyway.',
  'feature-promise': 'Avoid promising the feature "soon": if it ships late or different, the customer feels misled.',
  'extra-service': 'Avoid buying time with extra service: it usually covers the real problem at a cost to margin.',
};

export default defineCalculator({
  id: 'save-play',
  title: 'Save-play chooser',
  fields,
  outputs: [
    { id: 'play', label: 'The play that treats the cause', unit: 'keyword' },
    { id: 'alongside', label: 'Alongside it', unit: 'keyword' },
    { id: 'avoid', label: 'The play to avoid', unit: 'keyword' },
    { id: 'outlook', label: 'Can a play still save it?', unit: 'keyword' },
  ],
  compute(inputs) {
    const play = playFor(inputs);
    const avoid = avoidFor(inputs);
    const decided = inputs.decided === 'yes';
    const withExecutive = inputs.strategic === 'yes' && play !== 'executive';
    const notes: Note[] = [];
    if (play === 'honest-reset')
      notes.push({
        level: 'info',
        text:
          inputs.reason === 'feature'
            ? 'Say plainly what the product does today and what is coming, with a date only if engineering stands behind it.'
            : inputs.reason === 'went-wrong'
              ? 'Show you know what went wrong, take responsibility, and bring a specific plan.'
              : 'Name why the customer has not got value, own your part, and bring a dated plan to a result it cares about.',
      });
    if (play === 'right-size')
      notes.push({ level: 'info', text: 'Let it shrink to what it uses: the cut is visible, the revenue it saves is not.' });
    if (play === 'executive' || withExecutive)
      notes.push({
        level: 'info',
        text:
          inputs.sponsor === 'yes'
            ? 'Bring in the executive who already knows theirs.'
            : 'No executive of yours knows theirs yet, so the conversation starts cold.',
      });
    if (play === 'none')
      notes.push({
        level: 'warning',
        text: 'Nothing credible treats the cause: take the account to a Release Assessment rather than reach for a discount.',
      });
    if (inputs.reason === 'price' && play !== 'none')
      notes.push({ level: 'info', text: 'A request for a discount usually stands in for another reason: find it first.' });
    notes.push({ level: decided || inputs.reason === 'price' ? 'warning' : 'info', text: WHY_AVOID[avoid] });
    if (decided && play !== 'none') notes.push({ level: 'warning', text: 'The customer has decided: start today, and prepare a Release Assessment in parallel.' });

    const outlook: KeywordValue =
      play === 'none' ? keyword('unlikely', 'Unlikely: no play treats the cause')
      : decided ? keyword('uncertain', 'Uncertain: the customer has decided, so act today')
      : keyword('possible', 'Yes, if the play starts now');
    return {
      outputs: {
        play: keyword(play, PLAYS[play]),
        alongside: withExecutive ? keyword('executive', PLAYS.executive) : keyword('nothing', 'Nothing more'),
        avoid: keyword(avoid, AVOID[avoid]),
        outlook,
      },
      notes,
    };
  },
});
