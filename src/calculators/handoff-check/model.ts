import { defineCalculator, keyword, str, value, type Note } from '../contract';

const DONE = [
  { value: 'no', label: 'Not yet' },
  { value: 'partly', label: 'Partly' },
  { value: 'yes', label: 'Handed over' },
] as const;

// Each item: id, label, short name for the "missing" list, and what to ask the closing rep for.
const ITEMS = [
  ['goals', 'Customer goals in their own words', 'goals', 'ask the rep how the customer described success, word for word, not the deck’s use case.'],
  ['commitments', 'Commitments made during the sale', 'commitments', 'list every promise on timing, features or results that CS now has to keep.'],
  ['stakeholders', 'Stakeholder map: champion, budget holder, sceptics', 'stakeholder map', 'name the champion, the budget holder and the sceptics.'],
  ['risk', 'Deal risk profile', 'risk profile', 'record whether the deal was smooth or won against internal resistance that may return at renewal.'],
] as const;

export default defineCalculator({
  id: 'handoff-check',
  title: 'Sales-to-CS handoff checklist',
  fields: ITEMS.map(([id, label]) =>
    id === 'risk'
      ? {
          kind: 'choice' as const,
          id,
          label,
          default: 'no',
          options: [
            { value: 'no', label: 'Not yet' },
            { value: 'smooth', label: 'Recorded: smooth deal, keen buyer' },
            { value: 'hard-won', label: 'Recorded: hard-won deal' },
          ],
        }
      : { kind: 'choice' as const, id, label, default: 'no', options: DONE },
  ),
  outputs: [
    { id: 'score', label: 'Items handed over, out of 4', unit: 'score', decimals: 0 },
    { id: 'missing', label: 'Still missing', unit: 'keyword' },
  ],
  compute(inputs) {
    const notes: Note[] = [];
    const missing = ITEMS.filter(([id]) => str(inputs, id) === 'no' || str(inputs, id) === 'partly');
    for (const [id, , name, ask] of missing) notes.push({ level: 'info', text: `${name[0]!.toUpperCase()}${name.slice(1)}${str(inputs, id) === 'partly' ? ' (partly done)' : ''}: ${ask}` });
    if (str(inputs, 'risk') === 'hard-won' && str(inputs, 'commitments') !== 'yes')
      notes.unshift({ level: 'warning', text: 'A hard-won deal whose commitments are not written down: CS cannot keep promises it has never seen, and the resistance that nearly sank the deal may return at renewal.' });
    return {
      outputs: {
        score: value(ITEMS.length - missing.length),
        missing: missing.length ? keyword(missing.map(([id]) => id).join('+'), missing.map(([, , name]) => name).join(', ')) : keyword('none', 'Nothing: the handoff is complete'),
      },
      notes,
    };
  },
});
