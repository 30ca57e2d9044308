// Its own module so only the page with the "Load the book's example" button carries it.
import { DEFAULT_PERIOD, type MisSell } from './state';

/** The book's illustrative case: the calculators' default answers, and a board page built on them. */
export function exampleWorksheet(): MisSell {
  return {
    version: 1,
    account: 'Northwind Logistics',
    answers: {
      'scope-promised': 'yes',
      'scope-relied': 'yes',
      'segment-outside': 'yes',
      'segment-visible': 'yes',
      'timeline-committed': 'no',
      'timeline-dependent': 'no',
      'stakeholder-authority': 'unsure',
      'stakeholder-exec': 'yes',
      'stakeholder-present': 'yes',
    },
    track: { roadmap: 'yes', bridge: 'yes', cro: 'unaware' },
    cost: {
      'mismatch-accounts': '12',
      'mismatch-value': '1200000',
      'mismatch-cost': '420000',
      'icp-accounts': '40',
      'icp-value': '4000000',
      'icp-cost': '600000',
      'mismatch-nrr': '88',
      'icp-nrr': '112',
    },
    report: {
      period: DEFAULT_PERIOD,
      meeting: 'Board meeting, second quarter',
      agenda: 'Revenue quality and forecast reliability',
      traits: [
        { text: 'Fewer than 200 employees, against an ICP floor of 500', count: '9' },
        { text: 'Integration promised that is not on the committed roadmap', count: '7' },
        { text: 'Champion below director level, with no executive sponsor', count: '5' },
      ],
      gates: [
        'Does the prospect have at least 500 employees?',
        'Is every integration promised in the proposal live or on the committed roadmap?',
        'Has an executive sponsor at director level or above been named?',
      ],
    },
  };
}
