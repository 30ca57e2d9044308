import { defineCalculator, num, unavailable, value, type Inputs, type Note, type NumberValue, type Unavailable } from '../contract';

const count = <Id extends string>(id: Id, label: string, d: number, hint?: string) =>
  ({ kind: 'number', id, label, hint, unit: 'count', default: d, min: 0, max: 1_000_000, integer: true }) as const;

/** A stage-to-stage conversion in percent, to one decimal; undefined when the earlier stage is empty. */
const conversion = (to: number, from: number, stage: string): NumberValue | Unavailable =>
  from === 0 ? unavailable(`Not defined: no accounts reached the ${stage} stage, so there is nothing to convert from.`) : value(Math.round((to * 1000) / from) / 10);

export const FUNNEL_STAGES = ['Sold outside the ICP', 'Flagged in the first 90 days', 'Churned or did not expand'] as const;

export default defineCalculator({
  id: 'alignment-dashboard',
  title: 'Sales and CS alignment dashboard',
  fields: [
    count('new-clients', 'New clients in the period', 150, 'Usually the last 12 months.'),
    count('outside-icp', 'Clients sold outside the ICP', 24),
    count('flagged', 'Clients flagged as misaligned', 18, 'Flagged by CS within their first 90 days.'),
    count('churn-or-flat', 'Flagged clients that churned or never expanded', 12),
    { kind: 'number', id: 'acv', label: 'Average contract value', unit: 'currency', default: 50_000, min: 0, minExclusive: true, max: 1e9, profile: 'arpc' },
    { kind: 'number', id: 'icp-expansion', label: 'Yearly expansion of ICP-matched accounts', hint: 'What a well-fitted account is expected to add.', unit: 'percent', default: 10, min: 0, max: 200 },
    { kind: 'number', id: 'badfit-expansion', label: 'Yearly expansion of bad-fit accounts', hint: 'What the flagged accounts actually added; negative if they shrank.', unit: 'percent', default: 0, min: -100, max: 200 },
    { kind: 'number', id: 'cac', label: 'Acquisition cost per customer', unit: 'currency', default: 30_000, min: 0, max: 1e9, profile: 'cac' },
  ],
  outputs: [
    { id: 'flag-rate', label: 'New clients flagged as misaligned', unit: 'percent', decimals: 1 },
    { id: 'arr-at-risk', label: 'Bad-fit ARR at risk', unit: 'currency' },
    { id: 'lost-expansion', label: 'Expansion lost a year', unit: 'currency' },
    { id: 'wasted-cac', label: 'Wasted acquisition spend', unit: 'currency' },
    { id: 'to-flagged', label: 'Outside the ICP → flagged', unit: 'percent', decimals: 1 },
    { id: 'to-lost', label: 'Flagged → churned or flat', unit: 'percent', decimals: 1 },
    { id: 'end-to-end', label: 'Outside the ICP → churned or flat', unit: 'percent', decimals: 1 },
  ],
  crossCheck(inputs: Inputs) {
    const errors: Record<string, string> = {};
    const clients = inputs['new-clients'] as number;
    if ((inputs['outside-icp'] as number) > clients) errors['outside-icp'] = 'Clients sold outside the ICP cannot outnumber the new clients in the period.';
    if ((inputs.flagged as number) > clients) errors.flagged = 'Flagged clients cannot outnumber the new clients in the period.';
    if ((inputs['churn-or-flat'] as number) > (inputs.flagged as number))
      errors['churn-or-flat'] = 'Churned or flat clients are counted among the flagged ones, so there cannot be more of them than flagged clients.';
    return errors;
  },
  compute(inputs) {
    const clients = num(inputs, 'new-clients');
    const outside = num(inputs, 'outside-icp');
    const flagged = num(inputs, 'flagged');
    const lost = num(inputs, 'churn-or-flat');
    const atRisk = flagged * num(inputs, 'acv');
    const gap = num(inputs, 'icp-expansion') - num(inputs, 'badfit-expansion');
    const notes: Note[] = [];
    if (flagged > outside)
      notes.push({ level: 'info', text: 'More clients were flagged than were sold outside the ICP, so some flagged accounts fitted the profile on paper. The funnel then mixes two groups: read its first conversion with care.' });
    if (gap < 0)
      notes.push({ level: 'info', text: 'No expansion lost: the flagged accounts are growing faster than the ICP-matched ones. Check that the two rates cover the same period before drawing comfort from it.' });
    notes.push({
      level: 'info',
      text: 'The message to take upstairs: this is a company-wide alignment problem, not one Customer Success owns. The ask that goes with it: realign Sales and CS incentives, and hold the line on the ICP.',
    });
    return {
      outputs: {
        'flag-rate':
          clients === 0 ? unavailable('No new clients in the period, so there is no rate to work out: enter the clients won.') : value(Math.round((flagged * 1000) / clients) / 10),
        'arr-at-risk': value(atRisk),
        'lost-expansion': value(gap <= 0 ? 0 : (atRisk * gap) / 100),
        'wasted-cac': value(lost * num(inputs, 'cac')),
        'to-flagged': conversion(flagged, outside, 'first'),
        'to-lost': conversion(lost, flagged, 'flagged'),
        'end-to-end': conversion(lost, outside, 'first'),
      },
      notes,
      series: { funnel: [outside, flagged, lost] },
    };
  },
  reading(inputs, r) {
    const { 'flag-rate': rate, 'lost-expansion': lost, 'end-to-end': endToEnd } = r.outputs;
    const { 'new-clients': clients, flagged, 'outside-icp': outside, 'churn-or-flat': stalled } = inputs;
    if (!('value' in rate) || !('value' in lost)) return [['With no new clients in the period, there is nothing to measure yet.']];
    if (flagged === 0) return [['None of the ', { value: clients, unit: 'count' }, ' new clients was flagged by CS within 90 days of signing, so no ARR is at risk from poor fit.']];
    return [
      ['Of ', { value: clients, unit: 'count' }, ' new clients, ', { value: flagged, unit: 'count' }, flagged === 1 ? ' was' : ' were', ' flagged by CS within 90 days of signing, ', { output: 'flag-rate' }, ', putting ', { output: 'arr-at-risk' }, ' of ARR at risk.'],
      [
        ...(lost.value > 0 ? ['Their slower growth costs ', { output: 'lost-expansion' as const }, ' of expansion a year'] : ['They cost no expansion, since they grow at least as fast as the ICP-matched accounts']),
        ...(stalled > 0
          ? [', and the acquisition spend on the ', { value: stalled, unit: 'count' as const }, ' that churned or never grew comes to ', { output: 'wasted-cac' as const }, '.']
          : [', and none of them has yet churned or stalled.']),
      ],
      ...(flagged <= outside && 'value' in endToEnd ? [['End to end, ', { output: 'end-to-end' as const }, ' of the accounts sold outside the ICP churned or never expanded.']] : []),
    ];
  },
});
