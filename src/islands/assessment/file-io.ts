/** Files in and out of the browser; nothing is uploaded. Used by the plan and team pages. */
import type { ParsedImport } from '../../assessment/files';
export { download } from '../../lib/download';

/** The file code (import, export), loaded when a reader first uses it rather than with the page. */
export const files = () => import('../../assessment/files');

/**
 * Reads an exported JSON file. The size is checked before reading: a character of text is at
 * most four bytes of UTF-8, so anything larger cannot be within the character limit.
 */
export async function readImport(file: File): Promise<ParsedImport> {
  const { MAX_FILE_CHARS, parseImport } = await files();
  if (file.size > MAX_FILE_CHARS * 4) {
    return { ok: false, error: `The file is ${(file.size / 1e6).toFixed(1)} MB; an assessment export is far smaller, so it was not read.` };
  }
  try {
    return parseImport(await file.text());
  } catch {
    return { ok: false, error: 'The file could not be read.' };
  }
}
