/** Files in and out of the browser; nothing is uploaded. Used by the plan and team pages. */
import type { ParsedImport } from '../../assessment/files';

/** Hands the reader a file made in the browser; nothing is uploaded. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

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
