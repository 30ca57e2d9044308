import { defineCalculator, num, unavailable, value, type Note } from '../contract';

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
});
