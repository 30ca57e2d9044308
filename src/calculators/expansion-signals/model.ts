import { defineCalculator, num, str, unavailable, value, type Note } from '../contract';
import { cellNumber, isHeader, numberedRows } from '../list-rows';

const YES = /^(y|yes|true)$/i;
const NO = /^(n|no|false)?$/i;

/** Each family of signal and the conversation chapter 11 pairs it with. */
const PLAYBOOK = { ceiling: 'Natural-fit conversation', spreading: 'New-use-case conversation', strategic: 'Executive-level conversation' } as const;
type Family = keyof typeof PLAYBOOK;

interface Account {
  name: string;
  use?: number;
  families: Family[];
  review: string;
  overdue: boolean;
}

/**
 * Reads one account a row: name, licensed seats, active seats, usage of the contract limit (%),
 * tier at its limits (yes/no), workflows at purchase, workflows now, a strategic event, days
 * since the last review. Only the name is required; a blank cell is a signal not checked.
 */
function readAccounts(text: string, threshold: number, cadence: number) {
  const accounts: Account[] = [];
  const notes: Note[] = [];
  const warn = (row: number, why: string) => notes.push({ level: 'warning', text: `Row ${row}: ${why}` });
  numberedRows(text).forEach(({ row, cells }, i) => {
    if (i === 0 && isHeader(cells)) return;
    const [name, ...rest] = cells.map((c) => c.trim());
    const figures = [0, 1, 2, 4, 5, 7].map((k) => (rest[k] ? cellNumber(rest[k]) : null));
    const bad = [0, 1, 2, 4, 5, 7].find((k, j) => rest[k] && (figures[j] === undefined || figures[j]! < 0));
    if (!name) return warn(row, 'no account name; row left out.');
    if (bad !== undefined) return warn(row, `"${rest[bad]!.slice(0, 20)}" is not a number of 0 or more; row left out.`);
    const tierText = rest[3] ?? '';
    if (!YES.test(tierText) && !NO.test(tierText)) return warn(row, 'tier at limit must be yes, no or blank; row left out.');
    const [licensed, active, usage, before, now, days] = figures as (number | null)[];
    const families: Family[] = [];
    let use: number | undefined;
    if (licensed !== null && active !== null) {
      if (licensed === 0) warn(row, 'no licensed seats, so no seat use; other signals still count.');
      else {
        use = (active / licensed) * 100;
        if (active > licensed) notes.push({ level: 'info', text: `Row ${row}: ${active} active on ${licensed} seats is an overage, and still a signal.` });
      }
    }
    if ((use !== undefined && use >= threshold) || (usage !== null && usage >= threshold) || YES.test(tierText)) families.push('ceiling');
    if (before !== null && now !== null && now > before) families.push('spreading');
    if (rest[6]) families.push('strategic');
    const overdue = days === null || days > cadence;
    accounts.push({ name, use, families, overdue, review: days === null ? 'No review on record' : overdue ? `Overdue: ${days} days since the last` : `Reviewed ${days} days ago` });
  });
  return { accounts, notes };
}

export default defineCalculator({
  id: 'expansion-signals',
  title: 'Expansion signal scan',
  fields: [
    {
      kind: 'text',
      id: 'accounts',
      label: 'Accounts and their signals',
      hint: 'One account a row, in the columns of the example. Leave a cell blank if you do not track it.',
      default:
        'Account,Licensed seats,Active seats,Usage of limit %,Tier at limit,Workflows at purchase,Workflows now,Strategic event,Days since review\n' +
        'Northwind,250,205,,no,1,1,,30\n' +
        'Harbour Labs,120,70,,no,1,3,,45\n' +
        'Kestrel Group,400,190,,no,2,2,New funding round,20\n' +
        'Alder Health,60,66,,no,1,1,,120\n' +
        'Fenwick Group,150,60,,no,1,1,,',
      maxLength: 20000,
      rows: 7,
      csv: true,
    },
    { kind: 'number', id: 'threshold', label: 'Usage that counts as near the ceiling', hint: 'The chapter’s example is 80% of seats in use.', unit: 'percent', default: 80, min: 0, max: 100 },
    { kind: 'number', id: 'cadence', label: 'Review every (days)', unit: 'count', default: 90, min: 1, max: 730, integer: true },
  ],
  outputs: [
    { id: 'accounts', label: 'Accounts scanned', unit: 'count' },
    { id: 'ceiling', label: 'Near a usage ceiling', unit: 'count' },
    { id: 'spreading', label: 'Adoption spreading to new work', unit: 'count' },
    { id: 'strategic', label: 'Strategic event in the customer’s business', unit: 'count' },
    { id: 'signalled', label: 'Accounts with at least one signal', unit: 'count' },
    { id: 'overdue', label: 'Not reviewed within the cadence', unit: 'count' },
  ],
  compute(inputs) {
    const cadence = num(inputs, 'cadence');
    const { accounts, notes } = readAccounts(str(inputs, 'accounts'), num(inputs, 'threshold'), cadence);
    const count = (f: (a: Account) => boolean) => (accounts.length ? value(accounts.filter(f).length) : unavailable('No accounts yet: paste one a row.'));
    const has = (family: Family) => (a: Account) => a.families.includes(family);
    const overdue = accounts.filter((a) => a.overdue).length;
    return {
      outputs: {
        accounts: value(accounts.length),
        ceiling: count(has('ceiling')),
        spreading: count(has('spreading')),
        strategic: count(has('strategic')),
        signalled: count((a) => a.families.length > 0),
        overdue: count((a) => a.overdue),
      },
      notes,
      tables: [
        {
          id: 'signals',
          caption: 'Each account’s signals and the playbook to run',
          columns: [
            { id: 'name', label: 'Account', unit: 'text' },
            { id: 'use', label: 'Seats in use', unit: 'percent' },
            { id: 'signals', label: 'Signals', unit: 'text' },
            { id: 'playbook', label: 'Playbook', unit: 'text' },
            { id: 'review', label: 'Review', unit: 'text' },
          ],
          rows: accounts.map((a) => ({
            name: a.name,
            use: a.use ?? '',
            signals: a.families.map((f) => ({ ceiling: 'usage near the ceiling', spreading: 'adoption spreading', strategic: 'strategic event' })[f]).join('; ') || 'none',
            playbook: a.families.map((f) => PLAYBOOK[f]).join('; ') || 'Keep watching',
            review: a.review,
          })),
        },
      ],
    };
  },
});
