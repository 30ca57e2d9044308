import { defineCalculator, keyword, num, str, type Note } from '../contract';

const NAMES = { 'player-coach': 'Player-coach', operator: 'Operator', strategist: 'Strategist' } as const;
type Archetype = keyof typeof NAMES;
const A = { 'player-coach': 'a player-coach', operator: 'an operator', strategist: 'a strategist' } as const;

const RISKS: Record<Archetype, string> = {
  'player-coach': 'Risk: they keep playing instead of coaching, busy with accounts while the system never gets built.',
  operator: 'Risk: without enough customers to justify a team, an operator is costly, under-used and gone within a year.',
  strategist: 'Risk: hired too early, a strategist has nobody to manage and ends up presenting slides about a function that does not exist yet.',
};

const choice = <Id extends string>(id: Id, label: string, options: [string, string][], d: string) =>
  ({ kind: 'choice', id, label, default: d, options: options.map(([value, label]) => ({ value, label })) }) as const;
const yesNo: [string, string][] = [
  ['no', 'No'],
  ['yes', 'Yes'],
];

/** What the stage rules recommend; an empty list means the rules are silent. */
export function byStage(stage: string, team: number, professionalising: boolean, architecture: boolean): Archetype[] {
  if (stage === 'seed-a') return ['player-coach'];
  if (stage === 'series-b') return team <= 5 ? ['player-coach'] : team >= 10 ? ['operator'] : [];
  return [...(professionalising ? (['strategist'] as const) : []), ...(architecture ? (['operator'] as const) : [])];
}

export default defineCalculator({
  id: 'first-hire',
  title: 'First CS leader: which archetype',
  fields: [
    choice(
      'stage',
      'Company stage',
      [
        ['seed-a', 'Seed or Series A'],
        ['series-b', 'Series B or early growth'],
        ['growth', 'Growth stage or later'],
      ],
      'series-b',
    ),
    { kind: 'number', id: 'team', label: 'CS headcount expected in 12 months', unit: 'count', default: 4, min: 0, max: 1000, integer: true },
    choice('professionalising', 'Professionalising CS for the first time after unplanned growth', yesNo, 'no'),
    choice('architecture', 'Strategic architecture for CS already in place', yesNo, 'no'),
    choice(
      'tuesday',
      'Their Tuesday morning six months in',
      [
        ['meetings', 'Running customer meetings'],
        ['managing', 'Managing CSMs and reviewing pipeline'],
        ['board', 'Board-level CS strategy'],
        ['unsure', 'We cannot say'],
      ],
      'meetings',
    ),
  ],
  outputs: [
    { id: 'archetype', label: 'Recommended first leader', unit: 'keyword' },
    { id: 'stage-reading', label: 'What the stage rules say', unit: 'keyword' },
    { id: 'tuesday-reading', label: 'What the Tuesday test says', unit: 'keyword' },
  ],
  compute(inputs) {
    const stage = str(inputs, 'stage');
    const team = num(inputs, 'team');
    const rule = byStage(stage, team, str(inputs, 'professionalising') === 'yes', str(inputs, 'architecture') === 'yes');
    const tuesday = str(inputs, 'tuesday');
    const test = ({ meetings: 'player-coach', managing: 'operator', board: 'strategist' } as Record<string, Archetype | undefined>)[tuesday];
    const notes: Note[] = [];

    const ruleLabel = rule.length ? rule.map((a) => NAMES[a]).join(' or ') : 'No rule: use the Tuesday test';
    const stageReading = keyword(rule.join('+') || 'no-rule', ruleLabel);
    const tuesdayReading = test ? keyword(test, NAMES[test]) : keyword('not-ready', 'Not ready to hire');

    let archetype;
    if (!test) {
      archetype = keyword('not-ready', 'Not ready to hire');
      notes.push({ level: 'warning', text: 'If nobody can describe this person’s Tuesday morning six months from now, the role is not yet defined. Settle that before writing the job description.' });
    } else if (!rule.length || rule.includes(test)) {
      archetype = keyword(test, NAMES[test]);
      notes.push({ level: 'info', text: RISKS[test] });
    } else {
      archetype = keyword('conflict', `Conflicting: stage says ${ruleLabel}, Tuesday says ${NAMES[test]}`);
      notes.push({ level: 'warning', text: 'The stage and the Tuesday test disagree. Decide which picture of the job is true before hiring; both readings are shown.' });
    }

    if (stage === 'series-b' && team > 5 && team < 10)
      notes.push({ level: 'info', text: 'Between 6 and 9 people in a year, the stage rules give no answer: the Tuesday test decides.' });
    if (stage !== 'growth' && test === 'strategist')
      notes.push({ level: 'warning', text: 'Before the growth stage a strategist is usually the wrong first leader: there is too little to run.' });
    if (test === 'operator' && team <= 5)
      notes.push({ level: 'warning', text: 'An operator needs a team to build: with five people or fewer expected in a year, the role will be under-used.' });
    if (stage === 'growth' && !rule.length)
      notes.push({ level: 'info', text: 'At the growth stage a strategist fits a first professionalisation, an operator fits a function whose strategy already exists. Neither applies here.' });
    return { outputs: { archetype, 'stage-reading': stageReading, 'tuesday-reading': tuesdayReading }, notes };
  },
  reading(inputs) {
    const team = inputs.team;
    const rule = byStage(inputs.stage, team, inputs.professionalising === 'yes', inputs.architecture === 'yes');
    const test = ({ meetings: 'player-coach', managing: 'operator', board: 'strategist' } as Record<string, Archetype | undefined>)[inputs.tuesday];
    const people = [{ value: team, unit: 'count' as const }, team === 1 ? ' person' : ' people'] as const;
    const stage =
      inputs.stage === 'seed-a'
        ? ['At seed or Series A the stage rule points to a player-coach, whatever the size of the team.']
        : inputs.stage === 'series-b'
          ? ['At Series B, with ', ...people, ' expected in CS a year from now, ', team <= 5 ? 'five or fewer, the stage rule points to a player-coach.' : team >= 10 ? 'ten or more, the stage rule points to an operator.' : 'between six and nine, the stage rules give no answer.']
          : [`At the growth stage the rules ${rule.length ? `point to ${rule.map((a) => A[a]).join(' or ')}` : 'point to neither a strategist nor an operator here'}.`];
    return [
      stage,
      [!test ? 'Nobody can yet say how the new leader will spend a Tuesday morning, so the company is not ready to hire.' : !rule.length ? `The Tuesday test decides: hire ${A[test]}.` : rule.includes(test) ? `The Tuesday test agrees: hire ${A[test]}.` : `The Tuesday test points to ${A[test]} instead: settle which picture of the job is true before advertising it.`],
    ];
  },
});
