/**
 * The one-page board report: pattern, cost and proposed gate, and its Markdown export.
 * The cost section comes from the mis-sell-cost calculator, so the figures on the board page
 * are the same figures the calculator shows.
 */
import costModel from '../../calculators/mis-sell-cost/model';
import { diagnose, TYPES } from '../../calculators/mis-sell-diagnostic/model';
import { walk } from '../../calculators/two-track-path/model';
import { evaluate } from '../../calculators/inputs';
import { formatValue } from '../../calculators/format';
import type { Currency } from '../../calculators/units';
import type { MisSell } from './state';
import { clean, gates, pattern, periodOf, type Gates, type Pattern } from './sections';

export interface CostRow {
  label: string;
  mismatch: string;
  icp: string;
}

/** The account, what kind of mismatch it shows and the path chosen: steps 1 and 2 of the worksheet. */
export interface CaseSummary {
  account: string;
  /** One sentence on the types found, in the board's vocabulary ("qualification mismatch"). */
  diagnosis: string;
  product: string;
  commercial: string;
  /** The single next step, once both tracks have an answer. */
  next?: string;
  /** What steps 1 and 2 still lack, in words. */
  missing: string[];
}

export interface Report {
  title: string;
  meetingLine: string;
  case: CaseSummary;
  pattern: Pattern;
  cost: { rows: CostRow[]; summary: string[]; missing: string[]; warnings: string[] };
  gates: Gates;
  /** Whether every section is filled and free of problems. */
  complete: boolean;
}

export const GATE_INTRO = 'Each criterion is answered yes or no at deal review.';

/** Side-by-side cost figures, or the reasons they cannot be shown yet; never zeros in place of blanks. */
function costSection(ws: MisSell, currency: Currency): Report['cost'] {
  const evaluation = evaluate(costModel, ws.cost);
  if (!evaluation.result) return { rows: [], summary: [], missing: Object.values(evaluation.errors), warnings: [] };
  const out = evaluation.result.outputs;
  const money = (n: number) => formatValue(n, 'currency', { currency });
  const num = (id: string) => {
    const o = out[id];
    return o && 'value' in o && typeof o.value === 'number' ? o.value : undefined;
  };
  const show = (id: string, unit: 'currency' | 'percent') => {
    const n = num(id);
    return n === undefined ? 'not calculable' : formatValue(n, unit, { currency });
  };
  const v = evaluation.values as Record<string, number>;
  const pair = (label: string, m: string, i: string): CostRow => ({ label, mismatch: m, icp: i });
  const summary: string[] = [];
  const perGap = num('per-account-gap');
  const gap = num('nrr-gap');
  const shortfall = num('arr-shortfall');
  if (perGap !== undefined && perGap > 0) summary.push(`Each mismatched account contributes ${money(perGap)} less than an ICP-matched one.`);
  if (gap !== undefined && gap > 0 && shortfall !== undefined) summary.push(`Their NRR trails by ${gap} points, a shortfall of ${money(shortfall)} a year on the cohort's contract value.`);
  return {
    rows: [
      pair('Accounts', String(v['mismatch-accounts']), String(v['icp-accounts'])),
      pair('Contract value', money(v['mismatch-value']!), money(v['icp-value']!)),
      pair('Fully loaded retention cost', money(v['mismatch-cost']!), money(v['icp-cost']!)),
      pair('Net contribution', show('mismatch-net', 'currency'), show('icp-net', 'currency')),
      pair('Net contribution per account', show('mismatch-net-per-account', 'currency'), show('icp-net-per-account', 'currency')),
      pair('Retention cost as a share of value', show('mismatch-cost-ratio', 'percent'), show('icp-cost-ratio', 'percent')),
      pair('Net revenue retention', `${v['mismatch-nrr']}%`, `${v['icp-nrr']}%`),
    ],
    summary,
    missing: [],
    warnings: evaluation.result.notes.filter((n) => n.level === 'warning').map((n) => n.text),
  };
}

const listed = (names: string[]) => names.join(', ').replace(/, ([^,]*)$/, ' and $1');
const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * Steps 1 and 2 as the board reads them: the account, the kinds of mismatch found and the
 * action on each track. Worded as "qualification mismatch" throughout, as the page's own
 * language check asks of the reader.
 */
export function caseSummary(ws: MisSell): CaseSummary {
  const d = diagnose(ws.answers);
  const w = walk(ws.track);
  const missing: string[] = [];
  const names = (state: 'present' | 'possible') => TYPES.filter((t) => d.states[t.id] === state).map((t) => lower(t.name));
  const present = names('present');
  const possible = names('possible');
  let diagnosis: string;
  if (d.verdict === 'incomplete') {
    diagnosis = 'Not diagnosed yet.';
    missing.push('Answer the core question of each type in step 1.');
  } else if (present.length) {
    diagnosis = `Qualification mismatch of ${present.length === 1 ? 'one kind' : `${present.length} kinds`}: ${listed(present)}${possible.length ? `, with ${listed(possible)} possible` : ''}.`;
  } else if (possible.length) diagnosis = `Possible qualification mismatch (${listed(possible)}), not yet confirmed.`;
  else diagnosis = 'No qualification mismatch found at the point of sale.';
  if (!w.complete) missing.push('Answer the questions on both tracks in step 2.');
  return {
    account: clean(ws.account),
    diagnosis,
    product: w.product.id.startsWith('ask-') ? 'Open' : w.product.label,
    commercial: w.commercial.id.startsWith('ask-') ? 'Open' : w.commercial.label,
    ...(w.complete ? { next: w.next.label } : {}),
    missing,
  };
}

export function buildReport(ws: MisSell, currency: Currency = 'USD'): Report {
  const p = pattern(ws);
  const cost = costSection(ws, currency);
  const g = gates(ws);
  const c = caseSummary(ws);
  return {
    title: `Qualification mismatch in deals signed over ${periodOf(ws)}`,
    meetingLine: [clean(ws.report.meeting), clean(ws.report.agenda)].filter(Boolean).join(' · '),
    case: c,
    pattern: p,
    cost,
    gates: g,
    complete: !c.missing.length && p.rows.length > 0 && !p.problems.length && cost.rows.length > 0 && g.criteria.length > 0 && !g.problems.length,
  };
}

/** Escapes reader text for Markdown so it can never become a link, heading, table break or HTML. */
export const md = (s: string) => clean(s).replace(/[\\`*_[\]{}()<>#+!|~]/g, '\\$&');

const share = (n: number) => `${Math.round(n * 10) / 10}%`;

export function reportMarkdown(ws: MisSell, currency: Currency = 'USD'): string {
  const r = buildReport(ws, currency);
  const p = r.pattern;
  const lines: string[] = [`# ${md(r.title)}`, ''];
  if (r.meetingLine) lines.push(`*${md(r.meetingLine)}*`, '');
  const c = r.case;
  lines.push(`**Account:** ${c.account ? md(c.account) : 'not named'}  `, `**Diagnosis:** ${c.diagnosis}  `, `**Product track:** ${c.product}  `, `**Commercial track:** ${c.commercial}`);
  if (c.next) lines.push('', `**Next step:** ${c.next}`);
  if (c.missing.length) lines.push('', `Still to do: ${c.missing.join(' ')}`);
  lines.push('', '## 1. Pattern', '');
  if (p.intro) lines.push(md(p.intro), '');
  if (p.rows.length) {
    lines.push('| Trait | Accounts | Share of cohort |', '| --- | ---: | ---: |');
    for (const row of p.rows) lines.push(`| ${md(row.text)} | ${p.cohort ? `${row.count} of ${p.cohort}` : row.count} | ${row.share === undefined ? 'n/a' : share(row.share)} |`);
  } else lines.push(p.missing ?? p.problems.join(' '));
  lines.push('', '## 2. Cost', '');
  if (r.cost.rows.length) {
    lines.push('| | Mismatch cohort | ICP-matched cohort |', '| --- | ---: | ---: |');
    for (const row of r.cost.rows) lines.push(`| ${row.label} | ${row.mismatch} | ${row.icp} |`);
    if (r.cost.summary.length) lines.push('', ...r.cost.summary);
  } else lines.push(`The cost comparison needs: ${r.cost.missing.join(' ')}`);
  lines.push('', '## 3. Proposed qualification gate', '', GATE_INTRO, '');
  if (r.gates.questions.length) r.gates.questions.forEach((c, i) => lines.push(`${i + 1}. ${md(c)}`));
  else lines.push(r.gates.missing!);
  return lines.join('\n') + '\n';
}
