/**
 * The board slide's parts that load only when the reader asks for them: the book's example and
 * the Markdown export. Kept out of the page's first load so the slide builder stays light.
 */
import { clean, md } from '../common/parse';
import { CS_ROLES, LIMITS, emptySlide, slideFigures, type BoardSlide, type Comparison, type ProfileFigures, type Rate, type Variant } from './model';

/**
 * The book's example (brief 92): $10,000,000 opening ARR, $1,500,000 expansion, $300,000 of
 * downgrades, $700,000 of churn of which $200,000 involuntary, $2,500,000 of new logos, 400
 * customers with 36 lost, and renewals of $3,000,000, $1,500,000 and $800,000 by band. The
 * chapter 4 elements (prior period, targets, cohorts, bookings, risks) are the book's invention.
 */
export function exampleSlide(variant: Variant = 'four'): BoardSlide {
  const s = emptySlide();
  return {
    ...s,
    variant,
    company: 'Example company',
    period: 'Example year',
    start: '10000000',
    expansion: '1500000',
    contraction: '300000',
    churn: '700000',
    prior: { grr: '88', nrr: '103' },
    target: { grr: '92', nrr: '108' },
    cohorts: [
      { label: 'Signed two years ago', values: ['93', '89', '', ''] },
      { label: 'Signed last year', values: ['90', '', '', ''] },
    ],
    bookings: [
      { source: 'Seat growth at renewal', amount: '700000', cs: 'owned' },
      { source: 'Upgrades to a higher tier', amount: '500000', cs: 'influenced' },
      { source: 'Cross-sold products', amount: '300000', cs: 'none' },
    ],
    attribution: 'Influenced: the CSM found the need and Sales closed it.',
    risks: [
      { title: 'Two large renewals in the next quarter', detail: 'Both sponsors have changed this year; executive meetings are booked.' },
      { title: 'Release slip on reporting', detail: 'Five accounts were promised the feature this quarter; workaround agreed with three.' },
    ],
    involuntary: '200000',
    newArr: '2500000',
    customersStart: '400',
    customersLost: '36',
    bands: { commit: { amount: '3000000', probability: '90' }, probable: { amount: '1500000', probability: '60' }, risk: { amount: '800000', probability: '25' } },
    atRisk: [
      { account: 'Account in the at-risk band', arr: '500000', plan: 'Executive sponsor call and a right-size offer' },
      { account: 'Second at-risk account', arr: '300000', plan: 'Honest reset on the failed migration' },
    ],
  };
}

/** The slide as Markdown, for a deck tool or an email: the chosen variant only. */
export function slideMarkdown(s: BoardSlide, profile: ProfileFigures = {}, money: (n: number) => string = (n) => `$${Math.round(n).toLocaleString('en-US')}`): string {
  const f = slideFigures(s, profile);
  const p = (n: number, d = 1) => `${Math.round(n * 10 ** d) / 10 ** d}%`;
  const pts = (n: number | null, what: string) => (n === null ? '' : `, ${n >= 0 ? '+' : ''}${Math.round(n * 10) / 10} pts ${what}`);
  const out = [`# Customer Success${clean(s.period) ? `: ${md(s.period)}` : ''}`, ''];
  if (clean(s.company)) out.push(md(s.company), '');
  const rate = (label: string, r?: Rate, vs?: Comparison) => (r ? `- **${label} ${p(r.value)}** (${r.tier.toLowerCase()}${vs ? pts(vs.prior, 'on last period') + pts(vs.target, 'against target') : ''})` : `- ${label}: not available`);
  if (s.variant === 'four') {
    out.push('## 1. Retention', '', ...(f.why ? [f.why] : [rate('GRR', f.grr, f.grrVs), rate('NRR', f.nrr, f.nrrVs)]), '');
    out.push('## 2. GRR by cohort', '');
    if (f.cohorts.length) {
      out.push(`| Cohort | ${Array.from({ length: LIMITS.years }, (_, i) => `Year ${i + 1}`).join(' | ')} |`, `| --- |${' ---: |'.repeat(LIMITS.years)}`);
      for (const c of f.cohorts) out.push(`| ${md(c.label) || 'Cohort'} | ${c.values.map((v) => (v === null ? '' : `${v}%`)).join(' | ')} |`);
    } else out.push('No cohorts yet.');
    out.push('', '## 3. Expansion bookings by source', '');
    for (const r of f.bookings.rows) out.push(`- ${md(r.source)}: ${money(r.amount)}${r.cs ? ` (${CS_ROLES.find((c) => c.value === r.cs)!.label})` : ''}`);
    out.push(`- Total ${money(f.bookings.total)}, of which CS owned ${money(f.bookings.owned)}`);
    if (clean(s.attribution)) out.push('', md(s.attribution));
    out.push('', '## 4. Two risks for next quarter', '');
    s.risks.filter((r) => clean(r.title) || clean(r.detail)).forEach((r, i) => out.push(`${i + 1}. **${md(r.title)}** ${md(r.detail)}`));
  } else {
    out.push(...(f.why ? [f.why] : [rate('NRR', f.nrr), rate('GRR', f.grr)]));
    out.push(f.logo === undefined ? '- Logo retention: not available' : `- Logo retention ${p(f.logo)}`, '');
    out.push('## What sits behind it', '');
    if (f.churnMix) {
      const m = f.churnMix;
      out.push(`ARR lost ${money(m.total)}: involuntary ${p((m.involuntary * 100) / m.total, 0)}, voluntary ${p((m.voluntary * 100) / m.total, 0)}, downgrade ${p((m.downgrade * 100) / m.total, 0)}.`);
    }
    if (f.expansionShare !== undefined) out.push(`Expansion: ${p(f.expansionShare)} of new ARR (expansion ÷ (expansion + new-logo ARR)).`);
    out.push('', '## Renewals ahead, by confidence', '');
    for (const r of f.forecast.rows) out.push(`- ${r.label} at ${p(r.probability, 0)}: ${money(r.amount)}, expected ${money(r.weighted)}`);
    if (f.forecast.rows.length) out.push(`- Expected in all: ${money(f.forecast.weighted)} of ${money(f.forecast.due)}`);
    if (f.atRisk.rows.length) {
      out.push('', `### At risk: ${money(f.atRisk.total)}`, '');
      for (const r of f.atRisk.rows) out.push(`- ${md(r.account)}${r.arr !== null ? `, ${money(r.arr)}` : ''}${r.plan ? `: ${md(r.plan)}` : ''}`);
    }
  }
  return `${out.join('\n')}\n`;
}
