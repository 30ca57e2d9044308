/**
 * What the team page loads on demand, as one module: reading codes and the team logic, making
 * codes, and the reader's own answers and name. One dynamic import keeps the shared pieces
 * (codec, saved answers) plain static chunks on the other assessment pages, rather than chunks
 * that also carry the wrapping a dynamic import needs.
 */
export { decodeResult } from '../../assessment/team';
export { codesFromFiles, combineTeam } from '../../assessment/team-view';
export { encodeResult } from '../../assessment/codec';
export { $answers } from '../../state/assessment';
export { $name } from '../../state/targets';
