/** Strings of the survey import panel (Forms and Webropol exports into the quarterly survey's responses). */
import { defineBundle } from '../../../loc/bundle';
import type { FileProblem, RowNote, RowProblem } from '../../../domain/surveyImport';
import type { ParseFailure } from './parsers';

export interface SurveyImportStrings {
  title: string;
  intro: string;
  close: string;
  survey: string;
  surveyPlaceholder: string;
  file: string;
  fileHint: string;
  /** "{name}: {rows} riviä". */
  fileRead: string;
  reading: string;
  source: string;
  sources: { formsImport: string; webropolImport: string };
  account: string;
  accountHint: string;
  accountNone: string;
  mapping: string;
  mappingIntro: string;
  column: string;
  target: string;
  samples: string;
  targets: { ignore: string; email: string; name: string; account: string; submittedAt: string; nps: string; comment: string };
  /** "Kysymys: {text}". */
  questionTarget: string;
  dryRun: string;
  dryRunHeading: string;
  checking: string;
  /** "{accepted} tuodaan, {rejected} hylätään". */
  counts: string;
  /** "joista {count} on jo tuotu". */
  alreadyCount: string;
  rejectedHeading: string;
  row: string;
  reason: string;
  notesHeading: string;
  previewHeading: string;
  /** "Näytetään {shown}/{total}". */
  previewMore: string;
  respondent: string;
  accountColumn: string;
  submitted: string;
  answers: string;
  doImport: string;
  importing: string;
  /** "{done}/{total} tallennettu". */
  progress: string;
  /** "{created} vastausta tuotiin, {skipped} oli jo tuotu". */
  done: string;
  /** "{created} tuotiin ennen virhettä, {remaining} jäi tuomatta: {message}". */
  partial: string;
  nothingToImport: string;
  noRights: string;
  problems: Record<RowProblem['code'], string>;
  notes: Record<RowNote['code'], string>;
  fileProblems: Record<FileProblem['code'], string>;
  parse: Record<ParseFailure['code'], string>;
  npsQuestion: string;
}

export const bundle = defineBundle<SurveyImportStrings>('surveyImport', {
  fi: () => import(/* webpackChunkName: 'strings-survey-import-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-survey-import-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-survey-import-en' */ './strings.en'),
});
