import { persistentAtom } from '../persist';
import { emptyHandoff, parseHandoff } from '../../worksheets/handoff-check/model';

/** The handoff check, saved as the reader types under csp:v1:handoff-check. */
export const $handoffCheck = persistentAtom('handoff-check', emptyHandoff(), { describe: 'handoff check', parse: parseHandoff });
