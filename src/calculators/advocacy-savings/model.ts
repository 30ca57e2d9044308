import { defineCalculator, num, unavailable, value, type Note } from '../contract';
import { figure } from '../reading-words';

export default defineCalculator({
  id: 'advocacy-savings',
  title: 'Advocacy in acquisition-cost terms',
  fields: [
    { kind: 'number', id: 'referral-share', label: 'Share of new customers from referrals', unit: 'percent', default: 15, min: 0, max: 100 },
    { kind: 'number', id: 'relative-cost', label: 'Cost of a referred customer (% of paid CAC)', unit: 'percent', default: 30, min: 0, max: 500 },
  ],
  outputs: [
    { id: 'saving-vs-paid', label: 'Saving against winning every customer through paid channels', unit: 'percent' },
    { id: 'saving-vs-actual', label: 'Saving as a share of actual acquisition spend', unit: 'percent' },
  ],
  compute(inputs) {
    const share = num(inputs, 'referral-share');
    const relative = num(inputs, 'relative-cost');
    // Per customer won, in percent of paid CAC: referrals save (100 − relative) on each one they bring.
    const saving = (share * (100 - relative)) / 100;
    const actual = 100 - saving;
    const notes: Note[] = [{ level: 'info', text: 'Assumes referred and paid customers are worth the same, so the referral share of revenue equals the share of customers.' }];
    if (relative > 100) notes.push({ level: 'warning', text: 'Referred customers cost more than paid ones here, so the savings are negative: referrals add cost.' });
    return {
      outputs: {
        'saving-vs-paid': value(saving),
        'saving-vs-actual':
          actual === 0 ? unavailable('Free referrals bring every customer, so there is no acquisition spend to compare with.') : value((saving / actual) * 100),
      },
      notes,
    };
  },
  reading(inputs, r) {
    const saving = r.outputs['saving-vs-paid'];
    const actual = r.outputs['saving-vs-actual'];
    if (!('value' in saving)) return [];
    const share = { value: inputs['referral-share'], unit: 'percent' as const };
    const setup = ['With ', share, ' of new customers arriving by referral at ', { value: inputs['relative-cost'], unit: 'percent' as const }, ' of the paid cost, '] as const;
    if (!('value' in actual)) return [[...setup, 'every customer arrives free, so there is no acquisition spend left to compare with.']];
    const s = saving.value;
    const shown = figure(Math.abs(s), 'percent', 1);
    return [
      s === 0
        ? [...setup, 'acquisition costs the same as winning every customer through paid channels: referrals save nothing.']
        : [...setup, 'acquisition costs ', shown, s > 0 ? ' less' : ' more', ' than winning every customer through paid channels.'],
      ...(s === 0
        ? []
        : [
            s > 0
              ? ['That saving is ', figure(actual.value, 'percent', 1), ' of what the company actually spends on acquisition, and the credit belongs to whoever brings the referrals in.']
              : ['That extra cost is ', figure(-actual.value, 'percent', 1), ' of what the company actually spends on acquisition.'],
          ]),
    ];
  },
});
