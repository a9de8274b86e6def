/** Strings of the annual clock's template editor (site owners): tasks, their rules, preview and validation. */
import { defineBundle } from '../../../loc/bundle';

export interface EditorStrings {
  title: string;
  intro: string;
  notAllowed: string;
  template: string;
  active: string;
  retired: string;
  noTasks: string;
  noRetired: string;
  addTask: string;
  /** Accessible names of a task's buttons: {title}. */
  editTask: string;
  /** The row buttons' visible text; their accessible names carry the task (retireTask, restoreTask). */
  retire: string;
  restore: string;
  retireTask: string;
  restoreTask: string;
  editHeading: string;
  newHeading: string;
  backToList: string;
  // Fields
  taskTitle: string;
  code: string;
  codeHint: string;
  category: string;
  ownerRole: string;
  noOwnerRole: string;
  perAccount: string;
  perAccountHint: string;
  accountTypes: string;
  accountTypesHint: string;
  description: string;
  // The rule
  ruleHeading: string;
  kind: string;
  kindDate: string;
  kindNthWeekday: string;
  kindRelative: string;
  months: string;
  allMonths: string;
  quarterMonths: string;
  clearMonths: string;
  day: string;
  lastDay: string;
  nth: string;
  nthLast: string;
  /** {n}: 1…5, e.g. "2." */
  nthOrdinal: string;
  weekday: string;
  anchor: string;
  anchorRetired: string;
  chooseAnchor: string;
  offset: string;
  before: string;
  after: string;
  direction: string;
  workingDays: string;
  adjust: string;
  adjustPrevious: string;
  adjustNext: string;
  adjustNone: string;
  overrides: string;
  overridesHint: string;
  overridePeriod: string;
  overrideDate: string;
  addOverride: string;
  /** {period} */
  removeOverride: string;
  // Rule in words (the task list)
  /** {day}, {months} */
  ruleDate: string;
  /** {months} */
  ruleLastDay: string;
  /** {n}, {weekday}, {months} */
  ruleNth: string;
  /** {days}, {anchor} */
  ruleBefore: string;
  ruleAfter: string;
  ruleBeforeWorking: string;
  ruleAfterWorking: string;
  /** {months}: every month */
  everyMonth: string;
  // Preview
  /** {year} */
  preview: string;
  previewHint: string;
  previewUnavailable: string;
  previewNone: string;
  /** {title}: a task whose dates follow this one's. */
  previewDependent: string;
  /** {date} written out, {period} */
  previewOverridden: string;
  // Saving
  save: string;
  saving: string;
  cancel: string;
  retireConfirm: string;
  saved: string;
  draftRestored: string;
  discardDraft: string;
  problemsHeading: string;
  conflict: string;
  generate: string;
  generateHint: string;
  generating: string;
  /** {year}, {created}, {updated}, {unchanged} */
  generated: string;
  // Rule problems (RuleProblem kinds); {task} names the task when the problem is another task's.
  problemIn: string;
  noMonths: string;
  badMonth: string;
  badDay: string;
  badNth: string;
  badWeekday: string;
  badOffset: string;
  badOverride: string;
  /** {monthIn}, {day} — "Helmikuussa ei ole 31. päivää". */
  impossibleDate: string;
  /** {anchor} */
  missingAnchor: string;
  /** {task}, {anchor} */
  retiredAnchor: string;
  /** {path} */
  cycle: string;
  /** {code} */
  duplicateCode: string;
  // Field problems
  required: string;
  codeFormat: string;
  dayRange: string;
  offsetRange: string;
  overrideIncomplete: string;
  /** Month names as used in "In February" (fi inessive: helmikuussa), January first. */
  monthsIn: string[];
  /** Monday first. */
  weekdays: string[];
}

export const bundle = defineBundle<EditorStrings>('annualClockEditor', {
  fi: () => import(/* webpackChunkName: 'strings-annual-clock-editor-fi' */ './strings.fi'),
  sv: () => import(/* webpackChunkName: 'strings-annual-clock-editor-sv' */ './strings.sv'),
  en: () => import(/* webpackChunkName: 'strings-annual-clock-editor-en' */ './strings.en'),
});
