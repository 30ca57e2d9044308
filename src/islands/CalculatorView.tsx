import type { ComponentChildren, ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { atom } from 'nanostores';
import type { CalculatorModel, Inputs, Result } from '../calculators/contract';
import { figureText, shown } from '../calculators/cite';
import { TARGET, evaluate, outputOf, toQuery } from '../calculators/inputs';
import { exampleTexts, readsAsExample, startFrom, type LinkStart } from '../calculators/start';
import type { Mode, Profile } from '../calculators/profile';
import type { ProfileFill } from '../calculators/sources';
import { currencies, type Currency } from '../calculators/units';
import { $currency } from '../state/currency';
import { useStore } from '../state/use-store';
import { FieldInput } from './FieldInput';
import { changedBeforeHydration } from './kept-input';
import { StorageNotices } from './StorageNotices';
import { keepDraft, readDraft } from './drafts';
import type { ReaderNumbers } from './reader-numbers';
import type { ShareProps } from './SharePanel';
import type { ScenariosProps } from './Scenarios';

export type Place = 'inline' | 'tool' | 'embed';

export interface CalculatorProps {
  /** Chapter presets, in the calculator's own units. */
  inputs?: Record<string, number | string>;
  place?: Place;
  /** Unique on the page; prefixes element ids. */
  uid: string;
  /** The origin of links before the island runs ('' keeps them relative); once running, links use the address the reader is on. */
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
  /** The reader's own figures, for calculators whose fields take them (reader-numbers.tsx). */
  numbers?: ReaderNumbers;
}

// Stand-ins for calculators that take none of the reader's figures: always the example.
const EXAMPLE = atom<Mode>('example');
const NO_FIGURES = atom<Profile>({});

export function CalculatorView({ model, inputs, place = 'inline', uid, origin, title, extra, numbers }: ViewProps) {
  const $mode = numbers?.$mode ?? EXAMPLE;
  const $profile = numbers?.$profile ?? NO_FIGURES;
  const mode = useStore($mode, 'example');
  const profile = useStore($profile, {});
  const currency = useStore($currency, 'USD');
  const [texts, setTexts] = useState(() => startFrom(model, inputs).texts);
  const [rejected, setRejected] = useState<string[]>([]);
  const [fill, setFill] = useState<ProfileFill>();
  const [setByLink, setSetByLink] = useState(false);
  const [ready, setReady] = useState(false);
  /** The target scenario's texts while the comparison is open. */
  const [target, setTarget] = useState<Record<string, string>>();
  const [sharing, setSharing] = useState(false);
  const root = useRef<HTMLElement>(null);
  // Read during the first render, before hydration rewrites the form, as kept-input.ts explains.
  const early = useRef<ReturnType<typeof changedBeforeHydration>>();
  early.current ??= typeof document == 'undefined' ? [] : changedBeforeHydration(document.getElementById(`${uid}-title`)?.closest('section')?.querySelector('form') ?? null);
  // Parts that only a reader's action needs load then, so the page does not carry their code.
  const failed = () => setRejected((notes) => [...notes, 'This part of the calculator could not load: check the connection and reload the page.']);
  const [Scenarios, loadScenarios] = useOnDemand<ScenariosProps>(() => import('./Scenarios'), failed);
  const [Share, loadShare] = useOnDemand<ShareProps>(() => import('./SharePanel'), failed);

  // Mode, profile and link presets apply after hydration so the first render matches the
  // server's. Later, only a real change of mode or figures resets the fields: a store
  // re-emitting the same figures must not wipe what the reader typed.
  const source = useRef('');
  const started = useRef<Record<string, string>>({});
  useEffect(() => (ready ? keepDraft(uid, texts, started.current) : undefined), [ready, texts]);
  useEffect(() => {
    // Read the stores themselves: on the first pass the hook values are still the server's.
    const [nowMode, nowProfile] = [$mode.get(), $profile.get()];
    const key = JSON.stringify([nowMode, nowProfile]);
    if (key === source.current) return;
    const first = source.current === '';
    // An embed's link figures belong to the page that embeds it: nothing the reader saved replaces them.
    if (!first && setByLink && place === 'embed') return;
    source.current = key;
    // Whatever the reader typed before the page came alive, or before a reload (drafts.ts), is theirs, and stays.
    const typed: Record<string, string> = first ? { ...readDraft(uid), ...Object.fromEntries(early.current!.map(([c, v]) => [(c as HTMLInputElement).name, v]).filter(([name]) => name! in texts)) } : {};
    const apply = (link?: LinkStart) => {
      const start = startFrom(model, inputs, link, !link && numbers && nowMode === 'mine' ? numbers.fill(model, nowProfile) : undefined);
      started.current = start.texts;
      setTexts({ ...start.texts, ...typed });
      setRejected(start.rejected);
      setFill(start.fill);
      setSetByLink(start.setByLink);
      if (start.target) compare(start.target);
      setReady(true);
    };
    // Only tool and embed pages read figures from their link, so chapters never load that code.
    if (first && place !== 'inline' && location.search) import('../calculators/link').then((m) => apply(m.readLink(model, location.search, inputs)), () => apply());
    else apply();
  }, [mode, profile]);

  const evaluation = useMemo(() => evaluate(model, texts), [model, texts]);
  // The example's own values are worked out once; each keystroke compares against them.
  const exampleValues = useMemo(() => evaluate(model, exampleTexts(model, inputs)).values, [model]);
  const example = readsAsExample(model, evaluation, exampleValues);

  // Figures in the prose that follow this calculator (`<Value follow>`) are updated by the first
  // calculator of this id on the page; the code that does it loads only where such figures are.
  useEffect(() => {
    if (!ready || document.querySelector(`[data-calculator="${model.id}"]`) !== root.current || !document.querySelector(`[data-follows="${model.id}"]`)) return;
    import('./followers').then((m) => m.updateFollowers(model, texts, currency), failed);
  }, [ready, texts, currency]);

  /** Opens the comparison with these target texts, or closes it. */
  function compare(goal: Record<string, string> | undefined) {
    setTarget(goal);
    if (goal) loadScenarios();
  }

  // While the comparison is open, share links carry the target too (`target-retention=95`).
  const query = [toQuery(model, texts), target && toQuery(model, target, TARGET)].filter(Boolean).join('&');
  const here = ready ? location.origin : origin;
  const toolUrl = `${here}/tools/${model.id}/${query ? `?${query}` : ''}`;
  // Controls that would do nothing for this calculator are left out.
  const usesProfile = !!numbers && model.fields.some((f) => f.profile);
  const showSwitch = usesProfile && !(place === 'embed' && setByLink);
  const usesMoney = [...model.fields, ...model.outputs].some((x) => 'unit' in x && x.unit === 'currency');
  const reading = ready && !example && evaluation.result && model.reading?.(evaluation.values, evaluation.result);

  return (
    <section ref={root} class={`calc calc-${place}`} aria-labelledby={`${uid}-title`} data-calculator={model.id} data-ready={ready ? 'true' : undefined}>
      <header class="calc-head">
        <h2 class="calc-title" id={`${uid}-title`}>
          {place === 'inline' ? <a href={`/tools/${model.id}/`}>{title}</a> : title}
        </h2>
        <div class="calc-toolbar">
          {showSwitch && (
            <fieldset class="segmented">
              <legend class="visually-hidden">Which numbers to use</legend>
              {(['example', 'mine'] as Mode[]).map((m) => (
                <label key={m}>
                  <input type="radio" name={`${uid}-mode`} value={m} checked={mode === m && !setByLink} disabled={!ready} onChange={() => $mode.set(m)} />
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
      <StorageNotices />
      {setByLink && <p class="calc-note" role="status">Figures set by {place === 'embed' ? 'this page' : 'the link you followed'}.</p>}
      {!setByLink && mode === 'mine' && usesProfile && fill && <numbers.Note fill={fill} />}
      {rejected.map((r) => (
        <p class="calc-note warn" role="alert" key={r}>{r}</p>
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
          <p class={`calc-note ${n.level === 'warning' ? 'warn' : ''}`} role="status" key={n.text}>{n.text}</p>
        ))}
        {reading && evaluation.result && reading.length > 0 && (
          <div class="calc-reading" data-reading={model.id}>
            <h3>What these figures say</h3>
            <p>
              {reading.map((sentence, i) => (
                <span key={i}>
                  {i > 0 && ' '}
                  {sentence.map((part, j) => {
                    if (typeof part === 'string') return part;
                    const f = figureText(model, evaluation.result!, part, currency);
                    return <strong key={j} data-figure={f.output ?? 'computed'} data-value={f.raw}>{f.text}</strong>;
                  })}
                </span>
              ))}
            </p>
          </div>
        )}
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
        // Until the page runs, a <details> (it opens without JavaScript); then a button and a hidden
        // panel of the same height, because while a closed <details> is anywhere on the page,
        // Chromium takes seconds to select the text of a long pasted list (test/bench/lists.mjs).
        <div class="calc-share">
          {ready ? (
            <>
              <button type="button" aria-expanded={sharing} aria-controls={`${uid}--share-panel`} onClick={() => (setSharing(!sharing), loadShare())}>
                Share or embed these numbers
              </button>
              <div id={`${uid}--share-panel`} hidden={!sharing}>
                {Share ? <Share uid={uid} origin={here} model={model} title={title} query={query} url={toolUrl} compared={!!target} /> : <p><a href={toolUrl}>Link to these inputs</a></p>}
              </div>
            </>
          ) : (
            <details>
              <summary>Share or embed these numbers</summary>
              <p>
                <a href={toolUrl}>Link to these inputs</a>
              </p>
            </details>
          )}
        </div>
      )}
    </section>
  );
}

/** A component whose code loads on the first call of `load`, so the page does not carry it before. */
function useOnDemand<P>(importer: () => Promise<{ default: ComponentType<P> }>, failed: () => void): [ComponentType<P> | undefined, () => void] {
  const [part, setPart] = useState<ComponentType<P>>();
  return [part, () => part || importer().then((m) => setPart(() => m.default), failed)];
}
