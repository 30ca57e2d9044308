import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CalculatorModel, Inputs, OutputSpec, OutputValue, Result } from '../calculators/contract';
import { TARGET, evaluate, hasTarget, outputOf, readQuery, toQuery } from '../calculators/inputs';
import { formatValue, rawValue } from '../calculators/format';
import { filledFromProfile, startingTexts } from '../calculators/sources';
import { $currency, $liveInputs, $mode, $profile, currencies, type Currency, type Mode } from '../state/profile';
import { $storageNotices, dismissNotice } from '../state/persist';
import { useStore } from '../state/use-store';
import { FieldInput } from './FieldInput';
import type { ShareProps } from './SharePanel';
import type { ScenariosProps } from './Scenarios';

export type Place = 'inline' | 'tool' | 'embed';

export interface CalculatorProps {
  /** Chapter presets, in the calculator's own units. */
  inputs?: Record<string, number | string>;
  place?: Place;
  /** Unique on the page; prefixes element ids. */
  uid: string;
  /** Absolute origin for share and embed links, from the site config. */
  origin: string;
  title: string;
}

interface ViewProps extends CalculatorProps {
  model: CalculatorModel;
  /**
   * Extra output drawn from a valid result: a chart, result tables, a sensitivity table.
   * Passed by the calculators that need them, so the others do not ship their code.
   */
  extra?: (result: Result, currency: Currency, values: Inputs) => ComponentChildren;
}

export function CalculatorView({ model, inputs, place = 'inline', uid, origin, title, extra }: ViewProps) {
  const mode = useStore($mode, 'example');
  const profile = useStore($profile, {});
  const currency = useStore($currency, 'USD');
  const notices = useStore($storageNotices, []);
  const [texts, setTexts] = useState(() => startingTexts(model, inputs, 'example', {}));
  const [rejected, setRejected] = useState<string[]>([]);
  const [ready, setReady] = useState(false);
  /** The target scenario's texts while the comparison is open. */
  const [target, setTarget] = useState<Record<string, string>>();
  // Parts that only a reader's action needs load then, so the page does not carry their code.
  const failed = () => setRejected((notes) => [...notes, 'This part of the calculator could not load: check the connection and reload the page.']);
  const [Scenarios, loadScenarios] = useOnDemand<ScenariosProps>(() => import('./Scenarios'), failed);
  const [Share, loadShare] = useOnDemand<ShareProps>(() => import('./SharePanel'), failed);

  // Mode, profile and link presets apply after hydration so the first render matches the
  // server's. Later, only a real change of mode or figures resets the fields: a store
  // re-emitting the same figures must not wipe what the reader typed.
  const source = useRef('');
  useEffect(() => {
    // Read the stores themselves: on the first pass the hook values are still the server's.
    const [nowMode, nowProfile] = [$mode.get(), $profile.get()];
    const key = JSON.stringify([nowMode, nowProfile]);
    if (key === source.current) return;
    const first = source.current === '';
    source.current = key;
    const base = startingTexts(model, inputs, nowMode, nowProfile);
    if (first && place !== 'inline' && location.search) {
      const params = new URLSearchParams(location.search);
      const preset = readQuery(model, params, base);
      const goal = model.scenarios && hasTarget(model, params) ? readQuery(model, params, preset.texts, TARGET) : undefined;
      setTexts(preset.texts);
      setRejected([...preset.rejected, ...(goal?.rejected ?? [])]);
      if (goal) compare(goal.texts);
    } else setTexts(base);
    setReady(true);
  }, [mode, profile]);

  const evaluation = useMemo(() => evaluate(model, texts), [model, texts]);
  useEffect(() => {
    if (evaluation.result) $liveInputs.set({ ...$liveInputs.get(), [model.id]: evaluation.values });
  }, [evaluation]);

  /** Opens the comparison with these target texts, or closes it. */
  function compare(goal: Record<string, string> | undefined) {
    setTarget(goal);
    if (goal) loadScenarios();
  }

  // While the comparison is open, share links carry the target too (`target-retention=95`).
  const query = [toQuery(model, texts), target && toQuery(model, target, TARGET)].filter(Boolean).join('&');
  const toolUrl = `${origin}/tools/${model.id}/${query ? `?${query}` : ''}`;
  const filled = mode === 'mine' ? filledFromProfile(model, profile) : [];
  // Controls that would do nothing for this calculator are left out.
  const usesProfile = model.fields.some((f) => f.profile);
  const usesMoney = [...model.fields, ...model.outputs].some((x) => 'unit' in x && x.unit === 'currency');

  return (
    <section class={`calc calc-${place}`} aria-labelledby={`${uid}-title`} data-calculator={model.id} data-ready={ready ? 'true' : undefined}>
      <header class="calc-head">
        <h2 class="calc-title" id={`${uid}-title`}>
          {place === 'inline' ? <a href={`/tools/${model.id}/`}>{title}</a> : title}
        </h2>
        <div class="calc-toolbar">
          {usesProfile && (
          <fieldset class="segmented">
            <legend class="visually-hidden">Which numbers to use</legend>
            {(['example', 'mine'] as Mode[]).map((m) => (
              <label key={m}>
                <input type="radio" name={`${uid}-mode`} value={m} checked={mode === m} onChange={() => $mode.set(m)} />
                <span>{m === 'example' ? 'Example numbers' : 'My numbers'}</span>
              </label>
            ))}
          </fieldset>
          )}
          {usesMoney && (
          <label class="currency">
            <span class="visually-hidden">Currency</span>
            <select value={currency} onChange={(e) => $currency.set((e.currentTarget as HTMLSelectElement).value as Currency)}>
              {currencies.map((c) => (
                <option key={c} value={c}>{c}</option>
              ))}
            </select>
          </label>
          )}
        </div>
      </header>
      {notices.map((n) => (
        <p class="calc-notice" role="status" key={n.key}>
          {n.message} <button type="button" class="link" onClick={() => dismissNotice(n.key)}>Dismiss</button>
        </p>
      ))}
      {mode === 'mine' && usesProfile && (
        <p class="calc-note">
          {filled.length ? `Filled from your numbers: ${filled.join(', ')}. ` : 'None of your numbers apply here yet. '}
          <a href="/my-numbers/">Edit my numbers</a>
        </p>
      )}
      {rejected.map((r) => (
        <p class="calc-note warn" key={r}>{r}</p>
      ))}
      <form class="calc-fields" onSubmit={(e) => e.preventDefault()} noValidate>
        {model.fields.map((field) => (
          <FieldInput
            key={field.id}
            field={field}
            uid={uid}
            currency={currency}
            text={texts[field.id] ?? ''}
            error={evaluation.errors[field.id]}
            onInput={(text) => setTexts({ ...texts, [field.id]: text })}
          />
        ))}
      </form>
      {evaluation.repair && (
        <p class="calc-repair">
          <button type="button" onClick={() => setTexts({ ...texts, ...evaluation.repair!.texts })}>{evaluation.repair.label}</button>
        </p>
      )}
      <div class="calc-results" aria-live="polite">
        <h3 class="visually-hidden">Results</h3>
        <dl class="calc-outputs">
          {model.outputs.map((out) => {
            const { text, raw, reason } = shown(out, outputOf(model, evaluation, out.id), currency);
            return (
              <div class={`calc-output${reason ? ' unavailable' : ''}`} key={out.id}>
                <dt>{out.label}</dt>
                <dd>
                  <output data-output={out.id} data-value={raw} for={model.fields.map((f) => `${uid}-${f.id}`).join(' ')}>
                    {text}
                  </output>
                  {reason && <span class="calc-reason">{reason}</span>}
                </dd>
              </div>
            );
          })}
        </dl>
        {evaluation.result?.notes.map((n) => (
          <p class={`calc-note ${n.level === 'warning' ? 'warn' : ''}`} key={n.text}>{n.text}</p>
        ))}
        {evaluation.result && extra?.(evaluation.result, currency, evaluation.values)}
      </div>
      {/* Rendered by the server too, so nothing moves when the page comes alive; until then it is disabled. */}
      {model.scenarios && (
        <button type="button" class="calc-compare" disabled={!ready} aria-expanded={!!target} aria-controls={target && `${uid}--compare`} onClick={() => compare(target ? undefined : { ...texts })}>
          Compare today with a target
        </button>
      )}
      {target && Scenarios && <Scenarios id={`${uid}--compare`} model={model} uid={uid} currency={currency} today={texts} target={target} setTarget={setTarget} />}
      {place === 'embed' ? (
        <p class="calc-foot">
          <a href={toolUrl} target="_blank" rel="noopener">Open in the Customer Success Playbook</a>
        </p>
      ) : (
        <details class="calc-share" onToggle={loadShare}>
          <summary>Share or embed these numbers</summary>
          {Share ? (
            <Share uid={uid} origin={origin} model={model} title={title} query={query} url={toolUrl} compared={!!target} />
          ) : (
            <p>
              <a href={toolUrl}>Link to these inputs</a>
            </p>
          )}
        </details>
      )}
    </section>
  );
}

/** What an output shows: the text on screen, the exact value for data-value, and why it is missing if it is. */
export function shown(out: OutputSpec, v: OutputValue, currency: Currency): { text: string; raw: string; reason?: string } {
  if ('unavailable' in v) return { text: 'Not calculated', raw: 'n/a', reason: v.unavailable };
  if (typeof v.value === 'string') return { text: 'label' in v ? v.label : v.value, raw: v.value };
  const unit = out.unit === 'keyword' ? 'number' : out.unit;
  return { text: formatValue(v.value, unit, { currency, decimals: out.decimals }), raw: rawValue(v.value, unit, out.decimals) };
}

/** A component whose code loads on the first call of `load`, so the page does not carry it before. */
function useOnDemand<P>(importer: () => Promise<{ default: ComponentType<P> }>, failed: () => void): [ComponentType<P> | undefined, () => void] {
  const [part, setPart] = useState<ComponentType<P>>();
  return [part, () => part || importer().then((m) => setPart(() => m.default), failed)];
}
