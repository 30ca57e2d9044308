import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CalculatorModel, Inputs, Result } from '../calculators/contract';
import { evaluate, readQuery, toQuery } from '../calculators/inputs';
import { formatValue, rawValue } from '../calculators/format';
import { filledFromProfile, startingTexts } from '../calculators/sources';
import { $currency, $liveInputs, $mode, $profile, currencies, type Currency, type Mode } from '../state/profile';
import { $storageNotices, dismissNotice } from '../state/persist';
import { useStore } from '../state/use-store';
import { CopyField } from './CopyField';
import { FieldInput } from './FieldInput';
import { embedSnippet } from '../calculators/embed';

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

export function CalculatorView({ model, inputs, place = 'inline', uid, origin: builtOrigin, title, extra }: ViewProps) {
  const [origin, setOrigin] = useState(builtOrigin);
  const mode = useStore($mode, 'example');
  const profile = useStore($profile, {});
  const currency = useStore($currency, 'USD');
  const notices = useStore($storageNotices, []);
  const [texts, setTexts] = useState(() => startingTexts(model, inputs, 'example', {}));
  const [rejected, setRejected] = useState<string[]>([]);
  const [ready, setReady] = useState(false);

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
      const preset = readQuery(model, new URLSearchParams(location.search), base);
      setTexts(preset.texts);
      setRejected(preset.rejected);
    } else setTexts(base);
    setReady(true);
  }, [mode, profile]);

  const evaluation = useMemo(() => evaluate(model, texts), [model, texts]);
  useEffect(() => {
    if (evaluation.result) $liveInputs.set({ ...$liveInputs.get(), [model.id]: evaluation.values });
  }, [evaluation]);

  const query = toQuery(model, texts);
  const toolUrl = `${origin}/tools/${model.id}/${query ? `?${query}` : ''}`;
  const filled = mode === 'mine' ? filledFromProfile(model, profile) : [];
  // Controls that would do nothing for this calculator are left out.
  const usesProfile = model.fields.some((f) => f.profile);
  const usesMoney = [...model.fields, ...model.outputs].some((x) => 'unit' in x && x.unit === 'currency');
  const blocking = Object.keys(evaluation.errors).map((id) => model.fields.find((f) => f.id === id)?.label ?? id);

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
      <div class="calc-results" aria-live="polite">
        <h3 class="visually-hidden">Results</h3>
        <dl class="calc-outputs">
          {model.outputs.map((out) => {
            const v = evaluation.result?.outputs[out.id];
            let text: string;
            let raw: string;
            let reason: string | undefined;
            if (!v) {
              raw = 'n/a';
              text = 'Not calculated';
              reason = `Waiting for a valid ${blocking.join(', ')}.`;
            } else if ('unavailable' in v) {
              raw = 'n/a';
              text = 'Not calculated';
              reason = v.unavailable;
            } else if (typeof v.value === 'string') {
              raw = v.value;
              text = 'label' in v ? v.label : v.value;
            } else {
              const unit = out.unit === 'keyword' ? 'number' : out.unit;
              raw = rawValue(v.value, unit, out.decimals);
              text = formatValue(v.value, unit, { currency, decimals: out.decimals });
            }
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
      {place === 'embed' ? (
        <p class="calc-foot">
          <a href={toolUrl} target="_blank" rel="noopener">Open in the Customer Success Playbook</a>
        </p>
      ) : (
        <details class="calc-share">
          <summary>Share or embed these numbers</summary>
          <CopyField id={`${uid}-share`} label="Link to these inputs" value={toolUrl} />
          <CopyField
            id={`${uid}-embed`}
            label="Embed code for a wiki or web page"
            value={embedSnippet(origin, model.id, title, embedHeight(model), query)}
            multiline
          />
        </details>
      )}
    </section>
  );
}

/** A first guess before the frame reports its real height. */
const embedHeight = (model: CalculatorModel) => 260 + 72 * Math.ceil(model.fields.length / 2) + 56 * model.outputs.length;


