import { $storageNotices, BLOCKED, dismissNotice, release } from '../state/persist';
import { useStore } from '../state/use-store';
import { download } from '../lib/download';

/**
 * Messages about saved data (state/persist.ts), each with what the reader can do: dismiss it,
 * download a saved copy the browser had no room to back up, or let the page replace that copy.
 * With `prefix`, only notices about keys that start with it show (and blocked storage, which
 * concerns every page that saves), so a page with several islands says each thing once.
 */
export function StorageNotices({ prefix }: { prefix?: string }) {
  const notices = useStore($storageNotices, []);
  return (
    <>
      {notices
        .filter((n) => !prefix || n.key === BLOCKED || n.key.startsWith(prefix))
        .map(({ key, message, keep }) => (
          <p class="calc-notice" role="status" key={key}>
            {message}{' '}
            {keep && (
              <button type="button" class="link" onClick={() => download(keep.file, keep.text, 'application/json')}>
                Download {keep.name ? 'the saved copy' : 'them'}
              </button>
            )}{' '}
            {keep?.name ? (
              <button type="button" class="link" onClick={() => release(keep.name!)}>
                Replace it with what this page holds
              </button>
            ) : (
              <button type="button" class="link" onClick={() => dismissNotice(key)}>
                Dismiss
              </button>
            )}
          </p>
        ))}
    </>
  );
}
