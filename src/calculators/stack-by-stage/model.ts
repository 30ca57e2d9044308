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
 * The stage table of chapter 12 as levels. Each tool lists its levels (the first means not owned)
 * and, for each stage in order, [level needed, highest level not premature (or none), advice].
 */
type Rule = readonly [need: number, max: number | null, why: string];
const FIRST = 'every other tool reads from it: fix this first';
const ONE = 'never: choose one platform and commit to it';
const LATER = 'not needed yet';
const RULES: readonly (readonly [tool: string, name: string, levels: readonly string[], at: readonly Rule[]])[] = [
  ['crm', 'CRM', ['none', 'yes'], [[1, null, 'the customer record; probably there already'], [1, null, FIRST], [1, null, FIRST], [1, null, FIRST]]],
  ['support', 'Support system', ['none', 'basic', 'mature'], [[1, null, 'a basic one'], [2, null, 'a mature one'], [2, null, 'a mature one'], [2, null, 'a mature one']]],
  ['analytics', 'Product analytics', ['none', 'light', 'deep'], [[0, null, 'light, if usage data is critical'], [2, null, 'better: deep analytics'], [2, null, 'deep'], [2, null, 'deep']]],
  ['csp', 'Customer success platform', ['none', 'basic', 'premium'], [[0, 0, 'not yet: too few customers'], [0, 1, 'evaluate; at most the simplest tier'], [1, null, 'now it pays its way'], [1, null, 'a mature platform']]],
  ['second-csp', 'A second platform', ['no', 'yes'], [[0, 0, ONE], [0, 0, ONE], [0, 0, ONE], [0, 0, ONE]]],
  ['integration', 'Integration', ['no', 'yes'], [[0, null, LATER], [0, null, LATER], [1, null, 'one view of each customer'], [1, null, 'one view of each customer']]],
  ['ops', 'CS operations function', ['no', 'yes'], [[0, null, LATER], [0, null, LATER], [0, null, 'one person from about ten CSMs'], [1, null, 'a team that owns data quality']]],
  ['warehouse', 'Data warehouse', ['no', 'yes'], [[0, null, LATER], [0, null, LATER], [0, null, LATER], [1, null, 'one store every system reads']]],
];

/** With the stage unknown, CS headcount stands in for it: this book's marks at 3, 10 and 50 CSMs. */
const byHeadcount = (csms: number): Stage => (csms < 3 ? 'seed' : csms < 10 ? 'series-b' : csms < 50 ? 'growth' : 'scale');

export default defineCalculator({
  id: 'stack-by-stage',
  title: 'What to buy at your stage',
  fields: [
    choice('stage', 'Company stage', [...STAGES, ['unknown', 'Not sure']], 'seed'),
    { kind: 'number', id: 'csms', label: 'CSMs', hint: 'Used when the stage is not known.', unit: 'count', default: 2, min: 0, max: 100000, integer: true, profile: 'csms' },
    choice('crm', 'CRM', [NONE, ['yes', 'Yes']], 'yes'),
    choice('support', 'Support system', [NONE, ['basic', 'Basic'], ['mature', 'Mature']], 'none'),
    choice('analytics', 'Product analytics', [NONE, ['light', 'Light'], ['deep', 'Deep']], 'none'),
    choice('csp', 'Customer success platform', [NONE, ['basic', 'Basic tier'], ['premium', 'Top tier, every module on']], 'premium'),
    choice('second-csp', 'Evaluating a second platform', yesNo, 'no'),
    choice('integration', 'Systems integrated into one view', yesNo, 'no'),
    choice('ops', 'Dedicated CS operations function', yesNo, 'no'),
    choice('warehouse', 'Data warehouse', yesNo, 'no'),
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
      notes.push({ level: 'info', text: `Placed by headcount: ${num(inputs, 'csms')} CSMs reads as ${stageName}.` });
    const at = STAGES.findIndex(([id]) => id === stage);
    const rows = RULES.map(([tool, item, levels, rules]) => {
      const [need, max, advice] = rules[at]!;
      const have = levels.indexOf(str(inputs, tool as 'crm'));
      const status = max !== null && have > max ? 'Bought too early' : have < need ? 'Buy now' : have > 0 ? 'In place' : tool === 'second-csp' ? 'None, rightly' : 'Not yet';
      return { item, advice, status };
    });
    const gaps = rows.filter((r) => r.status === 'Buy now');
    const early = rows.filter((r) => r.status === 'Bought too early');
    if (str(inputs, 'crm') === 'none' && at > 0) notes.push({ level: 'warning', text: 'No CRM: every other tool reads from it, so fix that first.' });
    if (str(inputs, 'csp') === 'premium' && at < 2) notes.push({ level: 'warning', text: 'A top-tier platform this early mostly sits unused: the timing is wrong, not the product.' });
    if (str(inputs, 'second-csp') === 'yes') notes.push({ level: 'warning', text: 'Two platforms split the team’s data: choose one and commit.' });
    const custom = str(inputs, 'custom');
    if (custom === 'copy') {
      notes.push({ level: 'warning', text: 'A home-grown copy of a tool you could buy is the costly in-between: partial, and maintained for ever.' });
      const copy = { item: 'Home-grown replacements', advice: 'only for a genuine edge', status: 'Bought too early' };
      rows.push(copy);
      early.push(copy);
    }
    const verdict =
      gaps.length && early.length
        ? keyword('mixed', 'Gaps, and buying too early')
        : gaps.length
          ? keyword('behind', 'Gaps to fill')
          : early.length
            ? keyword('ahead', 'Buying too early')
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
});
