/**
 * The workbench's view switcher: `view=` URL values → the feature each web part loads. The values are a contract
 * that links, docs and tests use; a new web part adds its own here. Each is a lazily loaded chunk, as in SPFx.
 */
import type { Feature } from '../../src/ui/feature';

export const VIEWS = {
  accountTab: () => import('../../src/features/accountTab'),
  myAccounts: () => import('../../src/features/myAccounts'),
  siteContents: () => import('../../src/features/setup'),
  annualClock: () => import('../../src/features/annualClock'),
  substitutes: () => import('../../src/features/substitutes'),
  situationForm: () => import('../../src/features/recordForms').then((m) => ({ feature: m.situationFeature })),
  feedbackForm: () => import('../../src/features/recordForms').then((m) => ({ feature: m.feedbackFeature })),
  teamReview: () => import('../../src/features/teamReview'),
  satisfaction: () => import('../../src/features/satisfaction'),
  surveyAnswer: () => import('../../src/features/surveyAnswer'),
  agreements: () => import('../../src/features/agreements'),
  assessment: () => import('../../src/features/assessment'),
  ideas: () => import('../../src/features/ideas'),
  leadership: () => import('../../src/features/leadership'),
} satisfies Record<string, () => Promise<{ feature: Feature }>>;

export type ViewName = keyof typeof VIEWS;

export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];
