import { defineCalculator, keyword, str, unavailable, value, type Note, type Result } from '../contract';
import { grievanceMarkers } from './markers';

export { grievanceMarkers, GRIEVANCE_MARKERS, type Marker } from './markers';

const ELEMENTS = [
  { id: 'cohort', name: 'Cohort', needs: 'Which deals: signed in a named period, now at risk.', test: /\b(?:cohort|quarters?|deals? (?:closed|signed)|accounts? signed|signed (?:since|in|over))\b/i },
  { id: 'pattern', name: 'Pattern', needs: 'The qualification traits they share, with counts.', test: /\b(?:traits?|pattern|in common|share[sd]?|\d+ of \d+)\b|\d+\s?%/i },
  { id: 'counterfactual', name: 'Counterfactual', needs: 'What screening at the sale would have changed.', test: /\b(?:would have|would not have|wouldn't have|had we|if we had|screened)\b/i },
  { id: 'cost', name: 'Cost', needs: 'Fully loaded retention cost, and the NRR gap against ICP-matched accounts.', test: /[$£€]\s?\d|\b(?:net contribution|NRR|retention cost|cost)\b/i },
  { id: 'ask', name: 'Ask', needs: 'One criterion to add at deal review.', test: /\b(?:propose|add|criterion|criteria|gate|deal review)\b/i },
] as const;

export default defineCalculator({
  id: 'grievance-to-governance',
  title: 'From grievance to governance',
  fields: [
    {
      kind: 'text',
      id: 'draft',
      label: 'What you would say to the CRO',
      hint: 'A sentence or a short paragraph. Nothing leaves this page.',
      default: 'Your team keeps selling bad-fit accounts and CS is always left to clean up the mess.',
      maxLength: 2000,
      rows: 4,
    },
  ],
  outputs: [
    { id: 'markers', label: 'Grievance markers', unit: 'count', decimals: 0 },
    { id: 'elements', label: 'Parts of the governance pitch present (of 5)', unit: 'count', decimals: 0 },
    { id: 'reading', label: 'Reading', unit: 'keyword' },
  ],
  compute(inputs) {
    const text = str(inputs, 'draft').trim();
    if (!text) {
      const why = unavailable('Write the sentence you would say to the CRO, and the check runs as you type.');
      return { outputs: { markers: why, elements: why, reading: why }, notes: [] };
    }
    const markers = grievanceMarkers(text);
    const present = ELEMENTS.filter((e) => e.test.test(text));
    const notes: Note[] = [];
    if (!markers.length) notes.push({ level: 'info', text: 'No grievance markers found: the wording is already neutral.' });
    if (present.length < ELEMENTS.length)
      notes.push({ level: 'info', text: `To turn it into a governance pitch, add: ${ELEMENTS.filter((e) => !present.includes(e)).map((e) => e.name.toLowerCase()).join(', ')}.` });
    return {
      outputs: {
        markers: value(markers.length),
        elements: value(present.length),
        reading: markers.length
          ? keyword('grievance', 'Reads as a grievance')
          : present.length === ELEMENTS.length
            ? keyword('governance', 'Reads as governance: all five parts are there')
            : keyword('neutral', 'Neutral, but not yet a full pitch'),
      },
      notes,
      tables: [
        {
          id: 'markers',
          caption: 'Words to change',
          columns: [
            { id: 'phrase', label: 'You wrote', unit: 'text' },
            { id: 'instead', label: 'Try instead', unit: 'text' },
          ],
          rows: markers.map((m) => ({ ...m })),
        },
        {
          id: 'pitch',
          caption: 'The five parts of a governance pitch',
          columns: [
            { id: 'part', label: 'Part', unit: 'text' },
            { id: 'found', label: 'In your draft?', unit: 'text' },
            { id: 'needs', label: 'What it needs', unit: 'text' },
          ],
          rows: ELEMENTS.map((e) => ({ part: e.name, found: present.includes(e) ? 'Yes' : 'Not yet', needs: e.needs })),
        },
      ],
    };
  },
});
