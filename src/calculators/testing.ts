import type { OutputValue } from './contract';

/** Test helper: the number an output holds, or a failure naming what it held instead. */
export const n = (o: OutputValue | undefined): number => {
  if (!o || !('value' in o) || typeof o.value !== 'number') throw new Error(`not a number: ${JSON.stringify(o)}`);
  return o.value;
};
