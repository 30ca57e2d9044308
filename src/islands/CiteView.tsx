import { useEffect, useState } from 'preact/hooks';
import type { CalculatorModel } from '../calculators/contract';
import { evaluate } from '../calculators/inputs';
import { startingTexts } from '../calculators/sources';
import { $currency, $liveInputs, $mode, $profile, type Currency } from '../state/profile';
import { shown } from './CalculatorView';

export interface CiteProps {
  output: string;
  /** A fixed scenario; without it the figure follows the calculator on the page. */
  inputs?: Record<string, number | string>;
  /** The figure the server rendered, shown until the model loads. */
  initial: string;
}

/** A calculator output cited inside a sentence; it follows the reader's inputs and numbers. */
export function CiteView({ model, output, inputs, initial }: CiteProps & { model: CalculatorModel }) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    const update = () => {
      const live = inputs ? undefined : $liveInputs.get()[model.id];
      const texts = live
        ? Object.fromEntries(Object.entries(live).map(([k, v]) => [k, v === null ? '' : String(v)]))
        : startingTexts(model, inputs, $mode.get(), $profile.get());
      setText(citation(model, texts, output, $currency.get()));
    };
    update();
    const stops = [$liveInputs.listen(update), $mode.listen(update), $profile.listen(update), $currency.listen(update)];
    return () => stops.forEach((stop) => stop());
  }, []);
  return <span class="cite">{text}</span>;
}

/** The text of one output for prose: a formatted number, a keyword's label, or a dash with no broken number. */
export function citation(model: CalculatorModel, texts: Record<string, string>, output: string, currency: Currency): string {
  const spec = model.outputs.find((o) => o.id === output);
  const v = evaluate(model, texts).result?.outputs[output];
  if (!spec || !v || 'unavailable' in v) return 'not calculable at these inputs';
  const { text } = shown(spec, v, currency);
  // A keyword's label starts a sentence on its own ("Healthy"), but sits mid-sentence here.
  return typeof v.value === 'string' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
