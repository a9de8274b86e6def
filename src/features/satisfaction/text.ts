/** Numbers and names of the satisfaction view in the user's language (decimal comma in fi and sv). */
import { intlLocale } from '../../domain/dates';
import type { Cell, CsvTexts, QuarterRef } from '../../domain/satisfactionResults';
import type { ChoiceLabels } from '../../loc/choices';
import { format } from '../../loc/strings';
import type { SatisfactionStrings } from './strings';

export const decimal = (value: number, locale: string, digits = 1): string =>
  new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);

/** A change with its sign: "−2,2" / "+0,4". */
export const signed = (value: number, locale: string): string => new Intl.NumberFormat(intlLocale(locale), { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(value);

export const percent = (share: number, locale: string): string => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(share * 100);

export const quarterLabel = (q: QuarterRef, s: SatisfactionStrings): string => format(s.quarter, { quarter: q.quarter, year: q.year });

export const areaLabel = (area: string, c: ChoiceLabels): string => c.surveyArea[area] ?? area;

export function csvTexts(s: SatisfactionStrings, c: ChoiceLabels): CsvTexts {
  const e = s.export;
  return {
    account: e.account,
    total: s.overview.total,
    quarter: (q) => quarterLabel(q, s),
    fewer: (n) => format(s.fewer, { n }),
    noSurvey: s.noSurvey,
    overall: e.overall,
    nps: 'NPS',
    responseRate: s.detail.responseRate,
    responses: e.responses,
    leftOut: e.leftOut,
    area: (a) => areaLabel(a, c),
    section: { average: e.average, change: e.change, distribution: e.distribution, nps: 'NPS', comments: e.comments },
    significantDrop: s.detail.significantDrop,
    promoters: e.promoters,
    passives: e.passives,
    detractors: e.detractors,
    value: s.detail.value,
  };
}


/** What a suppressed cell says: "alle 3 vastausta", or that there was no survey; nothing else about it. */
export const suppressedText = (c: Cell, s: SatisfactionStrings): string =>
  c.shown ? '' : c.category === 'noSurvey' ? s.noSurvey : c.category === 'none' ? s.noAnswers : format(s.fewer, { n: c.threshold });
