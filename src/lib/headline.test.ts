import { describe, expect, it } from 'vitest';
import { headlineFigures } from './headline';

describe('the cover’s headline figures', () => {
  it('takes the first three <Stat> figures of a chapter, words and all', () => {
    const mdx = '<Stats>\n  <Stat value="5×">Costs <Term id="x">five</Term> times\n as much.</Stat>\n  <Stat value="70%">Seven in ten.</Stat>\n  <Stat value="5 pts">Five points.</Stat>\n  <Stat value="9">Ninth.</Stat>\n</Stats>';
    expect(headlineFigures(mdx)).toEqual([
      { value: '5×', text: 'Costs five times as much.' },
      { value: '70%', text: 'Seven in ten.' },
      { value: '5 pts', text: 'Five points.' },
    ]);
  });

  it('refuses a chapter with fewer than three, rather than a cover with a gap', () => {
    expect(() => headlineFigures('<Stat value="5×">One.</Stat>')).toThrow(/three <Stat> figures/);
  });
});
