import { defineCalculator, keyword, num, str, value, type Note } from '../contract';

const STAGES = [
  ['seed', 'Seed or Series A'],
  ['series-b', 'Series B'],
  ['growth', 'Growth'],
  ['scale', 'Scale'],
] as const;
type Stage = (typeof STAGES)[number][0];

const choice = <Id extends string, V extends string>(id: Id, label: string, options: readonly (readonly [V, string])[], d: V) =>
  ({ kind: 'choice', id, label, default: d, options: options.map(([value, label]) => ({ value, label })) }) as const;
const NONE = ['none', 'None'] as const;
const yesNo = [['no', 'No'], ['yes', 'Yes']] as const;

/**
 * The stage table of chapter 12 as levels: for each tool, the level each stage should have
 * (0 = not needed yet) and the level above which owning it is premature. Levels run from
 * 0 (none) up the options of the tool's field.
 */
type Rule = { need: number; max?: number; why: string };
const RULES: Record<string, { name: string; levels: readonly string[]; at: Record<Stage, Rule> }> = {
  crm: {
    name: 'CRM',
    levels: ['none', 'yes'],
    at: {
      seed: { need: 1, why: 'the record of every customer; probably there already' },
      'series-b': { need: 1, why: 'every later tool reads from it: put it in place first' },
      growth: { need: 1, why: 'every later tool reads from it: put it in place first' },
      scale: { need: 1, why: 'every later tool reads from it: put it in place first' },
    },
  },
  support: {
    name: 'Support system',
    levels: ['none', 'basic', 'mature'],
    at: {
      seed: { need: 1, why: 'a basic one is enough' },
      'series-b': { need: 2, why: 'a mature support system' },
      growth: { need: 2, why: 'a mature support system' },
      scale: { need: 2, why: 'a mature support system' },
    },
  },
  analytics: {
    name: 'Product analytics',
    levels: ['none', 'light', 'deep'],
    at: {
      seed: { need: 0, why: 'light analytics, if usage data is critical to you' },
      'series-b': { need: 2, why: 'better analytics: usage feeds health and adoption' },
      growth: { need: 2, why: 'deeper analytics' },
      scale: { need: 2, why: 'deep analytics' },
    },
  },
  csp: {
    name: 'Customer success platform',
    levels: ['none', 'basic', 'premium'],
    at: {
      seed: { need: 0, max: 0, why: 'not yet: too few customers; spreadsheets and CRM add-ons will do' },
      'series-b': { need: 0, max: 1, why: 'start evaluating; if you buy, the simplest version that fits today, not every module' },
      growth: { need: 1, why: 'now it pays its way' },
      scale: { need: 1, why: 'a mature platform' },
    },
  },
  'second-csp': {
    name: 'A second platform "to evaluate"',
    levels: ['no', 'yes'],
    at: {
      seed: { need: 0, max: 0, why: 'never: choose one, commit, get good at it' },
      'series-b': { need: 0, max: 0, why: 'never: choose one, commit, get good at it' },
      growth: { need: 0, max: 0, why: 'never: choose one, commit, get good at it' },
      scale: { need: 0, max: 0, why: 'never: choose one, commit, get good at it' },
    },
  },
  integration: {
    name: 'Integration between systems',
    levels: ['no', 'yes'],
    at: {
      seed: { need: 0, why: 'not needed yet' },
      'series-b': { need: 0, why: 'not needed yet' },
      growth: { need: 1, why: 'link the systems so CSMs see one customer' },
      scale: { need: 1, why: 'link the systems so CSMs see one customer' },
    },
  },
  ops: {
    name: 'A dedicated CS operations function',
    levels: ['no', 'yes'],
    at: {
      seed: { need: 0, why: 'not needed yet' },
      'series-b': { need: 0, why: 'not needed yet' },
      growth: { need: 0, why: 'one operations person, from about ten CSMs' },
      scale: { need: 1, why: 'a team that owns data quality and tooling' },
    },
  },
  warehouse: {
    name: 'A data warehouse feeding several systems',
    levels: ['no', 'yes'],
    at: {
      seed: { need: 0, why: 'not needed yet' },
      'series-b': { need: 0, why: 'not needed yet' },
      growth: { need: 0, why: 'not needed yet' },
      scale: { need: 1, why: 'one store that every system reads from' },
    },
  },
};
type Tool = keyof typeof RULES;

/** With the stage unknown, CS headcount stands in for it: this book's marks at 3, 10 and 50 CSMs. */
const byHeadcount = (csms: number): Stage => (csms < 3 ? 'seed' : csms < 10 ? 'series-b' : csms < 50 ? 'growth' : 'scale');

export default defineCalculator({
  id: 'stack-by-stage',
  title: 'What to buy at your stage',
  fields: [
    choice('stage', 'Company stage', [...STAGES, ['unknown', 'Not sure']], 'seed'),
    { kind: 'number', id: 'csms', label: 'CSMs', hint: 'Used to place you when the stage is not known.', unit: 'count', default: 2, min: 0, max: 100000, integer: true, profile: 'csms' },
    choice('crm', 'CRM', [NONE, ['yes', 'Yes']], 'yes'),
    choice('support', 'Support system', [NONE, ['basic', 'Basic'], ['mature', 'Mature']], 'none'),
    choice('analytics', 'Product analytics', [NONE, ['light', 'Light'], ['deep', 'Deep']], 'none'),
    choice('csp', 'Customer success platform', [NONE, ['basic', 'Basic tier'], ['premium', 'Top tier, every module on']], 'premium'),
    choice('second-csp', 'Evaluating a second platform alongside the first', yesNo, 'no'),
    choice('integration', 'Systems integrated into one customer view', yesNo, 'no'),
    choice('ops', 'Dedicated CS operations function', yesNo, 'no'),
    choice('warehouse', 'Data warehouse feeding several systems', yesNo, 'no'),
    choice('custom', 'Home-grown replacements for packaged tools', [['no', 'No'], ['edge', 'Yes, with a real edge'], ['copy', 'Yes, to save on a licence']], 'no'),
  ],
  outputs: [
    { id: 'stage', label: 'Stage used', unit: 'keyword' },
    { id: 'buy-now', label: 'Gaps to fill now', unit: 'count' },
    { id: 'too-early', label: 'Bought ahead of the stage', unit: 'count' },
    { id: 'verdict', label: 'Your stack', unit: 'keyword' },
  ],
  compute(inputs) {
    const picked = str(inputs, 'stage');
    const stage: Stage = picked === 'unknown' ? byHeadcount(num(inputs, 'csms')) : (picked as Stage);
    const stageName = STAGES.find(([id]) => id === stage)![1];
    const notes: Note[] = [];
    if (picked === 'unknown')
      notes.push({ level: 'info', text: `Stage placed by headcount: ${num(inputs, 'csms')} CSMs reads as ${stageName} (this book’s rough marks: under 3, under 10, under 50, then more).` });
    const rows = (Object.keys(RULES) as Tool[]).map((tool) => {
      const { name, levels, at } = RULES[tool]!;
      const rule = at[stage];
      const have = levels.indexOf(str(inputs, tool as 'crm'));
      const status = rule.max !== undefined && have > rule.max ? 'Bought too early' : have < rule.need ? 'Buy now' : have > 0 ? 'In place' : tool === 'second-csp' ? 'None, rightly' : 'Not yet';
      return { item: name, advice: rule.why, status };
    });
    const gaps = rows.filter((r) => r.status === 'Buy now');
    const early = rows.filter((r) => r.status === 'Bought too early');
    if (str(inputs, 'crm') === 'none' && stage !== 'seed') notes.push({ level: 'warning', text: `There is no CRM, and at ${stageName} every other tool depends on one: fix that first.` });
    if (str(inputs, 'csp') === 'premium' && (stage === 'seed' || stage === 'series-b'))
      notes.push({ level: 'warning', text: 'A top-tier platform with every module on, this early, tends to sit mostly unused: the timing is wrong, not the product. Buy the simplest version later, when the team has grown into it.' });
    if (str(inputs, 'second-csp') === 'yes') notes.push({ level: 'warning', text: 'Two platforms side by side split the team’s data and attention: choose one, commit, and become good at it.' });
    const custom = str(inputs, 'custom');
    if (custom === 'copy') {
      notes.push({ level: 'warning', text: 'A home-grown copy of a tool you could buy is the costly in-between: the build is underestimated, the result stays partial, and its upkeep never ends.' });
      const copy = { item: 'Home-grown replacements', advice: 'only where the edge is genuine and defensible', status: 'Bought too early' };
      rows.push(copy);
      early.push(copy);
    }
    const verdict =
      gaps.length && early.length
        ? keyword('mixed', 'Gaps and purchases ahead of time')
        : gaps.length
          ? keyword('behind', 'Gaps to fill')
          : early.length
            ? keyword('ahead', 'Bought ahead of the stage')
            : keyword('on-track', 'Right for the stage');
    return {
      outputs: { stage: keyword(stage, stageName), 'buy-now': value(gaps.length), 'too-early': value(early.length), verdict },
      notes,
      tables: [
        {
          id: 'stack',
          caption: `The stack for ${stageName}`,
          columns: [
            { id: 'item', label: 'Tool', unit: 'text' },
            { id: 'advice', label: 'At this stage', unit: 'text' },
            { id: 'status', label: 'Yours', unit: 'text' },
          ],
          rows,
        },
      ],
    };
  },
  reading(_inputs, r) {
    const { 'buy-now': gaps, 'too-early': early } = r.outputs;
    if (!('value' in gaps) || !('value' in early)) return [];
    return [
      ['For ', { output: 'stage' }, ': ', { output: 'verdict' }, '.'],
      gaps.value === 0 && early.value === 0
        ? ['Nothing is missing and nothing was bought early: add the next tool only when going without it hurts more than owning it would cost.']
        : [
            ...(gaps.value > 0 ? ([{ output: 'buy-now' }, gaps.value === 1 ? ' gap to fill' : ' gaps to fill'] as const) : []),
            gaps.value > 0 && early.value > 0 ? ' and ' : '',
            ...(early.value > 0 ? ([{ output: 'too-early' }, early.value === 1 ? ' purchase ahead of its time' : ' purchases ahead of their time'] as const) : []),
            ': the table names each.',
          ],
    ];
  },
});
