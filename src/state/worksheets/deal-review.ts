import { persistentAtom } from '../persist';
import { emptyReview, parseReview } from '../../worksheets/deal-review/model';

/**
 * The deal review saves as the reader goes, in this browser only, under csp:v1:deal-review.
 * It never reaches the URL. Each worksheet has its own module so a page loads only its own.
 */
export const $dealReview = persistentAtom('deal-review', emptyReview(), {
  describe: 'deal review',
  parse: parseReview,
});
