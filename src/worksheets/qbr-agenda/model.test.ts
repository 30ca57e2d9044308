import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { agendaMarkdown, checkAgenda, dateErrors, emptyAgenda, exampleAgenda, exportAgenda, importAgenda, parseAgenda } from './model';

describe('QBR agenda', () => {
  it('passes every check on the book’s example', () => {
    expect(checkAgenda(exampleAgenda()).map((c) => [c.id, c.ok])).toEqual([
      ['goals', true],
      ['recommendation', true],
      ['customer-action', true],
      ['vendor-action', true],
      ['decision-maker', true],
    ]);
  });

  it('fails each check on an empty agenda', () => {
    expect(checkAgenda(emptyAgenda()).every((c) => !c.ok)).toBe(true);
  });

  it('calls a meeting with no decision-maker invited a check-in', () => {
    const a = exampleAgenda();
    a.next = a.next.map((p) => ({ ...p, decides: false }));
    const failed = checkAgenda(a).filter((c) => !c.ok);
    expect(failed.map((c) => c.id)).toEqual(['decision-maker']);
    expect(failed[0]!.text).toContain('check-in');
  });

  it('needs actions owned on both sides', () => {
    const a = exampleAgenda();
    a.actions = a.actions.filter((x) => x.side === 'customer');
    expect(checkAgenda(a).find((c) => c.id === 'vendor-action')!.ok).toBe(false);
  });

  it('catches dates that do not exist', () => {
    const a = exampleAgenda();
    a.date = '2025-02-30';
    a.actions[0]!.due = '2024-02-29';
    expect(dateErrors(a)).toEqual({ date: 'The meeting date must be a real date.' });
  });

  it('writes the agenda as Markdown in the three blocks, escaping what the reader typed', () => {
    const a = exampleAgenda();
    a.account = 'Acme | <b>';
    const text = agendaMarkdown(a);
    expect(text.startsWith('# Business review: Acme \\| \\<b\\>')).toBe(true);
    expect(text.match(/^## /gm)).toEqual(['## ', '## ', '## ']);
    expect(text).toContain('- Cut month-end close from ten days to six: on track');
    expect(text).toContain('| Draft the migration plan for the regional reports | CSM | Us |  |');
  });

  it('round-trips through JSON and refuses other files or malformed ones', () => {
    expect(importAgenda(exportAgenda(exampleAgenda()))).toEqual(exampleAgenda());
    expect(importAgenda(JSON.stringify({ kind: 'csp-deal-review', version: 1 }))).toBeUndefined();
    expect(parseAgenda({ version: 1, goals: [{ goal: 'x', status: 'great' }] })).toBeUndefined();
    expect(parseAgenda({ version: 1, actions: Array.from({ length: 9 }, () => ({})) })).toBeUndefined();
    expect(parseAgenda({ version: 1 })).toEqual(emptyAgenda());
  });

  it('never throws on any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => void parseAgenda(v)));
  });
});
