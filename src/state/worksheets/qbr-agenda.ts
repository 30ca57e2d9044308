import { persistentAtom } from '../persist';
import { emptyAgenda, parseAgenda } from '../../worksheets/qbr-agenda/model';

/** The QBR agenda, saved as the reader types under csp:v1:qbr-agenda. */
export const $qbrAgenda = persistentAtom('qbr-agenda', emptyAgenda(), { describe: 'QBR agenda', parse: parseAgenda });
