import { defineCalculator, keyword, str, value, type Note } from '../contract';

const YES_NO = [
  { value: 'no', label: 'No' },
  { value: 'yes', label: 'Yes' },
] as const;

// Each sign of the slow failure the conclusion describes, and the short name used in the list.
const SIGNS = [
  ['relabelled', 'CS runs as the support team under a new name', 'CS as relabelled support'],
  ['aggregate', 'Churn is only ever seen as one company-wide figure', 'churn seen only in total'],
  ['masked', 'NRR sits below target, but growth still looks fine', 'NRR below target behind healthy growth'],
  ['shallow', 'Most accounts hang on one contact', 'single-threaded accounts'],
  ['inertia', 'Customers renew without using more of the product', 'renewals by inertia'],
] as const;

/**
 * The conclusion's early-warning list: five signs that CS is being treated as an afterthought
 * while growth still hides the cost. The reading mirrors chapter 3's red flags (one is a
 * problem, two or more mean the bill is already accruing); the thresholds are the book's own.
 */
export default defineCalculator({
  id: 'afterthought-check',
  title: 'Is the bill accruing?',
  fields: SIGNS.map(([id, label]) => ({ kind: 'choice' as const, id, label, options: YES_NO, default: id === 'relabelled' || id === 'aggregate' ? 'yes' : 'no' })),
  outputs: [
    { id: 'count', label: 'Signs present, out of 5', unit: 'score', decimals: 0 },
    { id: 'verdict', label: 'Reading', unit: 'keyword' },
    { id: 'signs', label: 'Present', unit: 'keyword' },
  ],
  compute(inputs) {
    const present = SIGNS.filter(([id]) => str(inputs, id) === 'yes');
    const notes: Note[] = [];
    if (present.length === 0) notes.push({ level: 'info', text: 'None ticked. Confirm it with a cohort view of retention (chapter 4): an average can hide a newer cohort that is slipping.' });
    else notes.push({ level: present.length > 1 ? 'warning' : 'info', text: 'The red flags of chapter 3 and the cohort analysis of chapter 4 show where to start.' });
    return {
      outputs: {
        count: value(present.length),
        verdict:
          present.length === 0
            ? keyword('clear', 'No sign of it on these answers')
            : present.length === 1
              ? keyword('warning', 'One warning sign, to fix before it has company')
              : keyword('accruing', 'The bill is accruing, and it falls due when growth slows'),
        signs: present.length ? keyword(present.map(([id]) => id).join('+'), present.map(([, , name]) => name).join(', ')) : keyword('none', 'None'),
      },
      notes,
    };
  },
});
