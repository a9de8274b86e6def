/**
 * Satisfaction aggregation: areas on the Finnish school scale 4–10 (docs/care-model.md §4), NPS from 0–10 answers
 * (promoters 9–10 minus detractors 0–6, in percentage points).
 */
import { DEFAULT_PRIVACY_THRESHOLD, PRIVACY_THRESHOLD_SETTING } from './surveys';
import type { Setting, Survey, SurveyResponse } from './types';

export interface AreaScore {
  area: string;
  average: number;
  answers: number;
}

export interface PeriodResult {
  surveyId: number;
  year: number;
  quarter?: number;
  responses: number;
  areas: AreaScore[];
  overall?: number;
  nps?: number;
  comments: string[];
  /**
   * Set when the period had fewer answers than the privacy threshold: its averages, NPS and comments are emptied
   * (see `withheld`), so nothing downstream can show or compare them.
   */
  belowThreshold?: number;
}

export function npsOf(scores: number[]): number | undefined {
  const valid = scores.filter((s) => Number.isFinite(s) && s >= 0 && s <= 10);
  if (!valid.length) return undefined;
  const promoters = valid.filter((s) => s >= 9).length;
  const detractors = valid.filter((s) => s <= 6).length;
  return Math.round(((promoters - detractors) / valid.length) * 100);
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function aggregate(survey: Survey, responses: SurveyResponse[]): PeriodResult {
  const mine = responses.filter((r) => r.surveyId === survey.id);
  const areas = new Map<string, number[]>();
  for (const q of survey.definition.questions) areas.set(q.area, areas.get(q.area) ?? []);
  for (const r of mine) {
    for (const q of survey.definition.questions) {
      const score = r.answers[q.id];
      if (typeof score === 'number' && score >= q.scale.min && score <= q.scale.max) areas.get(q.area)!.push(score);
    }
  }
  const overallScores = mine.map((r) => r.overall).filter((x): x is number => typeof x === 'number');
  return {
    surveyId: survey.id,
    year: survey.year,
    quarter: survey.quarter,
    responses: mine.length,
    areas: [...areas].filter(([, s]) => s.length).map(([area, s]) => ({ area, average: round1(s.reduce((a, b) => a + b, 0) / s.length), answers: s.length })),
    overall: overallScores.length ? round1(overallScores.reduce((a, b) => a + b, 0) / overallScores.length) : undefined,
    nps: npsOf(mine.map((r) => r.nps).filter((x): x is number => typeof x === 'number')),
    comments: mine.map((r) => r.comment).filter((c): c is string => !!c && !!c.trim()),
  };
}

/** Results per survey period, oldest first, only periods with answers. */
export function trend(surveys: Survey[], responses: SurveyResponse[]): PeriodResult[] {
  return [...surveys]
    .sort((a, b) => a.year - b.year || (a.quarter ?? 0) - (b.quarter ?? 0))
    .map((s) => aggregate(s, responses))
    .filter((p) => p.responses > 0);
}

/**
 * The privacy threshold in force: the site's setting (ACSettings) when it is a whole number at or above the
 * default, else the default. A site may raise the threshold, never lower it.
 */
export function privacyThresholdOf(settings: ReadonlyArray<Pick<Setting, 'key' | 'value'>>): number {
  const raw = settings.find((s) => s.key === PRIVACY_THRESHOLD_SETTING)?.value?.trim() ?? '';
  const n = /^\d{1,6}$/.test(raw) ? Number(raw) : NaN;
  return n >= DEFAULT_PRIVACY_THRESHOLD ? n : DEFAULT_PRIVACY_THRESHOLD;
}

/**
 * A period as it may be shown: unchanged with enough answers, else without any figure or comment (only its period
 * remains, and the threshold it fell under). The answer count goes too: "fewer than N" is all the reader learns.
 */
export function withheld(period: PeriodResult, threshold: number): PeriodResult {
  if (period.responses >= threshold) return period;
  return { ...period, responses: 0, areas: [], overall: undefined, nps: undefined, comments: [], belowThreshold: threshold };
}
