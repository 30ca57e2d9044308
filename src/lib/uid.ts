let counter = 0;
/** Ids unique within a built page, for labels, tooltips and island instances. */
export function nextUid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
