import { persistentAtom } from '../persist';
import { emptyWorksheet, parseWorksheet } from '../../worksheets/health-score/model';

/** The health score worksheet, saved as the reader types under csp:v1:health-score-worksheet. */
export const $healthWorksheet = persistentAtom('health-score-worksheet', emptyWorksheet(), { describe: 'health score worksheet', parse: parseWorksheet });
