/** Question metadata matching content/assessment, for tests only (the site reads the content files). */
import type { QuestionMeta, QuestionSummary } from './types';

export const QUESTIONS: readonly QuestionMeta[] = [
  { id: 'q1-leader-seat', order: 1, dimension: 'Leadership and influence', chapter: 'operating-model', moveUp: 'Report to the CEO, then join the executive team.' },
  { id: 'q2-commercial-ownership', order: 2, dimension: 'Commercial ownership', chapter: 'renewals-and-churn', moveUp: 'Move renewals, then upsells, into CS.' },
  { id: 'q3-shared-goals', order: 3, dimension: 'Company-wide accountability', chapter: 'customer-journey', moveUp: 'Give every department a retention goal.' },
  { id: 'q4-cost-to-retain', order: 4, dimension: 'Funding and capacity', chapter: 'economics', moveUp: 'Agree ratios, then a funding model.' },
  { id: 'q5-health-score', order: 5, dimension: 'Measuring health', chapter: 'health-and-adoption', moveUp: 'Add customer goals, then perceived value.' },
  { id: 'q6-churn-insight', order: 6, dimension: 'Understanding churn', chapter: 'renewals-and-churn', moveUp: 'Structure reasons, then early indicators.' },
  { id: 'q7-value', order: 7, dimension: 'Value realised', chapter: 'onboarding', moveUp: 'Tie usage to goals, then map the ecosystem.' },
  { id: 'q8-product-feedback', order: 8, dimension: 'Customer voice in the product', chapter: 'operating-model', moveUp: 'One intake, then a monthly joint ranking.' },
  { id: 'q9-exec-attention', order: 9, dimension: 'Executive attention', chapter: 'business-case', moveUp: 'Monthly review, then daily feedback.' },
];

/** Chapter scales matching content/assessment (two chapters, listed out of order on purpose), for tests only. */
export const SCALES: readonly QuestionMeta[] = [
  { id: 'renewals-and-churn-forensics', order: 1002, set: 'renewals-and-churn', dimension: 'Why customers leave', chapter: 'renewals-and-churn', moveUp: 'Interview leavers, then code reasons.' },
  { id: 'onboarding-handoff', order: 701, set: 'onboarding', dimension: 'Sales-to-CS handoff', chapter: 'onboarding', moveUp: 'Use the four-item checklist.' },
  { id: 'onboarding-sequence', order: 703, set: 'onboarding', dimension: 'Sequence and intensity', chapter: 'onboarding', moveUp: 'Front-load the first month.' },
  { id: 'onboarding-destination', order: 702, set: 'onboarding', dimension: 'First value defined', chapter: 'onboarding', moveUp: 'Agree first value in writing.' },
  { id: 'renewals-and-churn-forecast', order: 1001, set: 'renewals-and-churn', dimension: 'Renewal forecast', chapter: 'renewals-and-churn', moveUp: 'Forecast from evidence, not hope.' },
];

/** The wording the pages add to a question, made up for tests. */
export function summary<Q extends QuestionMeta>(q: Q): Q & QuestionSummary {
  return { ...q, question: `Question text for ${q.id}?`, chapterTitle: `Chapter ${q.chapter}` };
}
