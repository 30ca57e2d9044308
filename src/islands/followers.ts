import type { CalculatorModel } from '../calculators/contract';
import { citation } from '../calculators/delta';
import type { Currency } from '../calculators/units';

/**
 * Figures in the prose that follow a calculator (`<Value follow>`): plain text the calculator
 * rewrites, so prose costs no island of its own. Loaded only on pages that have such figures.
 */
export function updateFollowers(model: CalculatorModel, texts: Record<string, string>, currency: Currency): void {
  for (const el of document.querySelectorAll<HTMLElement>(`[data-follows="${model.id}"]`)) {
    const delta = el.dataset.delta ? (JSON.parse(el.dataset.delta) as Record<string, number>) : undefined;
    const cite = citation(model, texts, el.dataset.output!, currency, delta);
    el.textContent = cite.text;
    el.dataset.value = cite.raw;
  }
}
