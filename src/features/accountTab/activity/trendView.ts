/**
 * The satisfaction trend of one account per survey kind (quarterly survey, 9E assessment, user survey do not mix),
 * with each area's change from the previous period of the same kind. A period with fewer answers than the privacy
 * threshold keeps only its place in the list: no figures, no comments, and no change is counted from or to it.
 * Pure; built on domain/satisfaction.
 */
import { PeriodResult, trend, withheld } from '../../../domain/satisfaction';
import { DEFAULT_PRIVACY_THRESHOLD } from '../../../domain/surveys';
import type { Survey, SurveyKind, SurveyResponse } from '../../../domain/types';

export interface AreaChange {
  area: string;
  average: number;
  answers: number;
  /** Latest minus previous average, one decimal; undefined when the previous period had no answers for it. */
  change?: number;
}

export interface KindTrend {
  kind: SurveyKind;
  periods: PeriodResult[];
  latest: PeriodResult;
  previous?: PeriodResult;
  areas: AreaChange[];
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function trendsByKind(surveys: Survey[], responses: SurveyResponse[], threshold = DEFAULT_PRIVACY_THRESHOLD): KindTrend[] {
  const kinds = [...new Set(surveys.map((s) => s.kind))];
  const out: KindTrend[] = [];
  for (const kind of kinds) {
    const periods = trend(
      surveys.filter((s) => s.kind === kind),
      responses,
    ).map((p) => withheld(p, threshold));
    if (!periods.length) continue;
    const latest = periods[periods.length - 1];
    const prior = periods.length > 1 ? periods[periods.length - 2] : undefined;
    const previous = prior && !prior.belowThreshold ? prior : undefined;
    const areas = latest.areas.map((a) => {
      const before = previous?.areas.find((p) => p.area === a.area);
      return { ...a, change: before ? round1(a.average - before.average) : undefined };
    });
    out.push({ kind, periods, latest, previous, areas });
  }
  // The quarterly ordering-customer survey first: it is what the follow-up group reviews.
  const rank = (k: SurveyKind): number => (k === 'quarterly' ? 0 : k === 'partnership9E' ? 1 : 2);
  return out.sort((a, b) => rank(a.kind) - rank(b.kind));
}
