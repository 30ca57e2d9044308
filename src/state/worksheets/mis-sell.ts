import { persistentAtom } from '../persist';
import { emptyWorksheet, parseWorksheet } from '../../worksheets/mis-sell/state';

/** The mis-sell worksheet, saved as the reader goes under csp:v1:mis-sell; never in the URL. */
export const $misSell = persistentAtom('mis-sell', emptyWorksheet(), {
  describe: 'mis-sell worksheet',
  parse: parseWorksheet,
});
