import { defineCalculator, num, unavailable, value, type Note } from '../contract';

export default defineCalculator({
  id: 'over-service',
  title: 'Over-service: the trusted-advisor trap',
  fields: [
    { kind: 'number', id: 'csm-cost', label: 'Fully loaded cost of one CSM a year', unit: 'currency', default: 150_000, min: 0, max: 1e8, profile: 'csm-cost', hint: 'Chapter 5 puts it at 150,000 to 250,000 a year.' },
    { kind: 'number', id: 'accounts', label: 'Accounts the CSM covers', unit: 'count', default: 20, min: 1, max: 10_000, integer: true },
    { kind: 'number', id: 'share', label: 'Share of the CSM’s time on this account', unit: 'percent', default: 33.3, min: 0, max: 100, hint: 'A third is 33.3%.' },
    { kind: 'number', id: 'hours', label: 'Working hours in a CSM’s year', unit: 'number', default: 1800, min: 1, max: 4000, hint: 'The book’s assumption: about 45 weeks of 40 hours.' },
    { kind: 'number', id: 'acv', label: 'Annual contract value of the account', unit: 'currency', default: 60_000, min: 0, max: 1e10 },
  ],
  outputs: [
    { id: 'cost', label: 'CS cost of this account a year', unit: 'currency' },
    { id: 'fair-share', label: 'Even share of the CSM’s time', unit: 'percent' },
    { id: 'multiple', label: 'Over-service multiple (times the even share)', unit: 'number', decimals: 2 },
    { id: 'hours-given', label: 'Hours a year on this account', unit: 'number', decimals: 0 },
    { id: 'excess-hours', label: 'Hours beyond the even share', unit: 'number', decimals: 0 },
    { id: 'excess-cost', label: 'Cost of the time beyond the even share', unit: 'currency' },
    { id: 'cost-share', label: 'CS cost as a share of contract value', unit: 'percent' },
    { id: 'others-share', label: 'Time left for each other account', unit: 'percent' },
  ],
  compute(inputs) {
    const cost = num(inputs, 'csm-cost');
    const accounts = num(inputs, 'accounts');
    const share = num(inputs, 'share');
    const acv = num(inputs, 'acv');
    const hours = num(inputs, 'hours');
    const fair = 100 / accounts;
    const beyond = Math.max(0, share - fair);
    const spent = (cost * share) / 100;
    const notes: Note[] = [];
    if (share < fair) notes.push({ level: 'info', text: 'This account gets less than an even share of the CSM, so nothing is given beyond it.' });
    else if (share >= 2 * fair)
      notes.push({
        level: 'warning',
        text: 'At least twice an even share. Sort the extra time into value (judgement, insight, product expertise) and service the contract does not pay for, and hold the line on the second.',
      });
    if (acv > 0 && spent > acv) notes.push({ level: 'warning', text: 'Serving this account costs more than the contract brings in.' });
    return {
      outputs: {
        cost: value(spent),
        'fair-share': value(fair),
        multiple: value((share * accounts) / 100),
        'hours-given': value(Math.round((hours * share) / 100)),
        'excess-hours': value(Math.round((hours * beyond) / 100)),
        'excess-cost': value((cost * beyond) / 100),
        'cost-share': acv > 0 ? value((spent / acv) * 100) : unavailable('With no contract value, the cost cannot be set against it.'),
        'others-share': accounts > 1 ? value((100 - share) / (accounts - 1)) : unavailable('The CSM covers only this account.'),
      },
      notes,
    };
  },
});
