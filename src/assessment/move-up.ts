/**
 * "What moving up takes" is written per starting level: "From poor, …. From average, …." A reader
 * at one level needs only their own step, or the steps between their level and a target.
 */
import { LEVELS, type Level } from './types';

const MARK = /\bFrom (poor|average), /g;

/** The step written for each starting level, or undefined when the text has one step for all. */
export function moveUpSteps(moveUp: string): Partial<Record<Level, string>> | undefined {
  const marks = [...moveUp.matchAll(MARK)];
  if (marks.length === 0) return undefined;
  const steps: Partial<Record<Level, string>> = {};
  marks.forEach((m, i) => {
    steps[m[1] as Level] = moveUp.slice(m.index, marks[i + 1]?.index ?? moveUp.length).trim();
  });
  return steps;
}

/** The steps from one level (unknown: from the bottom) up to a target: empty at or above it. */
export function stepsFrom(moveUp: string, from: Level | undefined, to: Level = 'excellent'): string {
  const first = from ? LEVELS.indexOf(from) : 0;
  const last = LEVELS.indexOf(to);
  if (first >= last) return '';
  const steps = moveUpSteps(moveUp);
  if (!steps) return moveUp;
  const wanted = LEVELS.slice(first, last).map((level) => steps[level]).filter(Boolean);
  return wanted.length ? wanted.join(' ') : moveUp;
}
