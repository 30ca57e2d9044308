import { currencies, type Currency } from '../calculators/units';
import { persistentAtom } from './persist';

/** The currency money is shown in, chosen on any calculator and kept across the book. */
export const $currency = persistentAtom<Currency>('currency', 'USD', {
  describe: 'currency choice',
  parse: (raw) => (currencies.includes(raw as Currency) ? (raw as Currency) : undefined),
});
