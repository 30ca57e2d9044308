/**
 * Words a reader types that a page's own title and headings do not carry: abbreviations, other
 * names for the same thing, the plain word for a topic. Given to Pagefind as each page's `terms`
 * metadata, which search.js weights just below the title. Kept short: a term listed here should
 * send the reader to this page before any other.
 */
export const SEARCH_TERMS: Readonly<Record<string, string>> = {
  'chapters/economics': 'NRR, GRR, net revenue retention, gross revenue retention, CLTV, LTV, lifetime value, LTV:CAC, cohorts',
  'chapters/renewals-and-churn': 'churn, churn rate, renewal, renewals, renewal forecast, save playbook',
  'chapters/health-and-adoption': 'health score, health scores, customer health, adoption',
  'chapters/onboarding': 'onboarding, time to value, TTV, first value',
  'chapters/business-case': 'business case, ROI, retention and growth, compounding',
  'chapters/operating-model': 'charter, reporting line, operating model',
  'chapters/hiring-the-team': 'hiring, CSM ratio, compensation, first CS leader',
  'chapters/strategic-accounts': 'key accounts, executive sponsor, multi-threading',
  'chapters/sales-cs-alignment': 'handoff, handover, Sales and CS alignment, deal review',
  'chapters/mis-sold-contracts': 'mis-sold, mis-sell, bad fit, qualification mismatch, ICP',
  'tools/qbr-builder': 'QBR, quarterly business review, EBR, executive business review, agenda',
  'tools/cltv': 'CLTV, LTV, customer lifetime value',
  'tools/retention': 'net revenue retention calculator, gross revenue retention calculator',
  'tools/ltv-cac': 'LTV:CAC, LTV to CAC ratio',
  'tools/health-score': 'health score builder, weights',
  'tools/time-to-value': 'TTV, time to first value',
};
