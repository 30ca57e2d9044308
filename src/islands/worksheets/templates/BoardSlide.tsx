import { formatValue } from '../../../calculators/format';
import { profileFigure, type Profile } from '../../../calculators/profile';
import type { Currency } from '../../../calculators/units';
import { $mode, $profile } from '../../../state/profile';
import { $currency } from '../../../state/currency';
import { useStore } from '../../../state/use-store';
import {
  BANDS,
  CS_ROLES,
  LIMITS,
  VARIANTS,
  blankAtRisk,
  blankBooking,
  blankCohort,
  crowded,
  emptySlide,
  exportSlide,
  fromProfile,
  importSlide,
  slideFigures,
  type BoardSlide as Slide,
  type ProfileFigures,
  type SlideFigures,
  type Variant,
} from '../../../worksheets/board-slide/model';
import { $boardSlide } from '../../../state/worksheets/board-slide';
import { Choice } from '../Choice';
import { StorageNotices } from '../../StorageNotices';
import { Area, Check, Field, Rows, Select, Toolbar, useWorksheet } from '../kit';

const EMPTY = emptySlide();
// The example and the Markdown export load when the reader asks for them, not with the page.
const extras = () => import('../../../worksheets/board-slide/extras');
const FILL_LABELS = { start: 'opening ARR', expansion: 'expansion', contraction: 'downgrades', churn: 'churned ARR', newArr: 'new-logo ARR' } as const;

/** The reader's figures the slide can use, when "my numbers" is on. */
function profileFigures(mode: string, profile: Profile): ProfileFigures {
  if (mode !== 'mine') return {};
  const get = (k: Parameters<typeof profileFigure>[1]) => profileFigure(profile, k)?.value;
  return { start: get('start-arr'), expansion: get('expansion'), contraction: get('contraction'), churn: get('churned'), newArr: get('new-arr') };
}

const points = (n: number | null) => (n === null ? '' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${formatValue(Math.abs(n), 'number', { decimals: 1 })} pts`);

/** Gross retention by cohort, by year since signing: one line per cohort, told apart by dash as well as colour. */
function CohortChart({ cohorts }: { cohorts: SlideFigures['cohorts'] }) {
  const all = cohorts.flatMap((c) => c.values).filter((v): v is number => v !== null);
  if (!all.length) return <p class="slide-empty">Add a cohort’s GRR by year to draw the curve.</p>;
  const low = Math.max(0, Math.floor((Math.min(...all) - 2) / 5) * 5);
  const W = 400;
  const H = 170;
  const x = (i: number) => 36 + (i * (W - 50)) / (LIMITS.years - 1);
  const y = (v: number) => 10 + ((100 - v) * (H - 34)) / (100 - low || 1);
  const dashes = ['', '6 4', '2 3', '10 3 2 3', '1 5'];
  return (
    <figure class="slide-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Gross revenue retention by cohort, from ${low}% to 100%, over ${LIMITS.years} years since signing. The table that follows gives the figures.`}>
        {[low, (low + 100) / 2, 100].map((t) => (
          <g key={t} class="chart-grid">
            <line x1={36} x2={W - 10} y1={y(t)} y2={y(t)} />
            <text x={30} y={y(t) + 4} text-anchor="end">{Math.round(t)}%</text>
          </g>
        ))}
        {Array.from({ length: LIMITS.years }, (_, i) => (
          <text key={i} class="chart-x" x={x(i)} y={H - 6} text-anchor="middle">Year {i + 1}</text>
        ))}
        {cohorts.map((c, n) => {
          const pts = c.values.flatMap((v, i) => (v === null ? [] : [[x(i), y(v)] as const]));
          return (
            <g key={n} class={`slide-line slide-line-${n}`}>
              <polyline fill="none" stroke-dasharray={dashes[n]} points={pts.map((p) => p.join(',')).join(' ')} />
              {pts.map(([px, py], i) => (
                <circle key={i} cx={px} cy={py} r="3" />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul class="slide-legend">
          {cohorts.map((c, n) => (
            <li key={n} class={`slide-line-${n}`}>
              <svg width="22" height="8" aria-hidden="true"><line x1="0" x2="22" y1="4" y2="4" stroke-dasharray={dashes[n]} /></svg> {c.label || `Cohort ${n + 1}`}
            </li>
          ))}
        </ul>
        <table class="visually-hidden">
          <caption>Gross revenue retention by cohort</caption>
          <thead>
            <tr>
              <th scope="col">Cohort</th>
              {Array.from({ length: LIMITS.years }, (_, i) => <th scope="col" key={i}>Year {i + 1}</th>)}
            </tr>
          </thead>
          <tbody>
            {cohorts.map((c, n) => (
              <tr key={n}>
                <th scope="row">{c.label || `Cohort ${n + 1}`}</th>
                {c.values.map((v, i) => <td key={i}>{v === null ? 'No figure' : `${v}%`}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </figcaption>
    </figure>
  );
}

function Headline({ label, rate, vs }: { label: string; rate?: { value: number; tier: string }; vs?: { prior: number | null; target: number | null } }) {
  return (
    <div class="slide-metric">
      <p class="slide-metric-label">{label}</p>
      <p class="slide-metric-value" data-output={label.toLowerCase()} data-value={rate ? Math.round(rate.value * 100) / 100 : 'n/a'}>{rate ? formatValue(rate.value, 'percent', { decimals: 1 }) : '–'}</p>
      {rate && <p class="slide-metric-note">{rate.tier}{vs && vs.prior !== null ? ` · ${points(vs.prior)} on last period` : ''}{vs && vs.target !== null ? ` · ${points(vs.target)} against target` : ''}</p>}
    </div>
  );
}

function FourSlide({ s, f, money }: { s: Slide; f: SlideFigures; money: (n: number) => string }) {
  const risks = s.risks.filter((r) => r.title.trim() || r.detail.trim());
  return (
    <div class="slide-grid slide-four">
      <section aria-labelledby="sl-retention">
        <h3 id="sl-retention">1. Retention</h3>
        {f.why ? <p class="slide-empty">{f.why}</p> : (
          <div class="slide-metrics">
            <Headline label="GRR" rate={f.grr} vs={f.grrVs} />
            <Headline label="NRR" rate={f.nrr} vs={f.nrrVs} />
          </div>
        )}
      </section>
      <section aria-labelledby="sl-cohorts">
        <h3 id="sl-cohorts">2. GRR by cohort</h3>
        <CohortChart cohorts={f.cohorts} />
      </section>
      <section aria-labelledby="sl-expansion">
        <h3 id="sl-expansion">3. Expansion bookings by source</h3>
        {f.bookings.rows.length ? (
          <>
            <table class="slide-table">
              <tbody>
                {f.bookings.rows.map((r, i) => (
                  <tr key={i}>
                    <th scope="row">{r.source}</th>
                    <td>{money(r.amount)}</td>
                    <td>{CS_ROLES.find((c) => c.value === r.cs)?.label ?? ''}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p class="slide-small">
              Total {money(f.bookings.total)}; CS owned {money(f.bookings.owned)}
              {f.bookings.total > 0 ? ` (${formatValue((f.bookings.owned * 100) / f.bookings.total, 'percent', { decimals: 0 })})` : ''}.
              {s.attribution.trim() && ` ${s.attribution.trim()}`}
            </p>
          </>
        ) : (
          <p class="slide-empty">Add the period’s expansion bookings by source.</p>
        )}
      </section>
      <section aria-labelledby="sl-risks">
        <h3 id="sl-risks">4. Two risks for next quarter</h3>
        {risks.length ? (
          <ol class="slide-list">
            {risks.map((r, i) => (
              <li key={i}><strong>{r.title.trim()}</strong>{r.detail.trim() && <span class="slide-detail">{r.detail.trim()}</span>}</li>
            ))}
          </ol>
        ) : (
          <p class="slide-empty">Name the two issues most likely to hurt retention or expansion next quarter.</p>
        )}
      </section>
    </div>
  );
}

function SummarySlide({ s, f, money }: { s: Slide; f: SlideFigures; money: (n: number) => string }) {
  const share = (n: number, of: number) => formatValue((n * 100) / of, 'percent', { decimals: 0 });
  return (
    <div class="slide-grid slide-summary">
      <section class="slide-wide" aria-labelledby="sl-headline">
        <h3 id="sl-headline" class="visually-hidden">Headline retention</h3>
        {f.why ? <p class="slide-empty">{f.why}</p> : (
          <div class="slide-metrics">
            <Headline label="NRR" rate={f.nrr} />
            <Headline label="GRR" rate={f.grr} />
            <div class="slide-metric">
              <p class="slide-metric-label">Logo retention</p>
              <p class="slide-metric-value" data-output="logo" data-value={f.logo ?? 'n/a'}>{f.logo === undefined ? '–' : formatValue(f.logo, 'percent', { decimals: 1 })}</p>
              <p class="slide-metric-note">customers kept, by count</p>
            </div>
          </div>
        )}
      </section>
      <section aria-labelledby="sl-composition">
        <h3 id="sl-composition">What sits behind it</h3>
        {f.churnMix ? (
          <table class="slide-table">
            <caption>ARR lost, {money(f.churnMix.total)}</caption>
            <tbody>
              <tr><th scope="row">Involuntary</th><td>{money(f.churnMix.involuntary)}</td><td>{share(f.churnMix.involuntary, f.churnMix.total)}</td></tr>
              <tr><th scope="row">Voluntary</th><td>{money(f.churnMix.voluntary)}</td><td>{share(f.churnMix.voluntary, f.churnMix.total)}</td></tr>
              <tr><th scope="row">Downgrade</th><td>{money(f.churnMix.downgrade)}</td><td>{share(f.churnMix.downgrade, f.churnMix.total)}</td></tr>
            </tbody>
          </table>
        ) : (
          <p class="slide-empty">Split churned ARR by type to show the churn mix.</p>
        )}
        <p class="slide-small" data-output="expansion-share" data-value={f.expansionShare ?? 'n/a'}>
          {f.expansionShare === undefined ? 'Expansion share of growth: add expansion and new-logo ARR.' : `Expansion: ${formatValue(f.expansionShare, 'percent', { decimals: 1 })} of new ARR${s.showConvention ? '*' : ''}.`}
          {f.closing !== undefined && ` Closing ARR ${money(f.closing)}.`}
        </p>
      </section>
      <section aria-labelledby="sl-forward">
        <h3 id="sl-forward">Renewals ahead, by confidence</h3>
        {f.forecast.rows.length ? (
          <table class="slide-table">
            <tbody>
              {f.forecast.rows.map((r) => (
                <tr key={r.id}><th scope="row">{r.label} ({formatValue(r.probability, 'percent', { decimals: 0 })})</th><td>{money(r.amount)}</td><td>{money(r.weighted)}</td></tr>
              ))}
              <tr class="slide-total"><th scope="row">Expected</th><td>{money(f.forecast.due)}</td><td data-output="forecast" data-value={Math.round(f.forecast.weighted)}>{money(f.forecast.weighted)}{f.forecast.share !== null && ` (${formatValue(f.forecast.share, 'percent', { decimals: 1 })})`}</td></tr>
            </tbody>
          </table>
        ) : (
          <p class="slide-empty">Add the renewals due in each band.</p>
        )}
        {f.atRisk.rows.length > 0 && (
          <>
            <p class="slide-small"><strong>At risk, {money(f.atRisk.total)}:</strong></p>
            <ul class="slide-list">
              {f.atRisk.rows.map((r, i) => (
                <li key={i}>{r.account}{r.arr !== null && `, ${money(r.arr)}`}{r.plan && `: ${r.plan}`}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      {s.showConvention && <p class="slide-foot">* Expansion ÷ (expansion + new-logo ARR). Detail in the appendix.</p>}
    </div>
  );
}

/** The CS slide for the board, in chapter 4's four elements or the appendix's one-slide summary. */
export default function BoardSlide() {
  const [s, update] = useWorksheet($boardSlide, EMPTY);
  const currency = useStore<Currency>($currency, 'USD');
  const mode = useStore($mode, 'example');
  const profile = useStore($profile, {});
  const mine = profileFigures(mode, profile);
  const f = slideFigures(s, mine);
  const filled = fromProfile(s, mine);
  const money = (n: number) => formatValue(n, 'currency', { currency, compact: true });
  const err = (id: string) => f.errors[id];
  const moneyField = (key: 'start' | 'expansion' | 'contraction' | 'churn' | 'newArr' | 'involuntary', label: string, hint?: string) => (
    <Field
      id={`sl-${key}`}
      type="decimal"
      label={label}
      value={s[key]}
      max={LIMITS.number}
      error={err(key)}
      hint={key in filled.texts ? `Blank, so it uses my numbers: ${money(Number(filled.texts[key as keyof typeof filled.texts]))}.` : hint}
      onInput={(v) => update((d) => (d[key] = v))}
    />
  );
  const title = `Customer Success${s.period.trim() ? `: ${s.period.trim()}` : ''}`;
  return (
    <div class="ws tpl">
      <StorageNotices />
      <p class="ws-saved ws-screen">Saved in this browser as you type. Nothing leaves it.</p>
      <div class="ws-screen">
        <Choice name="sl-variant" legend="Which slide" options={VARIANTS} value={s.variant} onChange={(v) => update((d) => (d.variant = v as Variant))} />
        <p class="hint" role="status">
          {mode === 'mine'
            ? filled.filled.length
              ? `From my numbers, in the fields left blank: ${filled.filled.map((k) => FILL_LABELS[k]).join(', ')}.`
              : 'My numbers are on; type over any field, or leave the period’s figures blank to take them from my numbers.'
            : <>My numbers are off, so nothing is filled from your saved figures. Turn them on at <a href="/my-numbers/">My numbers</a> to fill the blank figures.</>}
        </p>
      </div>
      <form class="ws-form ws-screen" aria-label="Board slide" onSubmit={(e) => e.preventDefault()} noValidate>
        <div class="ws-pair">
          <Field id="sl-company" label="Company" value={s.company} max={LIMITS.short} onInput={(v) => update((d) => (d.company = v))} />
          <Field id="sl-period" label="Period" value={s.period} max={LIMITS.short} hint="For example: the year to June." onInput={(v) => update((d) => (d.period = v))} />
        </div>
        <fieldset class="tpl-rows">
          <legend>The period’s ARR movement</legend>
          <div class="ws-row">
            {moneyField('start', 'Opening ARR')}
            {moneyField('expansion', 'Expansion')}
            {moneyField('contraction', 'Downgrades (contraction)')}
            {moneyField('churn', 'Churned ARR')}
          </div>
        </fieldset>
        {s.variant === 'four' ? (
          <>
            <fieldset class="tpl-rows">
              <legend>1. Retention against last period and target</legend>
              <div class="ws-row">
                <Field id="sl-prior-grr" type="decimal" label="Last period’s GRR (%)" value={s.prior.grr} max={LIMITS.number} error={err('prior-grr')} onInput={(v) => update((d) => (d.prior.grr = v))} />
                <Field id="sl-target-grr" type="decimal" label="GRR target (%)" value={s.target.grr} max={LIMITS.number} error={err('target-grr')} onInput={(v) => update((d) => (d.target.grr = v))} />
                <Field id="sl-prior-nrr" type="decimal" label="Last period’s NRR (%)" value={s.prior.nrr} max={LIMITS.number} error={err('prior-nrr')} onInput={(v) => update((d) => (d.prior.nrr = v))} />
                <Field id="sl-target-nrr" type="decimal" label="NRR target (%)" value={s.target.nrr} max={LIMITS.number} error={err('target-nrr')} onInput={(v) => update((d) => (d.target.nrr = v))} />
              </div>
            </fieldset>
            <Rows<Slide['cohorts'][number]>
              legend="2. GRR by cohort, by year since signing"
              noun="cohort"
              rows={s.cohorts}
              max={LIMITS.cohorts}
              blank={blankCohort}
              onChange={(rows) => update((d) => (d.cohorts = rows))}
              render={(c, i, set) => (
                <>
                  <Field id={`sl-cohort-${i}`} label={`Cohort ${i + 1}`} value={c.label} max={LIMITS.short} onInput={(v) => set((r) => (r.label = v))} />
                  {c.values.map((v, y) => (
                    <Field key={y} id={`sl-cohort-${i}-${y}`} type="decimal" label={`Cohort ${i + 1}, year ${y + 1} GRR (%)`} value={v} max={LIMITS.number} error={err(`cohort-${i}-${y}`)} onInput={(t) => set((r) => (r.values[y] = t))} />
                  ))}
                </>
              )}
            />
            <Rows<Slide['bookings'][number]>
              legend="3. Expansion bookings by source"
              noun="source"
              rows={s.bookings}
              max={LIMITS.bookings}
              blank={blankBooking}
              onChange={(rows) => update((d) => (d.bookings = rows))}
              render={(b, i, set) => (
                <>
                  <Field id={`sl-booking-${i}`} label={`Source ${i + 1}`} value={b.source} max={LIMITS.short} onInput={(v) => set((r) => (r.source = v))} />
                  <Field id={`sl-booking-${i}-amount`} type="decimal" label={`Source ${i + 1}: bookings`} value={b.amount} max={LIMITS.number} error={err(`booking-${i}`)} onInput={(v) => set((r) => (r.amount = v))} />
                  <Select id={`sl-booking-${i}-cs`} label={`Source ${i + 1}: CS role`} value={b.cs} options={[{ value: '', label: 'Choose' }, ...CS_ROLES]} onChange={(v) => set((r) => (r.cs = v as typeof r.cs))} />
                </>
              )}
            />
            <Field id="sl-attribution" label="How influenced bookings were attributed" value={s.attribution} max={LIMITS.text} onInput={(v) => update((d) => (d.attribution = v))} />
            <fieldset class="tpl-rows">
              <legend>4. The two risks most likely to hurt next quarter</legend>
              {s.risks.map((r, i) => (
                <div class="ws-pair" key={i}>
                  <Field id={`sl-risk-${i}`} label={`Risk ${i + 1}`} value={r.title} max={LIMITS.short} onInput={(v) => update((d) => (d.risks[i]!.title = v))} />
                  <Area id={`sl-risk-${i}-detail`} label={`Risk ${i + 1}: accounts and what is being done`} value={r.detail} max={LIMITS.text} onInput={(v) => update((d) => (d.risks[i]!.detail = v))} />
                </div>
              ))}
            </fieldset>
          </>
        ) : (
          <>
            <fieldset class="tpl-rows">
              <legend>Customers and churn by type</legend>
              <div class="ws-row">
                {moneyField('involuntary', 'Of churned ARR: involuntary', 'Losses for reasons unconnected with the product; the rest of churn is voluntary.')}
                {moneyField('newArr', 'New-logo ARR')}
                <Field id="sl-customers-start" type="decimal" label="Customers at the start" value={s.customersStart} max={LIMITS.number} error={err('customersStart')} onInput={(v) => update((d) => (d.customersStart = v))} />
                <Field id="sl-customers-lost" type="decimal" label="Customers lost" value={s.customersLost} max={LIMITS.number} error={err('customersLost')} onInput={(v) => update((d) => (d.customersLost = v))} />
              </div>
            </fieldset>
            <fieldset class="tpl-rows">
              <legend>Renewals due next period, by confidence</legend>
              {BANDS.map((b) => (
                <div class="ws-pair" key={b.id}>
                  <Field id={`sl-band-${b.id}`} type="decimal" label={`${b.label}: ARR due`} value={s.bands[b.id].amount} max={LIMITS.number} error={err(`band-${b.id}`)} onInput={(v) => update((d) => (d.bands[b.id].amount = v))} />
                  <Field id={`sl-band-${b.id}-p`} type="decimal" label={`${b.label}: probability (%)`} value={s.bands[b.id].probability} max={LIMITS.number} error={err(`probability-${b.id}`)} hint="The book’s starting point; set yours from last period’s calibration." onInput={(v) => update((d) => (d.bands[b.id].probability = v))} />
                </div>
              ))}
            </fieldset>
            <Rows<Slide['atRisk'][number]>
              legend="Revenue at risk, with the plan for each account"
              noun="account"
              rows={s.atRisk}
              max={LIMITS.atRisk}
              blank={blankAtRisk}
              onChange={(rows) => update((d) => (d.atRisk = rows))}
              render={(a, i, set) => (
                <>
                  <Field id={`sl-atrisk-${i}`} label={`Account ${i + 1}`} value={a.account} max={LIMITS.short} onInput={(v) => set((r) => (r.account = v))} />
                  <Field id={`sl-atrisk-${i}-arr`} type="decimal" label={`Account ${i + 1}: ARR`} value={a.arr} max={LIMITS.number} error={err(`atrisk-${i}`)} onInput={(v) => set((r) => (r.arr = v))} />
                  <Field id={`sl-atrisk-${i}-plan`} label={`Account ${i + 1}: plan`} value={a.plan} max={LIMITS.short} onInput={(v) => set((r) => (r.plan = v))} />
                </>
              )}
            />
            <Check checked={s.showConvention} onChange={(c) => update((d) => (d.showConvention = c))}>State the expansion-share convention in a footnote</Check>
          </>
        )}
      </form>

      {(f.warnings.length > 0 || crowded(s)) && (
        <ul class="ws-flags ws-screen">
          {f.warnings.map((w) => <li key={w}>{w}</li>)}
          {crowded(s) && <li>The slide is crowded. A board reads one slide in a minute or two: move the detail to the deck’s appendix.</li>}
        </ul>
      )}
      <div class="slide-frame">
      <section class={`slide slide-${s.variant}-variant`} aria-labelledby="sl-title" data-variant={s.variant}>
        <header class="slide-head">
          <h2 id="sl-title">{title}</h2>
          <p>{[s.company.trim(), VARIANTS.find((v) => v.value === s.variant)!.label.split(': ')[1]].filter(Boolean).join(' · ')}</p>
        </header>
        {s.variant === 'four' ? <FourSlide s={s} f={f} money={money} /> : <SummarySlide s={s} f={f} money={money} />}
      </section>
      </div>
      <Toolbar
        what="slide"
        exports={[
          { label: 'Download as Markdown', file: 'board-slide.md', type: 'text/markdown', content: async () => (await extras()).slideMarkdown($boardSlide.get(), mine, money) },
          { label: 'Export as JSON', file: 'board-slide.json', type: 'application/json', content: () => exportSlide($boardSlide.get()) },
        ]}
        importText={(text) => {
          const read = importSlide(text);
          if (read) $boardSlide.set(read);
          return !!read;
        }}
        reset={() => $boardSlide.set({ ...emptySlide(), variant: $boardSlide.get().variant })}
        example={async () => $boardSlide.set((await extras()).exampleSlide($boardSlide.get().variant))}
      />
    </div>
  );
}
