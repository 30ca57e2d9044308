import { beforeEach, describe, expect, it } from 'vitest';
import * as store from './assessment';
import * as plan from './plan';
import * as persist from './persist';
import { MemoryStorage, reload } from './testing';
import { cleanAnswers } from './assessment';
import { HISTORY_MAX, cleanHistory, cleanTargets } from './plan';
import { CURRENT_QUESTIONS } from '../assessment/codec';
import { NOTE_MAX } from '../assessment/types';

let storage: MemoryStorage;

/** The stores (answers, and history, targets and name) and persistence as a page load gives them, over `storage`. */
function load() {
  reload(storage, store.$answers, plan.$history, plan.$targets, plan.$name);
  return { ...store, ...plan, ...persist };
}

const backups = () => storage.backups();

beforeEach(() => {
  storage = new MemoryStorage();
});

describe('reading saved answers', () => {
  it('keeps well-formed answers, including ids a later edition may add', () => {
    const raw = { 'q1-leader-seat': { level: 'poor', note: ' why ' }, 'q6-churn-insight': { unsure: true }, 'chapter-scale': { level: 'excellent' } };
    expect(cleanAnswers(raw)).toEqual({
      value: { 'q1-leader-seat': { level: 'poor', note: 'why' }, 'q6-churn-insight': { unsure: true }, 'chapter-scale': { level: 'excellent' } },
      dropped: 0,
    });
  });

  it('counts every answer of the wrong shape and leaves it out', () => {
    const raw = { 'q1-leader-seat': { level: 'great' }, 'q2-commercial-ownership': 'average', 'Bad Id': { level: 'poor' }, 'q3-shared-goals': { note: 42 }, 'q4-cost-to-retain': { level: 'average' } };
    expect(cleanAnswers(raw)).toEqual({ value: { 'q4-cost-to-retain': { level: 'average' } }, dropped: 4 });
  });

  it('refuses anything that is not a set of answers', () => {
    for (const raw of [null, 'x', 3, [], true]) expect(cleanAnswers(raw)).toBeUndefined();
  });

  it('reads history entries with real dates and sorts them oldest first', () => {
    const raw = [
      { date: '2025-06-30', answers: { 'q1-leader-seat': { level: 'average' } } },
      { date: '2025-03-31', answers: {} },
      { date: '2025-02-30', answers: {} },
      { date: '2025-04-01' },
    ];
    const cleaned = cleanHistory(raw)!;
    expect(cleaned.value.map((h) => h.date)).toEqual(['2025-03-31', '2025-06-30']);
    expect(cleaned.dropped).toBe(2);
  });

  it('reads targets that name a level and drops the rest', () => {
    expect(cleanTargets({ 'q1-leader-seat': 'excellent', 'q2-commercial-ownership': 'best', 'q3-shared-goals': 2 })).toEqual({ value: { 'q1-leader-seat': 'excellent' }, dropped: 2 });
  });
});

describe('answers saved as the reader goes', () => {
  it('finds answers and notes again after a reload', () => {
    const first = load();
    first.setAnswer('q1-leader-seat', { level: 'average' });
    first.setAnswer('q1-leader-seat', { note: 'Reports to the CEO since May ' });
    first.setAnswer('q6-churn-insight', { unsure: true });
    expect(JSON.parse(storage.getItem('csp:v1:assessment')!)).toEqual({
      'q1-leader-seat': { level: 'average', note: 'Reports to the CEO since May' },
      'q6-churn-insight': { unsure: true },
    });
    const reloaded = load();
    expect(reloaded.$answers.get()).toEqual(first.$answers.get());
    expect(reloaded.$storageNotices.get()).toEqual([]);
  });

  it('treats a level and "don\'t know" as alternatives and removes an emptied answer', () => {
    const { $answers, setAnswer } = load();
    setAnswer('q5-health-score', { level: 'poor' });
    setAnswer('q5-health-score', { level: undefined, unsure: true });
    expect($answers.get()['q5-health-score']).toEqual({ unsure: true });
    setAnswer('q5-health-score', { level: 'excellent', unsure: undefined });
    expect($answers.get()['q5-health-score']).toEqual({ level: 'excellent' });
    setAnswer('q5-health-score', { level: undefined, note: '   ' });
    expect($answers.get()).toEqual({});
  });

  it('counts a level or a "don\'t know" as answered, a note alone as not', () => {
    const { answeredCount } = load();
    const answers = { a: { level: 'poor' as const }, b: { unsure: true }, c: { note: 'later' }, d: { level: 'average' as const } };
    expect(answeredCount(['a', 'b', 'c', 'e'], answers)).toBe(2);
  });

  it('sets corrupted answers aside, says so, and starts afresh', () => {
    storage.setItem('csp:v1:assessment', '{"q1-leader-seat": {"level": "poor"');
    const { $answers, $storageNotices } = load();
    expect($answers.get()).toEqual({});
    expect(backups()).toHaveLength(1);
    expect(storage.getItem(backups()[0]!)).toBe('{"q1-leader-seat": {"level": "poor"');
    expect($storageNotices.get()[0]!.message).toContain(backups()[0]!);
  });

  it('keeps the readable answers when only some are damaged, and backs up the original', () => {
    const saved = { 'q1-leader-seat': { level: 'poor' }, 'q2-commercial-ownership': { level: 'superb' } };
    storage.setItem('csp:v1:assessment', JSON.stringify(saved));
    const { $answers, $storageNotices } = load();
    expect($answers.get()).toEqual({ 'q1-leader-seat': { level: 'poor' } });
    expect(JSON.parse(storage.getItem(backups()[0]!)!)).toEqual(saved);
    expect($storageNotices.get()).toHaveLength(1);
    expect($storageNotices.get()[0]!.message).toMatch(/^1 of your saved assessment answers could not be read/);
  });
});

describe('starting again and importing', () => {
  it('backs the answers up before replacing them, so nothing is lost', () => {
    const { $answers, setAnswer, replaceAnswers } = load();
    setAnswer('q1-leader-seat', { level: 'poor', note: 'keep me' });
    const { backup, previous } = replaceAnswers({});
    expect($answers.get()).toEqual({});
    expect(previous).toEqual({ 'q1-leader-seat': { level: 'poor', note: 'keep me' } });
    expect(JSON.parse(storage.getItem(backup!)!)).toEqual(previous);
    expect(JSON.parse(storage.getItem('csp:v1:assessment')!)).toEqual({});
  });
});

describe('history and targets', () => {
  it('keeps one assessment per date, oldest first, and survives a reload', () => {
    const { $history, saveToHistory, removeFromHistory } = load();
    expect(saveToHistory('2025-06-30', { 'q1-leader-seat': { level: 'average' } })).toBe('added');
    expect(saveToHistory('2025-03-31', { 'q1-leader-seat': { level: 'poor' } })).toBe('added');
    expect(saveToHistory('2025-06-30', { 'q1-leader-seat': { level: 'excellent' } })).toBe('replaced');
    expect($history.get()).toEqual([
      { date: '2025-03-31', answers: { 'q1-leader-seat': { level: 'poor' } } },
      { date: '2025-06-30', answers: { 'q1-leader-seat': { level: 'excellent' } } },
    ]);
    const reloaded = load();
    expect(reloaded.$history.get()).toEqual($history.get());
    removeFromHistory('2025-03-31');
    expect($history.get().map((h) => h.date)).toEqual(['2025-06-30']);
  });

  it('keeps at most HISTORY_MAX assessments, dropping the oldest', () => {
    const { $history, saveToHistory } = load();
    const start = Date.UTC(2000, 0, 1);
    for (let i = 0; i <= HISTORY_MAX; i++) saveToHistory(new Date(start + i * 86_400_000).toISOString().slice(0, 10), {});
    expect($history.get()).toHaveLength(HISTORY_MAX);
    expect($history.get()[0]!.date).toBe('2000-01-02');
  });

  it('keeps the chapters’ scales in history, and a full history of the longest answers still reads back whole', () => {
    const first = load();
    const answers = { 'q1-leader-seat': { level: 'average' as const }, 'onboarding-handoff': { level: 'poor' as const, note: 'No checklist' }, 'health-and-adoption-score': { unsure: true } };
    first.saveToHistory('2025-06-30', answers);
    expect((load()).$history.get()).toEqual([{ date: '2025-06-30', answers }]);

    // Every question and scale with a note JSON doubles in length: the largest history there can be.
    const longest = Object.fromEntries(CURRENT_QUESTIONS.map((id) => [id, { level: 'excellent', exception: true, note: '"'.repeat(NOTE_MAX) }]));
    const start = Date.UTC(2000, 0, 1);
    const full = Array.from({ length: HISTORY_MAX }, (_, i) => ({ date: new Date(start + i * 86_400_000).toISOString().slice(0, 10), answers: longest }));
    const text = JSON.stringify(full);
    // Under the roughly five million characters a browser keeps for a site, with room for the rest;
    // a write the browser refuses is reported (state/persist.ts), and what was saved before stays.
    expect(text.length).toBeLessThan(4_500_000);
    storage.setItem('csp:v1:assessment-history', text);
    const reloaded = load();
    expect(reloaded.$history.get()).toEqual(full);
    expect(reloaded.$storageNotices.get()).toEqual([]);
  });

  it('sets and clears a target per question', () => {
    const { $targets, setTarget } = load();
    setTarget('q4-cost-to-retain', 'excellent');
    setTarget('q9-exec-attention', 'average');
    setTarget('q9-exec-attention', undefined);
    expect($targets.get()).toEqual({ 'q4-cost-to-retain': 'excellent' });
    expect(JSON.parse(storage.getItem('csp:v1:assessment-targets')!)).toEqual({ 'q4-cost-to-retain': 'excellent' });
  });
});
