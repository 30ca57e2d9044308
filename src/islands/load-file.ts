import { formatValue } from '../calculators/format';
/**
 * Reads a chosen file into the box. A file over the box's limit is refused before anything
 * changes, with its size and the limit: what the reader had in the box stays as it was. No
 * character takes more than four bytes, so a larger file is refused without being read.
 */
export async function loadFile(input: HTMLInputElement, max: number, onInput: (text: string) => void, refuse: (why?: string) => void) {
  const file = input.files?.[0];
  input.value = '';
  if (!file) return;
  const fits = file.size <= max * 4;
  const text = fits ? await file.text().catch(() => undefined) : undefined;
  if (text !== undefined && text.length <= max) return refuse(), onInput(text.replace(/^\uFEFF/, ''));
  const n = (k: number) => formatValue(k, 'count');
  refuse(
    `"${file.name}" was not loaded: ${fits && text === undefined ? 'it could not be read' : `it is ${n(Math.ceil(file.size / 1e3))} KB${text ? `, ${n(text.length)} characters` : ''}, and this box takes at most ${n(max)} characters`}. What was in the box is unchanged.`,
  );
}
