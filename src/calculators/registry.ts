import type { CalculatorModel } from './contract';

/** Every calculator model, by id, for server rendering, pages and tests. */
const modules = import.meta.glob<{ default: CalculatorModel }>('./*/model.ts', { eager: true });

export const models: Record<string, CalculatorModel> = Object.fromEntries(
  Object.values(modules).map((m) => [m.default.id, m.default]),
);

export function modelFor(id: string): CalculatorModel {
  const model = models[id];
  if (!model) throw new Error(`Unknown calculator "${id}". Known calculators: ${Object.keys(models).sort().join(', ')}.`);
  return model;
}
