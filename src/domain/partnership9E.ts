/**
 * The partnership assessment with the 9E model (docs/care-model.md §9): ten dimensions in three worlds, scored 1–5,
 * answered at the contract level or the operational level. Each weak score becomes a development item.
 *
 * Privacy is the satisfaction results' rule (docs/care-model.md §4): a cell with fewer responses than the threshold
 * is suppressed and carries no figures. Two more rules keep a suppressed cell from being found by subtraction:
 * a world pools only its dimension cells that are shown, and a row's split by respondent level is shown only when
 * every group in it (contract, operational, no level given) is at or above the threshold.
 */
import { effectiveThreshold } from './satisfactionResults';
import type { SurveyDefinition, SurveyQuestion, SurveyResponse } from './types';

type Text = { fi: string; sv: string; en: string };

export const NINE_E_WORLDS = ['economic', 'human', 'value'] as const;
export type NineEWorld = (typeof NINE_E_WORLDS)[number];

export const NINE_E_WORLD_NAMES: Record<NineEWorld, Text> = {
  economic: { fi: 'Talouden maailma', sv: 'Ekonomins värld', en: 'Economic world' },
  human: { fi: 'Ihmisen maailma', sv: 'Människans värld', en: 'Human world' },
  value: { fi: 'Arvojen maailma', sv: 'Värdenas värld', en: 'Value world' },
};

/** The ten dimensions (energy and enthusiasm are two of them; see ENERGY_ENTHUSIASM). */
export const NINE_E_DIMENSIONS = [
  { id: 'economy', world: 'economic' },
  { id: 'efficiency', world: 'economic' },
  { id: 'competence', world: 'human' },
  { id: 'learning', world: 'human' },
  { id: 'energy', world: 'human' },
  { id: 'enthusiasm', world: 'human' },
  { id: 'emotion', world: 'value' },
  { id: 'ethics', world: 'value' },
  { id: 'aesthetics', world: 'value' },
  { id: 'epic', world: 'value' },
] as const;

/** Seed 002's tables ask energy and enthusiasm as one question ("energia ja innostus"). */
export const ENERGY_ENTHUSIASM = { id: 'energyEnthusiasm', world: 'human' } as const;

export type NineEDimension = (typeof NINE_E_DIMENSIONS)[number]['id'] | typeof ENERGY_ENTHUSIASM.id;

export const RESPONDENT_LEVELS = ['contract', 'operational'] as const;
export type RespondentLevel = (typeof RESPONDENT_LEVELS)[number];

export const NINE_E_SCALE = { min: 1, max: 5 } as const;
/** A score at or below this is weak and gets a development item (seed 002). */
export const WEAK_SCORE_MAX = 2;

/** Every dimension a response may answer, the combined one next to its parts (the order results show them in). */
const ALL_DIMENSIONS: readonly { id: NineEDimension; world: NineEWorld }[] = NINE_E_DIMENSIONS.flatMap(
  (d): { id: NineEDimension; world: NineEWorld }[] => (d.id === 'enthusiasm' ? [d, ENERGY_ENTHUSIASM] : [d]),
);

const DIMENSION_TEXTS: Record<NineEDimension, { name: Text; statement: Text }> = {
  economy: {
    name: { fi: 'Talous', sv: 'Ekonomi', en: 'Economy' },
    statement: {
      fi: 'Kumppanuus on taloudellisesti kannattava molemmille osapuolille.',
      sv: 'Partnerskapet är ekonomiskt lönsamt för båda parter.',
      en: 'The partnership pays off financially for both parties.',
    },
  },
  efficiency: {
    name: { fi: 'Tehokkuus', sv: 'Effektivitet', en: 'Efficiency' },
    statement: {
      fi: 'Yhteistyö on tehokasta: asiat etenevät ilman turhaa työtä.',
      sv: 'Samarbetet är effektivt: ärenden går framåt utan onödigt arbete.',
      en: 'We work together efficiently: things move forward without wasted effort.',
    },
  },
  competence: {
    name: { fi: 'Osaaminen', sv: 'Kompetens', en: 'Competence' },
    statement: {
      fi: 'Kumppanilla on tarvittava osaaminen, ja osaamista jaetaan puolin ja toisin.',
      sv: 'Partnern har den kompetens som behövs, och kunnandet delas åt båda hållen.',
      en: 'The partner has the competence we need, and know-how is shared both ways.',
    },
  },
  learning: {
    name: { fi: 'Oppiminen', sv: 'Lärande', en: 'Learning' },
    statement: {
      fi: 'Opimme toisiltamme ja kehitämme toimintaa yhdessä.',
      sv: 'Vi lär oss av varandra och utvecklar verksamheten tillsammans.',
      en: 'We learn from each other and improve how we work together.',
    },
  },
  energy: {
    name: { fi: 'Energia', sv: 'Energi', en: 'Energy' },
    statement: {
      fi: 'Yhteistyö antaa energiaa eikä kuormita.',
      sv: 'Samarbetet ger energi och tär inte på krafterna.',
      en: 'Working together gives energy rather than draining it.',
    },
  },
  enthusiasm: {
    name: { fi: 'Innostus', sv: 'Entusiasm', en: 'Enthusiasm' },
    statement: {
      fi: 'Kumppanuus innostaa kehittämään uutta.',
      sv: 'Partnerskapet inspirerar oss att utveckla nytt.',
      en: 'The partnership inspires us to develop new things.',
    },
  },
  energyEnthusiasm: {
    name: { fi: 'Energia ja innostus', sv: 'Energi och entusiasm', en: 'Energy and enthusiasm' },
    statement: {
      fi: 'Yhteistyö antaa energiaa ja innostaa kehittämään uutta.',
      sv: 'Samarbetet ger energi och inspirerar oss att utveckla nytt.',
      en: 'Working together gives energy and inspires us to develop new things.',
    },
  },
  emotion: {
    name: { fi: 'Tunne', sv: 'Känsla', en: 'Emotion' },
    statement: {
      fi: 'Yhteistyössä on luottamusta ja hyvä henki.',
      sv: 'Samarbetet präglas av förtroende och god stämning.',
      en: 'There is trust and a good spirit in our work together.',
    },
  },
  ethics: {
    name: { fi: 'Etiikka', sv: 'Etik', en: 'Ethics' },
    statement: {
      fi: 'Kumppani toimii rehellisesti, avoimesti ja sovitusti.',
      sv: 'Partnern agerar ärligt, öppet och som överenskommet.',
      en: 'The partner acts honestly, openly and as agreed.',
    },
  },
  aesthetics: {
    name: { fi: 'Estetiikka', sv: 'Estetik', en: 'Aesthetics' },
    statement: {
      fi: 'Yhteistyö on sujuvaa ja hyvin järjestettyä, ja sen tulokset ovat laadukkaita.',
      sv: 'Samarbetet är smidigt och välordnat, och resultaten håller god kvalitet.',
      en: 'Our work together is smooth and well organised, and its results are of good quality.',
    },
  },
  epic: {
    name: { fi: 'Eepos', sv: 'Epos', en: 'Epic' },
    statement: {
      fi: 'Kumppanuudella on yhteinen tarina ja tavoite, johon molemmat ovat sitoutuneet.',
      sv: 'Partnerskapet har en gemensam berättelse och ett mål som båda står bakom.',
      en: 'The partnership has a shared story and goal that both are committed to.',
    },
  },
};

export const dimensionName = (id: NineEDimension): Text => DIMENSION_TEXTS[id].name;

export const isNineEDimension = (id: string): id is NineEDimension => ALL_DIMENSIONS.some((d) => d.id === id);

export function worldOf(id: NineEDimension): NineEWorld {
  return (ALL_DIMENSIONS.find((d) => d.id === id) as { world: NineEWorld }).world;
}

/** The dimensions a definition asks: the ten, or nine with energy and enthusiasm as one. */
export function nineEDimensions(options: { combineEnergyAndEnthusiasm?: boolean } = {}): NineEDimension[] {
  if (!options.combineEnergyAndEnthusiasm) return NINE_E_DIMENSIONS.map((d) => d.id);
  const out: NineEDimension[] = [];
  for (const d of NINE_E_DIMENSIONS) {
    if (d.id === 'energy') out.push(ENERGY_ENTHUSIASM.id);
    else if (d.id !== 'enthusiasm') out.push(d.id);
  }
  return out;
}

/** The assessment as a survey definition (kind 'partnership9E'): one statement per dimension, area = its world. */
export function nineEDefinition(options: { combineEnergyAndEnthusiasm?: boolean } = {}): SurveyDefinition {
  const questions: SurveyQuestion[] = nineEDimensions(options).map((id) => {
    const { name, statement } = DIMENSION_TEXTS[id];
    return {
      id,
      area: worldOf(id),
      text: { fi: `${name.fi}: ${statement.fi}`, sv: `${name.sv}: ${statement.sv}`, en: `${name.en}: ${statement.en}` },
      scale: { ...NINE_E_SCALE },
      required: true,
    };
  });
  return { questions, openFeedback: true };
}

// --- Validating one assessment ------------------------------------------------------------------------------------

export type AssessmentProblemCode = 'unknownDimension' | 'notInteger' | 'outOfScale' | 'missing';

export interface AssessmentProblem {
  code: AssessmentProblemCode;
  dimension: string;
  value?: number;
}

export type AssessmentCheck = { ok: true } | { ok: false; problems: AssessmentProblem[] };

/**
 * One response's answers against a definition (the default ten-dimension one): every score a whole number 1–5,
 * every key one of the definition's dimensions, every required dimension answered.
 */
export function validateAssessment(answers: Record<string, number>, definition: SurveyDefinition = nineEDefinition()): AssessmentCheck {
  const problems: AssessmentProblem[] = [];
  const asked = new Map(definition.questions.map((q) => [q.id, q]));
  for (const [dimension, value] of Object.entries(answers)) {
    const q = asked.get(dimension);
    if (!q || !isNineEDimension(dimension)) problems.push({ code: 'unknownDimension', dimension, value });
    else if (typeof value !== 'number' || !Number.isInteger(value)) problems.push({ code: 'notInteger', dimension, value });
    else if (value < NINE_E_SCALE.min || value > NINE_E_SCALE.max) problems.push({ code: 'outOfScale', dimension, value });
  }
  for (const q of definition.questions) {
    if (q.required !== false && !(q.id in answers)) problems.push({ code: 'missing', dimension: q.id });
  }
  return problems.length ? { ok: false, problems } : { ok: true };
}

const validScore = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= NINE_E_SCALE.min && v <= NINE_E_SCALE.max;

// --- Analysis -----------------------------------------------------------------------------------------------------

export interface NineEPeriod {
  /** The survey id of the period's assessment. */
  id: number;
  label: string;
}

/** none: no response; few: fewer than the threshold; complementary: hidden so a small group next to it cannot be subtracted out. */
export type NineESuppressed = 'none' | 'few' | 'complementary';

export type NineECell =
  | { shown: false; category: NineESuppressed; threshold: number }
  | {
      shown: true;
      /** Mean of the scores, 1–5. */
      average: number;
      /** Responses with at least one score in the cell. */
      count: number;
      /** Scores per value 1 … 5. */
      distribution: number[];
    };

export interface NineERow {
  kind: 'world' | 'dimension';
  id: NineEWorld | NineEDimension;
  world: NineEWorld;
  /** One per period, in the order given. */
  cells: NineECell[];
  byLevel: Record<RespondentLevel, NineECell[]>;
  /** Per period: the change against the period before, when both are shown. */
  changes: (number | undefined)[];
  /** From the first to the last shown period, when at least two are shown. */
  trend?: { fromPeriodId: number; toPeriodId: number; delta: number };
}

export interface NineEResult {
  periods: NineEPeriod[];
  /** The threshold in force (never below the satisfaction default). */
  threshold: number;
  worlds: NineERow[];
  dimensions: NineERow[];
}

export interface NineEInput {
  responses: readonly SurveyResponse[];
  periods: readonly NineEPeriod[];
  threshold: number;
}

type Group = RespondentLevel | 'unspecified';
const GROUPS: readonly Group[] = [...RESPONDENT_LEVELS, 'unspecified'];
const groupOf = (r: SurveyResponse): Group => ((RESPONDENT_LEVELS as readonly string[]).includes(r.respondentLevel ?? '') ? (r.respondentLevel as RespondentLevel) : 'unspecified');

/** The raw scores of one row in one period: per response (by index), its scores. Never leaves this module. */
type Raw = Map<number, number[]>;

function cellOf(raw: Raw, threshold: number): NineECell {
  const count = raw.size;
  if (count === 0) return { shown: false, category: 'none', threshold };
  if (count < threshold) return { shown: false, category: 'few', threshold };
  const distribution = [0, 0, 0, 0, 0];
  let sum = 0;
  let n = 0;
  for (const scores of raw.values()) {
    for (const s of scores) {
      distribution[s - NINE_E_SCALE.min]++;
      sum += s;
      n++;
    }
  }
  return { shown: true, average: sum / n, count, distribution };
}

function merge(into: Raw, from: Raw): void {
  for (const [k, v] of from) into.set(k, [...(into.get(k) ?? []), ...v]);
}

/** The level split of one row and period: shown only when no group in it is small (else a group is pooled minus the rest). */
function levelCells(byGroup: Record<Group, Raw>, threshold: number): Record<RespondentLevel, NineECell> {
  const small = GROUPS.some((g) => byGroup[g].size > 0 && byGroup[g].size < threshold);
  const out = {} as Record<RespondentLevel, NineECell>;
  for (const level of RESPONDENT_LEVELS) {
    const c = cellOf(byGroup[level], threshold);
    out[level] = small && c.shown ? { shown: false, category: 'complementary', threshold } : c;
  }
  return out;
}

function changesOf(cells: NineECell[], periods: readonly NineEPeriod[]): Pick<NineERow, 'changes' | 'trend'> {
  const changes = cells.map((c, i) => {
    const prev = cells[i - 1];
    return i > 0 && c.shown && prev.shown ? c.average - prev.average : undefined;
  });
  const shown = cells.map((c, i) => ({ c, i })).filter((x) => x.c.shown);
  if (shown.length < 2) return { changes };
  const first = shown[0];
  const last = shown[shown.length - 1];
  const avg = (c: NineECell): number => (c.shown ? c.average : 0);
  return { changes, trend: { fromPeriodId: periods[first.i].id, toPeriodId: periods[last.i].id, delta: avg(last.c) - avg(first.c) } };
}

/**
 * Per period, world and dimension: average, count and distribution, overall and by respondent level, with the
 * change across periods. Scores outside 1–5, unknown dimensions and responses to other surveys are left out.
 * The combined energy-and-enthusiasm row appears only when some response answers it.
 */
export function analyse9E(input: NineEInput): NineEResult {
  const threshold = effectiveThreshold(input.threshold);
  const periods = [...input.periods];
  const periodIndex = new Map(periods.map((p, i) => [p.id, i]));
  const used = new Set<NineEDimension>();
  // raw[dimension][period][group]: response index → scores
  const raw = new Map<NineEDimension, Record<Group, Raw>[]>();
  const blank = (): Record<Group, Raw>[] => periods.map(() => ({ contract: new Map(), operational: new Map(), unspecified: new Map() }));
  for (const d of ALL_DIMENSIONS) raw.set(d.id, blank());
  input.responses.forEach((r, index) => {
    const p = periodIndex.get(r.surveyId);
    if (p === undefined) return;
    for (const [key, value] of Object.entries(r.answers ?? {})) {
      if (!isNineEDimension(key) || !validScore(value)) continue;
      used.add(key);
      (raw.get(key) as Record<Group, Raw>[])[p][groupOf(r)].set(index, [value]);
    }
  });

  const dimensionIds = ALL_DIMENSIONS.map((d) => d.id).filter((id) => id !== ENERGY_ENTHUSIASM.id || used.has(id));
  const dimensions: NineERow[] = [];
  // Shown cells only, for the worlds to pool (overall, and per level).
  const poolable = new Map<NineEWorld, { all: Raw; levels: Record<RespondentLevel, Raw>; any: boolean[] }[]>();
  for (const w of NINE_E_WORLDS) poolable.set(w, periods.map(() => ({ all: new Map(), levels: { contract: new Map(), operational: new Map() }, any: [] })));

  for (const id of dimensionIds) {
    const world = worldOf(id);
    const perPeriod = raw.get(id) as Record<Group, Raw>[];
    const cells: NineECell[] = [];
    const byLevel: Record<RespondentLevel, NineECell[]> = { contract: [], operational: [] };
    perPeriod.forEach((groups, p) => {
      const all: Raw = new Map();
      for (const g of GROUPS) merge(all, groups[g]);
      const cell = cellOf(all, threshold);
      cells.push(cell);
      const levels = levelCells(groups, threshold);
      const pool = (poolable.get(world) as { all: Raw; levels: Record<RespondentLevel, Raw>; any: boolean[] }[])[p];
      if (all.size > 0) pool.any.push(true);
      if (cell.shown) merge(pool.all, all);
      for (const level of RESPONDENT_LEVELS) {
        byLevel[level].push(levels[level]);
        if (levels[level].shown) merge(pool.levels[level], groups[level]);
      }
    });
    dimensions.push({ kind: 'dimension', id, world, cells, byLevel, ...changesOf(cells, periods) });
  }

  const worlds: NineERow[] = NINE_E_WORLDS.map((world) => {
    const pools = poolable.get(world) as { all: Raw; levels: Record<RespondentLevel, Raw>; any: boolean[] }[];
    // A world with answers but no shown dimension is 'few' (its answers exist, the figures do not).
    const pooled = (r: Raw, any: boolean): NineECell => (r.size === 0 ? { shown: false, category: any ? 'few' : 'none', threshold } : cellOf(r, threshold));
    const cells = pools.map((p) => pooled(p.all, p.any.length > 0));
    const byLevel: Record<RespondentLevel, NineECell[]> = {
      contract: pools.map((p) => pooled(p.levels.contract, p.any.length > 0)),
      operational: pools.map((p) => pooled(p.levels.operational, p.any.length > 0)),
    };
    return { kind: 'world', id: world, world, cells, byLevel, ...changesOf(cells, periods) };
  });

  return { periods, threshold, worlds, dimensions };
}

// --- Development items --------------------------------------------------------------------------------------------

export interface NineEProposal {
  dimension: NineEDimension;
  world: NineEWorld;
  periodId: number;
  /** The dimension's average in that period. */
  average: number;
  /** How many single scores were at or below the weak limit. */
  lowScores: number;
  title: Text;
  /** `9e:<periodId>:<dimension>`: the action's sourceRef, so a proposal is made once per period and dimension. */
  sourceRef: string;
}

/**
 * A development action for each dimension whose latest shown cell is weak: its average at or below `max`, or any
 * single score there at or below it (seed 002 links every weak score to a development item). Suppressed cells
 * propose nothing: a proposal would tell that someone in a small group scored low.
 */
export function lowScoreProposals(result: NineEResult, options: { max?: number } = {}): NineEProposal[] {
  const max = options.max ?? WEAK_SCORE_MAX;
  const out: NineEProposal[] = [];
  for (const row of result.dimensions) {
    let i = row.cells.length - 1;
    while (i >= 0 && !row.cells[i].shown) i--;
    if (i < 0) continue;
    const cell = row.cells[i];
    if (!cell.shown) continue;
    const lowScores = cell.distribution.reduce((n, c, k) => (k + NINE_E_SCALE.min <= max ? n + c : n), 0);
    if (cell.average > max && lowScores === 0) continue;
    const id = row.id as NineEDimension;
    const name = dimensionName(id);
    const periodId = result.periods[i].id;
    out.push({
      dimension: id,
      world: row.world,
      periodId,
      average: cell.average,
      lowScores,
      title: { fi: `9E-kehityskohde: ${name.fi}`, sv: `9E-utvecklingsområde: ${name.sv}`, en: `9E development item: ${name.en}` },
      sourceRef: `9e:${periodId}:${id}`,
    });
  }
  return out;
}
