import { defineCalculator, keyword, num, str, type Note } from '../contract';

/**
 * The source's phase bands (1 to 10, 10 to 50, 50 and over) share their end points. The
 * book's convention: under 10 generalist, 10 to 49 specialised, 50 and over multi-function,
 * because a player-coach is already behind for good at ten (and the same reading at fifty).
 */
export const PHASES = [
  { id: 'generalist', from: 0, label: 'Generalist (under 10 CSMs)' },
  { id: 'specialised', from: 10, label: 'Specialised (10 to 49 CSMs)' },
  { id: 'multi-function', from: 50, label: 'Multi-function (50 CSMs and over)' },
] as const;
export type Phase = (typeof PHASES)[number]['id'];

export const phaseOf = (csms: number): Phase => [...PHASES].reverse().find((p) => csms >= p.from)!.id;

/** The first transition sits between 5 and 9 CSMs (source); the second between 40 and 60 (this book's width: the source says only "around fifty"). */
export function windowOf(csms: number): 'first' | 'second' | 'none' {
  if (csms >= 5 && csms < 10) return 'first';
  if (csms >= 40 && csms <= 60) return 'second';
  return 'none';
}

const WINDOWS = {
  first: 'Inside the first transition window (5 to 9 CSMs)',
  second: 'Inside the second transition window (40 to 60 CSMs, this book’s width)',
  none: 'Outside both transition windows',
};

const MOVES = {
  'redefine-leader': 'Redefine the leader’s role now and hand over the accounts',
  'onboarding-specialists': 'Add onboarding specialists',
  'cs-operations': 'Make CS operations a real function with its own people',
  'segment-teams': 'Split into segment teams (12 to 18 months after onboarding specialists)',
  'commercial-specialists': 'Decide whether renewals or expansion specialists fit; otherwise hold the shape',
  'ops-peer': 'Raise CS operations to a peer function with its own head',
  'sub-organisations': 'Form regional or product-line sub-organisations under a Chief Customer Officer',
  'hold-multi': 'Hold the shape and guard against distance from customers, politics and bureaucracy',
  'watch-symptoms': 'Keep the shape for now and watch for the three symptoms',
} as const;
type Move = keyof typeof MOVES;

const yesNo = <Id extends string>(id: Id, label: string, d: 'yes' | 'no') =>
  ({ kind: 'choice', id, label, default: d, options: [{ value: 'no', label: 'No' }, { value: 'yes', label: 'Yes' }] }) as const;

export default defineCalculator({
  id: 'scaling-phase',
  title: 'Scaling-phase locator',
  fields: [
    { kind: 'number', id: 'csms', label: 'Number of CSMs', hint: 'Part-time people count as fractions; the phase uses whole CSMs.', unit: 'count', default: 9, min: 1, max: 100000, profile: 'csms' },
    yesNo('leader-accounts', 'The CS leader still holds accounts', 'yes'),
    yesNo('onboarding', 'Onboarding specialists in place', 'no'),
    yesNo('segments', 'Segment teams in place (enterprise, mid-market, SMB)', 'no'),
    {
      kind: 'choice',
      id: 'operations',
      label: 'CS operations',
      default: 'none',
      options: [
        { value: 'none', label: 'None' },
        { value: 'inside', label: 'A small group inside CS' },
        { value: 'peer', label: 'A peer function with its own head' },
      ],
    },
    { kind: 'number', id: 'regions', label: 'Regions served', hint: 'Americas, EMEA and APAC count as three.', unit: 'count', default: 1, min: 1, max: 50, integer: true },
  ],
  outputs: [
    { id: 'phase', label: 'Phase', unit: 'keyword' },
    { id: 'transition', label: 'Transition window', unit: 'keyword' },
    { id: 'next-move', label: 'Next structural move', unit: 'keyword' },
  ],
  compute(inputs) {
    const csms = Math.floor(num(inputs, 'csms'));
    const leader = str(inputs, 'leader-accounts') === 'yes';
    const onboarding = str(inputs, 'onboarding') === 'yes';
    const segments = str(inputs, 'segments') === 'yes';
    const ops = str(inputs, 'operations');
    const regions = num(inputs, 'regions');
    const phase = phaseOf(csms);
    const window = windowOf(csms);
    const notes: Note[] = [];
    const warn = (text: string) => notes.push({ level: 'warning', text });
    const info = (text: string) => notes.push({ level: 'info', text });

    if (csms !== num(inputs, 'csms')) info(`${num(inputs, 'csms')} CSMs counts as ${csms} for the phase: the bands are in whole people.`);
    if (csms === 10 || csms === 50)
      info(`The source puts exactly ${csms} in two phases; this book counts it as the start of the ${csms === 10 ? 'specialised' : 'multi-function'} phase (under 10 generalist, 10 to 49 specialised, 50 and over multi-function).`);
    if (leader && csms >= 10) warn(`The leader still holds accounts with ${csms} CSMs, and a player-coach is behind for good at ten: the role has to change.`);
    else if (leader && csms >= 8) warn(`A player-coach holding accounts stays close to six or seven CSMs; ${csms} is stretched (this book’s word).`);
    if (segments && !onboarding) warn('Segment teams came before onboarding specialists: check the segment mix called for that order.');
    if (onboarding && csms < 8) warn(`Onboarding specialists with ${csms} CSMs is below the usual trigger of 8 to 10, and specialising early is a failure of its own.`);
    if (segments && csms < 10) warn(`Segment teams with ${csms} CSMs leave very few people in each team.`);
    if (phase === 'multi-function' && ops !== 'peer') warn(`CS operations is still ${ops === 'none' ? 'missing' : 'inside CS'} at ${csms} CSMs: at this size it should be a peer function with its own head.`);
    if (regions > 1) info('Give each customer one home region and team rather than passing accounts round the clock.');
    if (csms > 60) info('The source describes no phase beyond multi-function, however large the organisation grows.');

    const move: Move =
      leader && csms >= 8 ? 'redefine-leader'
      : csms >= 8 && !onboarding ? 'onboarding-specialists'
      : csms >= 10 && ops === 'none' ? 'cs-operations'
      : csms >= 10 && csms < 40 && !segments ? 'segment-teams'
      : csms >= 40 && ops !== 'peer' ? 'ops-peer'
      : csms >= 40 && !segments ? 'segment-teams'
      : phase === 'multi-function' && regions > 1 ? 'sub-organisations'
      : phase === 'multi-function' ? 'hold-multi'
      : csms >= 10 ? 'commercial-specialists'
      : 'watch-symptoms';
    const p = PHASES.find((x) => x.id === phase)!;
    return {
      outputs: {
        phase: keyword(phase, p.label),
        transition: keyword(window, WINDOWS[window]),
        'next-move': keyword(move, MOVES[move]),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const csms = Math.floor(inputs.csms);
    const next = PHASES.find((p) => p.from > csms);
    return [
      [`With ${csms} CSM${csms === 1 ? '' : 's'} the function is in the `, { output: 'phase' }, ' phase, and the next structural move is to ', { output: 'next-move' }, '.'],
      next
        ? [`The ${next.id} phase begins at ${next.from} CSMs, ${next.from - csms} more than today.`]
        : ['There is no phase beyond this one: from here the organisation grows by sub-organisations, not by a new shape.'],
    ];
  },
});
