import { dismissNotice, storageKey, type StorageNotice } from '../../state/persist';

/** Messages about saved assessment data that could not be read (see state/persist.ts). */
export function Notices({ notices }: { notices: StorageNotice[] }) {
  const mine = notices.filter((n) => n.key.startsWith(storageKey('assessment')));
  return (
    <>
      {mine.map((n) => (
        <p class="calc-notice" role="status" key={n.key}>
          {n.message}{' '}
          <button type="button" class="link" onClick={() => dismissNotice(n.key)}>
            Dismiss
          </button>
        </p>
      ))}
    </>
  );
}
