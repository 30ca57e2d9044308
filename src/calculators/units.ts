/** How a figure is read and shown. */
export type Unit = 'currency' | 'percent' | 'years' | 'months' | 'count' | 'ratio' | 'score' | 'number';

export type Currency = 'USD' | 'GBP' | 'EUR';
export const currencies: readonly Currency[] = ['USD', 'GBP', 'EUR'];
