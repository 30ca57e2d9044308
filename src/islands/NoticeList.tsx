import { BLOCKED, dismissNotice, release, type StorageNotice } from '../state/persist';
import { download } from '../lib/download';

/**
 * The messages about saved data that StorageNotices shows, each with what the reader can do: dismiss it,
 * download a saved copy the browser had no room to back up, or let the page replace that copy.
 * With `prefix`, only notices about keys that start with it show (and blocked storage, which
 * concerns every page that saves), so a page with several islands says each thing once.
 */
export default function NoticeList({ notices, prefix }: { notices: StorageNotice[]; prefix?: string }) {
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
