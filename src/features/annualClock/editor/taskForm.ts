/**
 * The template editor's form model (no React): what the user types (strings, as typed, so a draft survives a
 * reload), turned into a task and its rule; the field problems the form itself finds; the template as it would be
 * after the save (for validateTemplate and planYear); and every RuleProblem worded for people.
 */
import type { ClockRule, IsoWeekday, RuleProblem, RuleTask, WorkingDayAdjust } from '../../../domain/clockRules';
import { validateTemplate } from '../../../domain/clockRules';
import type { IsoDate } from '../../../domain/dates';
import { isIsoDate } from '../../../domain/dates';
import type { AccountType, ClockCategory, ClockTask, Draft, OwnerRole } from '../../../domain/types';
import { format } from '../../../loc/strings';
import type { EditorStrings } from './strings';

export type RuleKind = ClockRule['kind'];

export interface OverrideRow {
  period: string;
  date?: IsoDate;
}

export interface TaskForm {
  title: string;
  code: string;
  category: ClockCategory;
  ownerRole: OwnerRole | '';
  perAccount: boolean;
  accountTypes: AccountType[];
  description: string;
  kind: RuleKind;
  months: number[];
  /** As typed (1–31). */
  day: string;
  lastDay: boolean;
  /** '1'…'5' or '-1'. */
  n: string;
  /** '1' (Monday) … '7'. */
  weekday: string;
  anchor: string;
  /** As typed, days ≥ 0; the direction gives the sign. */
  offset: string;
  direction: 'before' | 'after';
  workingDays: boolean;
  adjust: WorkingDayAdjust;
  overrides: OverrideRow[];
}

export const CODE_PATTERN = /^[A-Za-z0-9_-]{1,20}$/;

export const EMPTY_FORM: TaskForm = {
  title: '',
  code: '',
  category: 'other',
  ownerRole: '',
  perAccount: true,
  accountTypes: [],
  description: '',
  kind: 'date',
  months: [],
  day: '',
  lastDay: false,
  n: '1',
  weekday: '1',
  anchor: '',
  offset: '',
  direction: 'before',
  workingDays: false,
  adjust: 'previous',
  overrides: [],
};

export function formFromTask(t: ClockTask): TaskForm {
  const f: TaskForm = {
    ...EMPTY_FORM,
    title: t.title,
    code: t.code ?? '',
    category: t.category,
    ownerRole: t.ownerRole ?? '',
    perAccount: !!t.perAccount,
    accountTypes: t.accountTypes ?? [],
    description: t.description ?? '',
    overrides: Object.entries(t.overrides ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([period, date]) => ({ period, date })),
  };
  const r = t.rule;
  if (!r) return f;
  f.kind = r.kind;
  f.adjust = r.adjust ?? 'previous';
  if (r.kind === 'date') Object.assign(f, { months: [...r.months], day: r.day === 'last' ? '' : String(r.day), lastDay: r.day === 'last' });
  else if (r.kind === 'nthWeekday') Object.assign(f, { months: [...r.months], n: String(r.n), weekday: String(r.weekday) });
  else Object.assign(f, { anchor: r.anchor, offset: String(Math.abs(r.offsetDays)), direction: r.offsetDays < 0 ? 'before' : 'after', workingDays: !!r.workingDays });
  return f;
}

/** A field the form could not read (before any rule check); `field` matches the control's id suffix. */
export interface FormProblem {
  field: 'title' | 'code' | 'day' | 'offset' | 'anchor' | 'overrides' | 'description';
  message: string;
}

const isWhole = (s: string): boolean => /^\s*\d+\s*$/.test(s);

/** The rule the form describes, or undefined when a number in it cannot be read (see formProblems). */
export function ruleOf(f: TaskForm): ClockRule | undefined {
  const months = [...f.months].sort((a, b) => a - b);
  if (f.kind === 'date') {
    if (!f.lastDay && !isWhole(f.day)) return undefined;
    return { kind: 'date', months, day: f.lastDay ? 'last' : Number(f.day), adjust: f.adjust };
  }
  if (f.kind === 'nthWeekday') return { kind: 'nthWeekday', months, weekday: Number(f.weekday) as IsoWeekday, n: Number(f.n) as 1 | 2 | 3 | 4 | 5 | -1, adjust: f.adjust };
  if (!isWhole(f.offset) || !f.anchor) return undefined;
  const days = Number(f.offset);
  return { kind: 'relative', anchor: f.anchor, offsetDays: f.direction === 'before' ? -days : days, workingDays: f.workingDays || undefined, adjust: f.workingDays ? undefined : f.adjust };
}

export function overridesOf(f: TaskForm): Record<string, IsoDate> | undefined {
  const rows = f.overrides.filter((o) => o.period && o.date);
  return rows.length ? Object.fromEntries(rows.map((o) => [o.period, o.date!])) : undefined;
}

/** What the form itself refuses: empty required fields, a malformed or taken code, numbers that are not numbers. */
export function formProblems(f: TaskForm, s: EditorStrings, others: Pick<ClockTask, 'code'>[], isNew: boolean): FormProblem[] {
  const out: FormProblem[] = [];
  if (!f.title.trim()) out.push({ field: 'title', message: s.required });
  const code = f.code.trim();
  if (!code) out.push({ field: 'code', message: s.required });
  else if (isNew && !CODE_PATTERN.test(code)) out.push({ field: 'code', message: s.codeFormat });
  else if (others.some((o) => o.code === code)) out.push({ field: 'code', message: format(s.duplicateCode, { code }) });
  if (f.kind === 'date' && !f.lastDay && (!isWhole(f.day) || Number(f.day) < 1 || Number(f.day) > 31)) out.push({ field: 'day', message: f.day.trim() ? s.dayRange : s.required });
  if (f.kind === 'relative') {
    if (!f.anchor) out.push({ field: 'anchor', message: s.required });
    if (!isWhole(f.offset) || Number(f.offset) > 366) out.push({ field: 'offset', message: f.offset.trim() ? s.offsetRange : s.required });
  }
  if (f.overrides.some((o) => !o.period || !o.date || !isIsoDate(o.date))) out.push({ field: 'overrides', message: s.overrideIncomplete });
  return out;
}

/** The values to save from the form (everything the editor owns of a task). */
export function taskValues(f: TaskForm, rule: ClockRule, template: string, month: number): Omit<Draft<ClockTask>, 'clientKey'> {
  return {
    title: f.title.trim(),
    template,
    code: f.code.trim(),
    category: f.category,
    ownerRole: f.ownerRole || undefined,
    perAccount: f.perAccount,
    accountTypes: f.perAccount ? f.accountTypes : [],
    description: f.description.trim() || undefined,
    rule,
    overrides: overridesOf(f),
    month,
  };
}

const key = (p: RuleProblem): string => JSON.stringify(p);

/** Problems the candidate template has that the template before the edit did not (a hand-broken one can be repaired). */
export function newProblems(before: RuleTask[], after: RuleTask[]): RuleProblem[] {
  const known = new Set(validateTemplate(before).map(key));
  return validateTemplate(after).filter((p) => !known.has(key(p)));
}

/** One sentence per problem, naming tasks by their titles; `current` is the code of the task being edited. */
export function problemMessage(p: RuleProblem, s: EditorStrings, titleOf: (code: string) => string, current?: string, ruleKind?: RuleKind): string {
  let message: string;
  switch (p.kind) {
    case 'impossibleDate': {
      const m = format(s.impossibleDate, { monthIn: s.monthsIn[p.month - 1] ?? String(p.month), day: p.day });
      message = m.charAt(0).toUpperCase() + m.slice(1);
      break;
    }
    case 'missingAnchor':
      message = format(s.missingAnchor, { anchor: p.anchor });
      break;
    case 'retiredAnchor':
      return format(s.retiredAnchor, { task: titleOf(p.code), anchor: titleOf(p.anchor) });
    case 'cycle':
      return format(s.cycle, { path: p.path.map(titleOf).join(' → ') });
    case 'duplicateCode':
      message = format(s.duplicateCode, { code: p.code });
      break;
    case 'badDay':
      message = ruleKind === 'nthWeekday' ? s.badNth : s.badDay;
      break;
    default:
      message = s[p.kind];
  }
  return p.code === current ? message : format(s.problemIn, { task: titleOf(p.code), message });
}
