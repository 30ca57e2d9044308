import { defineCalculator, keyword, num, str, unavailable, value, type Note, type TableOutput } from '../contract';
import { cellNumber, isHeader, numberedRows } from '../list-rows';

const YES = /^(y|yes|true)$/i;
const NO = /^(n|no|false)?$/i;
const UNSURE = /^(unsure|not sure|maybe|don[’']?t know|\?)?$/i;

type Test = 'yes' | 'no' | 'unsure';
type Decision = 'sponsor' | 'waiting' | 'not-now' | 'decide' | 'next-tier';
const DECISIONS: Record<Decision, string> = {
  sponsor: 'Sponsor',
  waiting: 'Waits for a sponsor',
  'not-now': 'Not now',
  decide: 'Decide first',
  'next-tier': 'Next tier: usually no',
};

interface Account {
  row: number;
  name: string;
  arr: number;
  reference: boolean;
  expansion: boolean;
  test: Test;
}

// The book's own illustration (the source names no accounts): seven large customers, one line each.
const EXAMPLE = `Account, ARR, Reference value, Expansion value, Would a peer tie change the outcome?
Northwind Health, 2400000, yes, yes, yes
Meridian Bank, 1900000, no, yes, yes
Atlas Logistics, 1500000, yes, no, no
Harbour Retail, 1100000, no, no, unsure
Kestrel Energy, 900000, yes, yes, yes
Pinecrest Foods, 650000, no, yes, yes
Orion Media, 400000, no, no, yes`;

function parse(text: string, notes: Note[]): Account[] {
  const accounts: Account[] = [];
  const bad = (row: number, problem: string) => notes.push({ level: 'warning', text: `Row ${row}: ${problem}; the row was left out.` });
  numberedRows(text).forEach(({ row, cells }, i) => {
    if (i === 0 && isHeader(cells)) return;
    const [name = '', arrCell = '', ref = '', exp = '', test = ''] = cells.map((c) => c.trim());
    const arr = cellNumber(arrCell);
    if (!name) return bad(row, 'give the account a name');
    if (arr === undefined || arr < 0) return bad(row, 'ARR must be an amount of zero or more');
    if (!YES.test(ref) && !NO.test(ref)) return bad(row, 'reference value must be yes or no');
    if (!YES.test(exp) && !NO.test(exp)) return bad(row, 'expansion value must be yes or no');
    if (!YES.test(test) && !/^(n|no|false)$/i.test(test) && !UNSURE.test(test)) return bad(row, 'the test answer must be yes, no or unsure');
    accounts.push({ row, name, arr, reference: YES.test(ref), expansion: YES.test(exp), test: YES.test(test) ? 'yes' : /^(n|no|false)$/i.test(test) ? 'no' : 'unsure' });
  });
  return accounts;
}

export default defineCalculator({
  id: 'executive-sponsorship',
  title: 'Executive sponsorship test',
  fields: [
    {
      kind: 'text',
      id: 'accounts',
      label: 'Your largest accounts',
      default: EXAMPLE,
      maxLength: 20_000,
      rows: 8,
      csv: true,
      hint: 'One per line: account, ARR, reference value, expansion value (yes or no), and whether a peer tie would change the outcome (yes, no or unsure).',
    },
    { kind: 'number', id: 'handful', label: 'Accounts in your top handful', unit: 'count', default: 5, min: 1, max: 1000, integer: true },
    { kind: 'number', id: 'capacity', label: 'Accounts your executives can sponsor', unit: 'count', default: 4, min: 0, max: 1000, integer: true },
  ],
  outputs: [
    { id: 'shortlist', label: 'Accounts that pass the test', unit: 'count' },
    { id: 'sponsored', label: 'Sponsored now', unit: 'count' },
    { id: 'sponsored-arr', label: 'ARR under a sponsor', unit: 'currency' },
    { id: 'waiting', label: 'Passing, but no sponsor free', unit: 'count' },
    { id: 'unsure', label: 'Still to decide', unit: 'count' },
    { id: 'verdict', label: 'Against your capacity', unit: 'keyword' },
  ],
  compute(inputs) {
    const notes: Note[] = [];
    const accounts = parse(str(inputs, 'accounts'), notes);
    if (!accounts.length) {
      const none = unavailable('No usable accounts yet: list your largest accounts, one per line.');
      return { outputs: { shortlist: none, sponsored: none, 'sponsored-arr': none, waiting: none, unsure: none, verdict: none }, notes };
    }
    // Largest first; equal ARR keeps the order the reader gave.
    const ranked = accounts.map((a, i) => ({ a, i })).sort((x, y) => y.a.arr - x.a.arr || x.i - y.i).map((x) => x.a);
    const handful = num(inputs, 'handful');
    // An account level on ARR with the last of the handful is as large as it, so it counts too.
    const edge = ranked[Math.min(handful, ranked.length) - 1]!.arr;
    const top = new Set(ranked.filter((a, i) => i < handful || a.arr === edge).map((a) => a.row));
    if (top.size > handful) notes.push({ level: 'info', text: 'Accounts level on ARR at the edge of the top handful all count as in it.' });

    const capacity = num(inputs, 'capacity');
    let given = 0;
    const decided = ranked.map((a) => {
      const strategic = top.has(a.row) || a.reference || a.expansion;
      const decision: Decision =
        a.test === 'no' ? 'not-now'
        : a.test === 'unsure' ? 'decide'
        : !strategic ? 'next-tier'
        : given++ < capacity ? 'sponsor'
        : 'waiting';
      return { a, decision };
    });
    const count = (d: Decision) => decided.filter((x) => x.decision === d);
    const [sponsored, waiting, unsure, nextTier] = [count('sponsor'), count('waiting'), count('decide'), count('next-tier')];
    const shortlist = sponsored.length + waiting.length;
    const names = (xs: typeof decided) => xs.map((x) => x.a.name).slice(0, 6).join(', ') + (xs.length > 6 ? ` and ${xs.length - 6} more` : '');

    if (waiting.length) notes.push({ level: 'warning', text: `More accounts pass than your executives can hold: ${names(waiting)} must wait.` });
    if (nextTier.length) notes.push({ level: 'warning', text: `Next tier, usually a no: ${names(nextTier)}. Write down why if you sponsor one.` });
    if (unsure.length) notes.push({ level: 'info', text: `Unsure: ${names(unsure)}. Write down what a peer tie would change rather than defaulting to yes.` });

    const table: TableOutput = {
      id: 'shortlist',
      caption: 'Your accounts, largest first',
      columns: [
        { id: 'account', label: 'Account', unit: 'text' },
        { id: 'arr', label: 'ARR', unit: 'currency' },
        { id: 'top', label: 'Top handful', unit: 'text' },
        { id: 'test', label: 'Peer tie changes the outcome', unit: 'text' },
        { id: 'decision', label: 'Decision', unit: 'text' },
      ],
      rows: decided.map(({ a, decision }) => ({ account: a.name, arr: a.arr, top: top.has(a.row) ? 'Yes' : 'No', test: a.test, decision: DECISIONS[decision] })),
    };
    return {
      outputs: {
        shortlist: value(shortlist),
        sponsored: value(sponsored.length),
        'sponsored-arr': value(sponsored.reduce((s, x) => s + x.a.arr, 0)),
        waiting: value(waiting.length),
        unsure: value(unsure.length),
        verdict: !shortlist ? keyword('none', 'No account needs a sponsor') : waiting.length ? keyword('over', 'Over capacity') : keyword('within', 'Within capacity'),
      },
      notes,
      tables: [table],
    };
  },
});
