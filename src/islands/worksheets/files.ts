/** Small browser helpers the worksheets share: files out, files in, and today's date. */
export { download } from '../../lib/download';

/** Largest file a worksheet import reads: far above any real export, far below a browser's limits. */
export const MAX_IMPORT = 200_000;

/** Reads the chosen file as text, or explains why it was not read. */
export async function chosenFile(event: Event): Promise<{ name: string; text?: string; error?: string } | undefined> {
  const input = event.currentTarget as HTMLInputElement;
  const file = input.files?.[0];
  input.value = '';
  if (!file) return undefined;
  if (file.size > MAX_IMPORT) return { name: file.name, error: `"${file.name}" is too large to be a worksheet export, so nothing was changed.` };
  return { name: file.name, text: await file.text() };
}

export const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
