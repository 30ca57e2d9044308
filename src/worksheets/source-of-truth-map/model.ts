/**
 * The source-of-truth map (chapter 12): kinds of customer data down the side, the systems you
 * run across the top, and in each cell whether the system owns that data or only reads it.
 * The rule it checks is the chapter's: every kind of data has exactly one owning system, and
 * where systems hold the same data a written rule says which one wins when they disagree.
 */
import { toCsv } from '../../lib/csv-write';
import { clean, exportJson, importJson, listOf, oneOf, textOf } from '../common/parse';
import { isRecord } from '../../lib/records';

export const ROLES = [
  { value: 'owns', label: 'Owns' },
  { value: 'reads', label: 'Reads' },
] as const;
export type Role = '' | (typeof ROLES)[number]['value'];

export const LIMITS = { name: 40, rule: 240, systems: 6, kinds: 10 } as const;
export const DEFAULT_SYSTEMS = ['CRM', 'CS platform', 'Support system', 'Product analytics', 'Spreadsheet'];
export const DEFAULT_KINDS = ['Customer records', 'Contacts', 'Contracts', 'Product usage', 'Support tickets', 'Health scores', 'Renewal forecast'];

export interface Kind {
  name: string;
  /** One role per system, in the systems' order. */
  cells: Role[];
  /** Which system wins when two disagree. */
  rule: string;
}

export interface SourceMap {
  version: 1;
  systems: string[];
  kinds: Kind[];
}

export function emptyMap(): SourceMap {
  return { version: 1, systems: [...DEFAULT_SYSTEMS], kinds: DEFAULT_KINDS.map((name) => ({ name, cells: DEFAULT_SYSTEMS.map(() => '' as Role), rule: '' })) };
}

/** The chapter's example: customer records owned in three places at once, the rest in order. */
export function exampleMap(): SourceMap {
  const m = emptyMap();
  const set = (kind: number, roles: Role[]) => (m.kinds[kind]!.cells = roles);
  set(0, ['owns', 'owns', '', '', 'owns']);
  set(1, ['owns', 'reads', 'reads', '', '']);
  set(2, ['owns', 'reads', '', '', '']);
  set(3, ['', 'reads', '', 'owns', '']);
  set(4, ['', 'reads', 'owns', '', '']);
  set(5, ['', 'owns', '', '', '']);
  set(6, ['owns', 'reads', '', '', '']);
  m.kinds[1]!.rule = 'The CRM wins; the CS platform and the support system sync from it nightly.';
  return m;
}

export function parseMap(raw: unknown): SourceMap | undefined {
  if (!isRecord(raw) || raw.version !== 1) return undefined;
  const systems = listOf(raw.systems, LIMITS.systems, (x) => textOf(x, LIMITS.name), DEFAULT_SYSTEMS);
  if (!systems) return undefined;
  const kinds = listOf(
    raw.kinds,
    LIMITS.kinds,
    (x) => {
      if (!isRecord(x)) return undefined;
      const name = textOf(x.name, LIMITS.name);
      const rule = textOf(x.rule, LIMITS.rule);
      const cells = listOf(x.cells, LIMITS.systems, (c) => oneOf(c, ['owns', 'reads'] as const), []);
      // A row keeps one cell per system: short rows are padded, longer ones are unreadable.
      if (name === undefined || rule === undefined || !cells || cells.length > systems.length) return undefined;
      return { name, rule, cells: systems.map((_, i) => cells[i] ?? '') };
    },
    emptyMap().kinds.map((k) => ({ ...k, cells: systems.map(() => '' as Role) })),
  );
  return kinds ? { version: 1, systems, kinds } : undefined;
}

export const KIND = 'csp-source-of-truth-map';
export const exportMap = (m: SourceMap) => exportJson(KIND, m);
export const importMap = (text: string) => importJson(KIND, text, parseMap);

/** Adds a system at the end, with an empty cell in every row. */
export function addSystem(m: SourceMap, name: string): SourceMap {
  if (m.systems.length >= LIMITS.systems) return m;
  return { ...m, systems: [...m.systems, name], kinds: m.kinds.map((k) => ({ ...k, cells: [...k.cells, ''] })) };
}

/** Removes the system at `index` and its column. */
export function removeSystem(m: SourceMap, index: number): SourceMap {
  return { ...m, systems: m.systems.filter((_, i) => i !== index), kinds: m.kinds.map((k) => ({ ...k, cells: k.cells.filter((_, i) => i !== index) })) };
}

export type RowState = 'unnamed' | 'no-owner' | 'one-owner' | 'many-owners';

export interface RowCheck {
  name: string;
  state: RowState;
  owners: string[];
  readers: string[];
  /** More than one system holds the data, so a rule for disagreements is needed. */
  needsRule: boolean;
  message: string;
}

export interface MapCheck {
  rows: RowCheck[];
  /** Systems that own no kind of data. */
  idle: string[];
  /** Rows with exactly one owner, out of the named rows. */
  sound: number;
  named: number;
}

const nameOf = (m: SourceMap, i: number) => clean(m.systems[i] ?? '') || `System ${i + 1}`;
const listed = (names: string[]) => names.join(', ').replace(/, ([^,]*)$/, ' and $1');
const COUNT = ['no', 'one', 'two', 'three', 'four', 'five', 'six'];

export function checkMap(m: SourceMap): MapCheck {
  const rows = m.kinds.map((k): RowCheck => {
    const owners = k.cells.flatMap((c, i) => (c === 'owns' ? [nameOf(m, i)] : []));
    const readers = k.cells.flatMap((c, i) => (c === 'reads' ? [nameOf(m, i)] : []));
    const name = clean(k.name);
    const needsRule = owners.length + readers.length > 1;
    const ruleMissing = needsRule && !clean(k.rule);
    let state: RowState;
    let message: string;
    if (!name) {
      state = 'unnamed';
      message = 'Name this kind of data.';
    } else if (owners.length === 0) {
      state = 'no-owner';
      message = 'No system owns it: pick the one that does.';
    } else if (owners.length > 1) {
      state = 'many-owners';
      message = `${COUNT[owners.length] ?? owners.length} versions of the truth (${listed(owners)}): let one own it and the others read it.`;
      message = message.charAt(0).toUpperCase() + message.slice(1);
    } else {
      state = 'one-owner';
      message = ruleMissing ? `${owners[0]} owns it. Write down which system wins when ${listed([...owners, ...readers])} disagree.` : `${owners[0]} owns it.`;
    }
    return { name, state, owners, readers, needsRule, message };
  });
  const idle = m.systems.flatMap((_, i) => (m.kinds.some((k) => k.cells[i] === 'owns') ? [] : [nameOf(m, i)]));
  const named = rows.filter((r) => r.state !== 'unnamed').length;
  return { rows, idle, sound: rows.filter((r) => r.state === 'one-owner').length, named };
}

export function mapCsv(m: SourceMap): string {
  const check = checkMap(m);
  const rows: string[][] = [['kind_of_data', ...m.systems.map((_, i) => nameOf(m, i)), 'owners', 'rule_when_they_disagree', 'check']];
  m.kinds.forEach((k, r) => rows.push([clean(k.name), ...k.cells.map((c) => c), String(check.rows[r]!.owners.length), clean(k.rule), check.rows[r]!.message]));
  return toCsv(rows);
}
