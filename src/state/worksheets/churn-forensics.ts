import { persistentAtom } from '../persist';
import { emptyForensics, parseForensics } from '../../worksheets/churn-forensics/model';

/** The churn forensics worksheet, saved as the reader types under csp:v1:churn-forensics. */
export const $forensics = persistentAtom('churn-forensics', emptyForensics(), { describe: 'churn forensics', parse: parseForensics });
