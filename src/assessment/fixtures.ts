/** Question metadata matching content/assessment, for tests only (the site reads the content files). */
import type { QuestionMeta } from './types';

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
