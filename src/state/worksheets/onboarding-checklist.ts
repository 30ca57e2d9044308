import { persistentAtom } from '../persist';
import { emptyChecklist, parseChecklist } from '../../worksheets/onboarding-checklist/model';

/** The onboarding checklist, saved as the reader types under csp:v1:onboarding-checklist. */
export const $onboardingChecklist = persistentAtom('onboarding-checklist', emptyChecklist(), { describe: 'onboarding checklist', parse: parseChecklist });
