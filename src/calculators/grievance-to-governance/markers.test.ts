import { describe, expect, it } from 'vitest';
import { grievanceMarkers } from './markers';

describe('the blame-word check', () => {
  it('catches every form of a blame word, not only its dictionary form', () => {
    const text = 'Sales blamed CS; CS keeps blaming Sales, who blames the deals dumped on us and messed up.';
    expect(grievanceMarkers(text).map((m) => m.phrase)).toEqual(['blamed', 'blaming', 'blames', 'dumped', 'messed']);
  });

  it('leaves neutral words that merely contain one alone', () => {
    expect(grievanceMarkers('The message on default terms was clear; blameless reviews help.')).toEqual([]);
  });
});
