import { persistentAtom } from '../persist';
import { emptyMap, parseMap } from '../../worksheets/source-of-truth-map/model';

/** The source-of-truth map, saved as the reader types under csp:v1:source-of-truth-map. */
export const $sourceMap = persistentAtom('source-of-truth-map', emptyMap(), { describe: 'source-of-truth map', parse: parseMap });
