import { getCollection, type CollectionEntry } from 'astro:content';
import { models } from '../calculators/registry';

export type ToolEntry = CollectionEntry<'tools'>;

export const themeNames: Record<ToolEntry['data']['theme'], string> = {
  journey: 'The customer journey',
  'business-case': 'The business case',
  economics: 'Economics and retention',
  'operating-model': 'Operating model',
  team: 'Hiring and the team',
  onboarding: 'Onboarding',
  health: 'Health and adoption',
  accounts: 'Strategic accounts',
  renewals: 'Renewals and churn',
  growth: 'Expansion',
  systems: 'Technology and data',
  scaling: 'Scaling the organisation',
  industries: 'Industries and motions',
  ai: 'AI in Customer Success',
  alignment: 'Sales and CS alignment',
  assessment: 'Self-assessment',
};

/** Calculators that have both a model and an explanation page, in theme order. */
export async function toolsInOrder(): Promise<ToolEntry[]> {
  const entries = await getCollection('tools');
  const themes = Object.keys(themeNames);
  return entries
    .filter((t) => t.id in models)
    .sort((a, b) => themes.indexOf(a.data.theme) - themes.indexOf(b.data.theme) || a.data.order - b.data.order);
}

export { embedSnippet } from '../calculators/embed';
