import { persistentAtom } from '../persist';
import { emptySlide, parseSlide } from '../../worksheets/board-slide/model';

/** The board slide, saved as the reader types under csp:v1:board-slide. */
export const $boardSlide = persistentAtom('board-slide', emptySlide(), { describe: 'board slide', parse: parseSlide });
