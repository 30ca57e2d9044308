import { useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { $storageNotices } from '../state/persist';
import { useStore } from '../state/use-store';

type ListProps = { notices: ReturnType<typeof $storageNotices.get>; prefix?: string };
let List: ComponentType<ListProps> | undefined;

/**
 * Messages about saved data (state/persist.ts). Most pages never have one, so the list and its
 * download code load only when a first message appears; the page draws it once they arrive.
 * With `prefix`, only messages about keys that start with it show (see NoticeList).
 */
export function StorageNotices({ prefix }: { prefix?: string }) {
  const notices = useStore($storageNotices, []);
  const [, loaded] = useState(0);
  if (!notices.length) return null;
  if (!List) {
    import('./NoticeList').then(
      (m) => ((List = m.default), loaded(1)),
      // Offline before the list could load: the messages alone, which is what matters.
      () => ((List = ({ notices }) => <>{notices.map((n) => <p class="calc-notice" role="status" key={n.key}>{n.message}</p>)}</>), loaded(2)),
    );
    return null;
  }
  return <List notices={notices} prefix={prefix} />;
}
