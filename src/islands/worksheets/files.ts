/** Small browser helpers the worksheets share: files out, files in, and today's date. */
import type { WritableAtom } from 'nanostores';
import type { Imported } from '../../lib/envelope';
import { backUp } from '../../state/persist';
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
  return { name: file.name, text: await file.text().catch(() => '') };
}

/**
 * Imports a chosen file over a saved worksheet, first keeping a copy of the one it replaces in
 * this browser, as every replace does. Returns the sentence to show. With no room for the copy,
 * nothing is replaced: an empty worksheet needs no copy, so exporting and starting again clears the way.
 */
export async function importOver<T>(event: Event, $store: WritableAtom<T>, name: string, read: (text: string) => Imported<T>, empty: T, what: string): Promise<string | undefined> {
  const file = await chosenFile(event);
  if (!file) return undefined;
  if (file.error || file.text === undefined) return file.error;
  const imported = read(file.text);
  if (!imported.ok) return `"${file.name}" was not imported, and nothing was changed: ${imported.error}`;
  const current = JSON.stringify($store.get());
  const backup = current === JSON.stringify(empty) ? '' : backUp(name, current);
  if (backup === undefined)
    return `"${file.name}" was not imported: this browser would not keep a copy of your current ${what} (its storage is full or blocked), so it stays as it is. Export it, start again, then import the file.`;
  $store.set(imported.value);
  return `Loaded the ${what} from "${file.name}".${backup ? ` Your previous ${what} is kept in this browser under "${backup}".` : ''}`;
}

export const today = () => new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
