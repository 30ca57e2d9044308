import { defineCalculator, keyword, num, str, value, type Note } from '../contract';

const fires = (on: boolean) => (on ? keyword('fires', 'Fires') : keyword('quiet', 'Does not fire'));

export default defineCalculator({
  id: 'playbook-trigger',
  title: 'Adoption playbook trigger',
  fields: [
    { kind: 'number', id: 'flat-days', label: 'Days usage has been flat', unit: 'count', default: 45, min: 0, max: 3650, integer: true },
    {
      kind: 'number',
      id: 'plateau-days',
      label: 'Plateau threshold in days',
      unit: 'count',
      default: 30,
      min: 1,
      max: 365,
      integer: true,
      hint: 'The book’s starting point; set your own.',
    },
    { kind: 'number', id: 'contacts', label: 'Engaged contacts at the customer', unit: 'count', default: 1, min: 0, max: 1000, integer: true },
    {
      kind: 'choice',
      id: 'new-stakeholder',
      label: 'New decision-maker since the sale',
      default: 'no',
      options: [
        { value: 'no', label: 'No' },
        { value: 'yes', label: 'Yes' },
      ],
    },
  ],
  outputs: [
    { id: 'plateau', label: 'Plateau playbook', unit: 'keyword' },
    { id: 'single-threaded', label: 'Single-threaded playbook', unit: 'keyword' },
    { id: 'new-stakeholder', label: 'New-stakeholder playbook', unit: 'keyword' },
    { id: 'count', label: 'Playbooks that fire', unit: 'count', decimals: 0 },
  ],
  compute(inputs) {
    const contacts = num(inputs, 'contacts');
    const on = [num(inputs, 'flat-days') >= num(inputs, 'plateau-days'), contacts <= 1, str(inputs, 'new-stakeholder') === 'yes'];
    const notes: Note[] = [];
    if (contacts === 0) notes.push({ level: 'warning', text: 'No engaged contact at all: escalate rather than wait for a playbook.' });
    if (!on.some(Boolean)) notes.push({ level: 'info', text: 'No playbook fires. Keep watching: adoption can stall quietly.' });
    return {
      outputs: {
        plateau: fires(on[0]!),
        'single-threaded': contacts === 0 ? keyword('escalate', 'Fires: escalate, nobody is engaged') : fires(on[1]!),
        'new-stakeholder': fires(on[2]!),
        count: value(on.filter(Boolean).length),
      },
      notes,
      tables: [
        {
          id: 'playbooks',
          caption: 'The three adoption playbooks for this account',
          columns: [
            { id: 'playbook', label: 'Playbook', unit: 'text' },
            { id: 'trigger', label: 'Trigger', unit: 'text' },
            { id: 'fires', label: 'Fires?', unit: 'text' },
            { id: 'response', label: 'Response', unit: 'text' },
          ],
          rows: [
            ['Plateau', `Usage flat for ${num(inputs, 'plateau-days')} days or more`, 'Choose the next feature or workflow that solves a real problem, given how they use the product today, and lead them to it.'],
            ['Single-threaded', 'One engaged contact, or none', 'Build ties with more people at the customer on purpose, so that no single departure is fatal.'],
            ['New stakeholder', 'A new decision-maker who was not part of the purchase', 'Meet them early, learn their priorities and restate the value in their terms before any vendor review.'],
          ].map(([playbook, trigger, response], i) => ({ playbook: playbook!, trigger: trigger!, fires: on[i] ? 'Yes' : 'No', response: response! })),
        },
      ],
    };
  },
});
