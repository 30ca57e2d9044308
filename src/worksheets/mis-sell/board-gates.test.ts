import { describe, expect, it } from 'vitest';
import { emptyWorksheet } from './state';
import { gates } from './sections';
import { reportMarkdown } from './report';

const withGates = (list: string[]) => {
  const ws = emptyWorksheet();
  ws.report.gates = list;
  return ws;
};

describe('the board page’s gate', () => {
  it('lists only yes/no questions as the gate and keeps the rest apart', () => {
    const g = gates(withGates(['Prospect has 500 employees', 'Is the champion a director or above?', 'Ideally check the roadmap']));
    expect(g.questions).toEqual(['Is the champion a director or above?']);
    expect(g.drafts).toEqual(['Prospect has 500 employees', 'Ideally check the roadmap']);
    expect(reportMarkdown(withGates(['Prospect has 500 employees', 'Is the champion a director or above?']))).toContain('1. Is the champion a director or above?\n');
    expect(reportMarkdown(withGates(['Prospect has 500 employees']))).not.toContain('Prospect has 500 employees');
  });

  it('says what is missing when no criterion is a question yet', () => {
    expect(gates(withGates(['Prospect has 500 employees'])).missing).toBe('No yes/no criterion yet: the gate lists only criteria phrased as questions.');
    expect(gates(withGates([''])).missing).toBe('No gate yet: add at least one yes/no criterion.');
  });
});
