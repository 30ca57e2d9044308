import { $storageNotices, dismissNotice } from '../../state/persist';
import { useStore } from '../../state/use-store';

/** Saved data that could not be read, and where its copy is kept. */
export function Notices() {
  const notices = useStore($storageNotices, []);
  return (
    <>
      {notices.map((n) => (
        <p class="calc-notice" role="status" key={n.key}>
          {n.message} <button type="button" class="link" onClick={() => dismissNotice(n.key)}>Dismiss</button>
        </p>
      ))}
    </>
  );
}
