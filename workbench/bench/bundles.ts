/**
 * What a Finnish user downloads for each page, in JavaScript: the SPFx web-part bundle and the chunks each view
 * loads (`spfxPageSizes`, from `gulp bundle --ship` in dist/), and the same for the workbench page
 * (`workbenchPageSizes`, esbuild output in workbench/page/dist/). Minified and gzip sizes, per file as served.
 *
 * SPFx: the files a page loads are read from webpack's chunk graph, which gulpfile.js records in
 * temp/stats/chunk-graph.json: the entry bundle, the view's chunk group (its `webpackChunkName` plus the shared
 * chunks webpack split out for it), and the Finnish string chunks (`strings-*-fi`) that code in those chunks loads
 * with import(). Without that file the chunks are found by name. React, ReactDOM, sp-webpart-base and
 * sp-property-pane are SPFx externals (the manifest names them as components SharePoint provides), so they are in
 * none of our files; the table shows what is in them instead: our src/, Fluent UI, PnPjs, other libraries.
 *
 * Workbench: esbuild's metafile (dist/meta.json, written by workbench/page/build.ts) gives each output's static
 * imports and dynamic imports and the bytes each input contributes. A view = app.js and its static imports, the
 * view's chunk and its static imports, and the Finnish string modules (`*.fi.ts`) they import dynamically. React and
 * ReactDOM are bundled there (no SharePoint to provide them) and are counted apart, as is the workbench shell.
 *
 * The budgets (gzip, the JavaScript we ship: without React/ReactDOM, the Graph client and the workbench shell) are
 * account tab ≤ 170 KB and site contents ≤ 140 KB. Per-part gzip sizes are estimates: each file's gzip ratio applied
 * to the bytes that part contributes to it.
 *
 *   npx tsx workbench/bench/bundles.ts [--dist dist] [--page workbench/page/dist]
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';

const ROOT = path.join(__dirname, '..', '..');

export type Part = 'product' | 'fluent' | 'pnp' | 'graph' | 'react' | 'libs' | 'shell' | 'runtime';

export interface PageSize {
  page: string;
  files: string[];
  /** Per file: minified KB and gzip KB. */
  fileSizes: Record<string, { kb: number; gzipKb: number }>;
  /** Minified bytes / 1024, all files. */
  kb: number;
  /** Sum of each file's gzip size / 1024 (each file is its own response). */
  gzipKb: number;
  /** Minified KB per part (SPFx: module source sizes scaled to the file's minified size; workbench: exact). */
  parts: Partial<Record<Part, { kb: number; gzipKb: number }>>;
  /**
   * gzip KB without React/ReactDOM, the Graph client (SPFx's MSGraphClientV3 provides it in SharePoint; only the
   * workbench bundles it) and the workbench shell: what the budget counts.
   */
  ownGzipKb: number;
  budgetKb?: number;
  withinBudget?: boolean;
  /** gzip KB of the files beyond the shared web-part bundle (SPFx: the entry's chunks; workbench: app.js's closure). */
  beyondSharedGzipKb?: number;
  beyondSharedBudgetKb?: number;
  /** Whether any file of the page holds the wheel's modules (WHEEL_MODULES). */
  hasWheel?: boolean;
  /** Whether any file of the page holds the feedback summary's chart (CHART_MODULES). */
  hasChart?: boolean;
}

interface ViewBundle {
  page: string;
  /** The web part's feature chunk (`webpackChunkName`) and the feature module the workbench imports. */
  chunk: string;
  feature: string;
  /** Chunks the feature's index loads before its first render (the clock's index is small; its view follows). */
  then?: { chunk: string; feature: string };
  budgetKb?: number;
  /** Budget for what the page loads beyond the shared web-part bundle (the entry). */
  beyondSharedBudgetKb?: number;
}

export const VIEWS: readonly ViewBundle[] = [
  { page: 'Account tab (Asiakkuus)', chunk: 'account-tab', feature: 'src/features/accountTab/index.ts', budgetKb: 170 },
  { page: 'My accounts (Omat asiakkuudet)', chunk: 'my-accounts', feature: 'src/features/myAccounts/index.ts' },
  { page: 'Site contents / setup (Käyttöönotto)', chunk: 'setup', feature: 'src/features/setup/index.ts', budgetKb: 140 },
  {
    page: 'Annual clock (Vuosikello)',
    chunk: 'annual-clock',
    feature: 'src/features/annualClock/index.ts',
    then: { chunk: 'annual-clock-view', feature: 'src/features/annualClock/AnnualClock.tsx' },
    beyondSharedBudgetKb: 120,
  },
  { page: 'Substitutes (Tuuraukset)', chunk: 'substitutes', feature: 'src/features/substitutes/index.ts', beyondSharedBudgetKb: 120 },
  { page: 'Situation record form (Asiakastilanne)', chunk: 'record-forms', feature: 'src/features/recordForms/index.ts' },
  { page: 'Feedback form (Palaute)', chunk: 'record-forms', feature: 'src/features/recordForms/index.ts' },
  { page: 'Team meeting (Tiimipalaveri)', chunk: 'team-review', feature: 'src/features/teamReview/index.ts' },
  { page: 'Customer satisfaction (Asiakastyytyväisyys)', chunk: 'satisfaction', feature: 'src/features/satisfaction/index.ts' },
  { page: 'Satisfaction survey, answering (Tyytyväisyyskysely)', chunk: 'survey-answer', feature: 'src/features/surveyAnswer/index.ts' },
  { page: 'Service agreements (Palvelusopimukset)', chunk: 'agreements', feature: 'src/features/agreements/index.ts' },
  { page: 'Idea portfolio (Ideasalkku)', chunk: 'ideas', feature: 'src/features/ideas/index.ts' },
  { page: 'Situation picture (Tilannekuva)', chunk: 'leadership', feature: 'src/features/leadership/index.ts' },
  { page: 'Partnership assessment (Kumppanuusarvio 9E)', chunk: 'assessment', feature: 'src/features/assessment/index.ts' },
];

/** Source modules only the annual clock's wheel view contains: a page that shows no wheel must not download them. */
export const WHEEL_MODULES = /src[\\/]features[\\/]annualClock[\\/](Wheel|wheelLayout|geometry)\./;

/**
 * The charts (the feedback summary's and the satisfaction trend's, each its own chunk loaded with its view's detail):
 * no page's first download may hold them.
 */
export const CHART_MODULES = /src[\\/]features[\\/](teamReview|satisfaction)[\\/]TrendChart\./;

const LANG = 'fi';
const KB = 1024;
const round = (n: number) => Math.round(n * 10) / 10;

function partOf(modulePath: string): Part {
  const p = modulePath.replace(/\\/g, '/');
  if (/^(external |webpack\/)/.test(p)) return 'runtime';
  if (/node_modules\/(react|react-dom|scheduler)\//.test(p)) return 'react';
  if (/node_modules\/(@fluentui|@uifabric|office-ui-fabric-react|@microsoft\/load-themed-styles)\//.test(p)) return 'fluent';
  if (/node_modules\/@pnp\//.test(p)) return 'pnp';
  if (/node_modules\/@microsoft\/microsoft-graph-client/.test(p)) return 'graph';
  if (/node_modules\//.test(p)) return 'libs';
  if (/(^|\/)(src|lib)\//.test(p)) return 'product';
  if (/(^|\/)workbench\//.test(p)) return 'shell';
  return 'libs';
}

const gzipCache = new Map<string, { bytes: number; gzip: number }>();
function fileSize(file: string): { bytes: number; gzip: number } {
  let s = gzipCache.get(file);
  if (!s) {
    const buf = fs.readFileSync(file);
    s = { bytes: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
    gzipCache.set(file, s);
  }
  return s;
}

/** Adds up files; `shares(file)` splits a file's bytes into parts (weights, any scale). */
function total(page: string, dir: string, files: string[], shares: (file: string) => Map<Part, number>, budgetKb?: number): PageSize {
  let bytes = 0;
  let gzip = 0;
  const parts: PageSize['parts'] = {};
  const fileSizes: PageSize['fileSizes'] = {};
  for (const f of files) {
    const s = fileSize(path.join(dir, f));
    fileSizes[f] = { kb: round(s.bytes / KB), gzipKb: round(s.gzip / KB) };
    bytes += s.bytes;
    gzip += s.gzip;
    const weights = shares(f);
    const sum = [...weights.values()].reduce((a, b) => a + b, 0) || 1;
    for (const [part, w] of weights) {
      const p = (parts[part] ??= { kb: 0, gzipKb: 0 });
      p.kb += (s.bytes * w) / sum / KB;
      p.gzipKb += (s.gzip * w) / sum / KB;
    }
  }
  for (const p of Object.values(parts)) {
    p.kb = round(p.kb);
    p.gzipKb = round(p.gzipKb);
  }
  const notOwn = (parts.react?.gzipKb ?? 0) + (parts.graph?.gzipKb ?? 0) + (parts.shell?.gzipKb ?? 0);
  const ownGzipKb = round(gzip / KB - notOwn);
  return { page, files, fileSizes, kb: round(bytes / KB), gzipKb: round(gzip / KB), parts, ownGzipKb, budgetKb, withinBudget: budgetKb === undefined ? undefined : ownGzipKb <= budgetKb };
}

/** Adds what the page loads beyond the shared files, and whether it carries the wheel. */
function withShared(size: PageSize, dir: string, shared: Set<string>, v: ViewBundle, hasWheel?: boolean, hasChart?: boolean): PageSize {
  const beyond = size.files.filter((f) => !shared.has(f)).reduce((sum, f) => sum + fileSize(path.join(dir, f)).gzip, 0);
  return { ...size, beyondSharedGzipKb: round(beyond / KB), beyondSharedBudgetKb: v.beyondSharedBudgetKb, hasWheel, hasChart };
}

// ---------------------------------------------------------------------------------------------------------------
// SPFx (webpack)

interface ChunkGraph {
  entrypoints: Record<string, { chunks: (number | string)[] }>;
  namedChunkGroups: Record<string, { chunks: (number | string)[] }>;
  chunks: {
    id: number | string;
    names: string[];
    files: string[];
    children?: (number | string)[];
    /** The chunk groups this chunk's own modules load with import() (gulpfile.js); `children` is coarser. */
    loads?: { name: string; chunks: (number | string)[] }[];
    modules: { name?: string; size?: number }[];
  }[];
}

const ENTRY = 'account-care-web-parts';

/** The newest file in `dir` whose name matches (dist/ keeps older hashed builds until `gulp clean`). */
function newest(dir: string, re: RegExp): string | undefined {
  return fs
    .readdirSync(dir)
    .filter((f) => re.test(f))
    .map((f) => ({ f, t: fs.statSync(path.join(dir, f)).mtimeMs }))
    .sort((a, b) => b.t - a.t)[0]?.f;
}

function readGraph(distDir: string): ChunkGraph | undefined {
  const file = path.join(distDir, '..', 'temp', 'stats', 'chunk-graph.json');
  if (!fs.existsSync(file)) return undefined;
  const graph = JSON.parse(fs.readFileSync(file, 'utf8')) as ChunkGraph;
  // A graph from another build than the files in dist/ (e.g. a later debug build) is no use.
  const allThere = graph.chunks.every((c) => c.files.filter((f) => f.endsWith('.js')).every((f) => fs.existsSync(path.join(distDir, f))));
  return allThere ? graph : undefined;
}

/** The SharePoint-side localized resource the web parts' manifests name (loaded by the SPFx loader with the bundle). */
function localizedResources(distDir: string): string[] {
  return [...new Set(fs.readdirSync(distDir).filter((f) => /_fi-fi_[0-9a-f]+\.js$/.test(f)).map((f) => f.replace(/_[0-9a-f]+\.js$/, '')))]
    .map((stem) => newest(distDir, new RegExp(`^${stem}_[0-9a-f]+\\.js$`))!)
    .filter(Boolean);
}

export function spfxPageSizes(distDir: string): PageSize[] {
  const graph = readGraph(distDir);
  const extra = localizedResources(distDir);
  if (!graph) return spfxPageSizesByName(distDir, extra);
  const byId = new Map(graph.chunks.map((c) => [String(c.id), c]));
  const moduleShares = new Map<string, Map<Part, number>>();
  for (const c of graph.chunks) {
    const m = new Map<Part, number>();
    for (const mod of c.modules) {
      if (!mod.name) continue;
      const part = partOf(mod.name);
      m.set(part, (m.get(part) ?? 0) + (mod.size ?? 0));
    }
    for (const f of c.files) moduleShares.set(f, m);
  }
  const shares = (f: string) => moduleShares.get(f) ?? new Map<Part, number>([[/strings/i.test(f) ? 'product' : 'libs', 1]]);

  return VIEWS.map((v) => {
    const chunkIds = new Set<string>();
    const add = (ids: (number | string)[]) => ids.forEach((id) => chunkIds.add(String(id)));
    add(graph.entrypoints[ENTRY]?.chunks ?? []);
    const shared = new Set([...chunkIds].flatMap((id) => byId.get(id)?.files ?? []).concat(extra));
    add(graph.namedChunkGroups[v.chunk]?.chunks ?? []);
    if (v.then) add(graph.namedChunkGroups[v.then.chunk]?.chunks ?? []);
    // Finnish strings the loaded chunks import lazily (the common strings from the bundle, the view's from its chunk)
    const strings = new RegExp(`^strings-.*-${LANG}$`);
    const lazyGroups = (id: string): { name: string; chunks: (number | string)[] }[] => {
      const c = byId.get(id);
      if (!c) return [];
      if (c.loads) return c.loads;
      // older graph without `loads`: the chunk's async children (for a shared chunk, those of all its groups)
      return (c.children ?? []).flatMap((child) => (byId.get(String(child))?.names ?? []).map((name) => ({ name, chunks: graph.namedChunkGroups[name]?.chunks ?? [] })));
    };
    for (let grew = true; grew; ) {
      grew = false;
      for (const id of [...chunkIds]) {
        for (const group of lazyGroups(id)) {
          if (!strings.test(group.name)) continue;
          for (const gid of group.chunks) {
            if (!chunkIds.has(String(gid))) {
              chunkIds.add(String(gid));
              grew = true;
            }
          }
        }
      }
    }
    const files = [...chunkIds].flatMap((id) => byId.get(id)?.files ?? []).filter((f) => f.endsWith('.js'));
    const hasWheel = [...chunkIds].some((id) => byId.get(id)?.modules.some((m) => WHEEL_MODULES.test(m.name ?? '')));
    const hasChart = [...chunkIds].some((id) => byId.get(id)?.modules.some((m) => CHART_MODULES.test(m.name ?? '')));
    return withShared(total(v.page, distDir, [...files, ...extra], shares, v.budgetKb), distDir, shared, v, hasWheel, hasChart);
  });
}

/** Without the chunk graph: the view's chunk and the shared chunks the bundle loads with it, and strings by name. */
function spfxPageSizesByName(distDir: string, extra: string[]): PageSize[] {
  const bundle = newest(distDir, new RegExp(`^${ENTRY}_[0-9a-f]+\\.js$`));
  if (!bundle) throw new Error(`No ${ENTRY}_*.js in ${distDir}: run \`npx gulp bundle --ship\` first`);
  const code = fs.readFileSync(path.join(distDir, bundle), 'utf8');
  // webpack's runtime: "chunk."+({630:"account-tab",…}[e]||e)+"_"+{630:"43fb…",…}[e]+".js"
  const maps = [...code.matchAll(/\{((?:\d+:"[^"]+",?)+)\}\[\w+\]/g)].map((m) => new Map([...m[1].matchAll(/(\d+):"([^"]+)"/g)].map((x) => [x[1], x[2]])));
  const names = maps.find((m) => [...m.values()].some((v) => /[a-z]-[a-z]/.test(v))) ?? new Map<string, string>();
  const hashes = maps.find((m) => [...m.values()].every((v) => /^[0-9a-f]{8,}$/.test(v))) ?? new Map<string, string>();
  const fileOf = (id: string) => `chunk.${names.get(id) ?? id}_${hashes.get(id)}.js`;
  const idOf = (name: string) => [...names].find(([, n]) => n === name)?.[0];
  const groups = [...code.matchAll(/Promise\.all\(\[((?:\w+\.e\(\d+\),?)+)\]\)/g)].map((m) => [...m[1].matchAll(/\((\d+)\)/g)].map((x) => x[1]));
  const shares = (f: string) => new Map<Part, number>([[/strings|account-tab|my-accounts|setup/.test(f) ? 'product' : 'libs', 1]]);
  return VIEWS.map((v) => {
    const groupOf = (name: string): string[] => {
      const id = idOf(name);
      return id ? groups.find((g) => g.includes(id)) ?? [id] : [];
    };
    const ids = [...groupOf(v.chunk), ...(v.then ? groupOf(v.then.chunk) : [])];
    const strings = [`strings-common-${LANG}`, `strings-${v.chunk}-${LANG}`].map(idOf).filter((x): x is string => !!x);
    const files = [bundle, ...[...ids, ...strings].map(fileOf).filter((f) => fs.existsSync(path.join(distDir, f))), ...extra];
    return withShared(total(v.page, distDir, files, shares, v.budgetKb), distDir, new Set([bundle, ...extra]), v);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Workbench page (esbuild)

interface Metafile {
  inputs: Record<string, unknown>;
  outputs: Record<string, { bytes: number; entryPoint?: string; imports: { path: string; kind: string; external?: boolean }[]; inputs: Record<string, { bytesInOutput: number }> }>;
}

export function workbenchPageSizes(distDir: string, metafile?: object): PageSize[] {
  const meta = (metafile ?? JSON.parse(fs.readFileSync(path.join(distDir, 'meta.json'), 'utf8'))) as Metafile;
  // Output keys are relative to esbuild's working directory; find each one's path inside distDir.
  const local = new Map<string, string>();
  for (const key of Object.keys(meta.outputs)) {
    if (key.endsWith('.map')) continue;
    const segs = key.split('/');
    for (let n = 1; n <= segs.length; n++) {
      const rel = segs.slice(-n).join('/');
      if (fs.existsSync(path.join(distDir, rel))) {
        local.set(key, rel);
        break;
      }
    }
  }
  const entryKey = [...local].find(([, rel]) => rel === 'app.js')?.[0];
  if (!entryKey) throw new Error(`No app.js from the metafile in ${distDir}: run \`npm run build:page\``);
  const isStrings = (key: string) => new RegExp(`\\.${LANG}\\.tsx?$`).test(meta.outputs[key]?.entryPoint ?? '');

  const closure = (starts: string[]): Set<string> => {
    const seen = new Set<string>();
    const todo = [...starts];
    while (todo.length) {
      const k = todo.pop()!;
      if (seen.has(k) || !meta.outputs[k]) continue;
      seen.add(k);
      for (const imp of meta.outputs[k].imports) {
        if (imp.external) continue;
        if (imp.kind === 'import-statement' || (imp.kind === 'dynamic-import' && isStrings(imp.path))) todo.push(imp.path);
      }
    }
    return seen;
  };

  const shares = (rel: string) => {
    const key = [...local].find(([, r]) => r === rel)![0];
    const m = new Map<Part, number>();
    for (const [input, { bytesInOutput }] of Object.entries(meta.outputs[key].inputs)) {
      const part = partOf(input);
      m.set(part, (m.get(part) ?? 0) + bytesInOutput);
    }
    return m;
  };

  return VIEWS.map((v) => {
    const keyOf = (feature: string) => Object.keys(meta.outputs).find((k) => meta.outputs[k].entryPoint?.replace(/\\/g, '/').endsWith(feature));
    const viewKeys = [keyOf(v.feature), v.then ? keyOf(v.then.feature) : undefined].filter((k): k is string => !!k);
    const keys = closure([entryKey, ...viewKeys]);
    const files = [...keys].map((k) => local.get(k)).filter((f): f is string => !!f);
    files.sort((a, b) => (a === 'app.js' ? -1 : b === 'app.js' ? 1 : a.localeCompare(b)));
    const shared = new Set([...closure([entryKey])].map((k) => local.get(k)).filter((f): f is string => !!f));
    const hasWheel = [...keys].some((k) => Object.keys(meta.outputs[k]?.inputs ?? {}).some((input) => WHEEL_MODULES.test(input)));
    const hasChart = [...keys].some((k) => Object.keys(meta.outputs[k]?.inputs ?? {}).some((input) => CHART_MODULES.test(input)));
    return withShared(total(v.page, distDir, files, shares, v.budgetKb), distDir, shared, v, hasWheel, hasChart);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// CLI

const PART_LABEL: Record<Part, string> = {
  product: 'our src',
  fluent: 'Fluent UI',
  pnp: 'PnPjs',
  graph: 'Graph client',
  libs: 'other libs',
  runtime: 'webpack runtime',
  react: 'React+ReactDOM',
  shell: 'workbench shell',
};

export function markdown(title: string, rows: PageSize[]): string {
  const parts = (Object.keys(PART_LABEL) as Part[]).filter((p) => rows.some((r) => r.parts[p]));
  const lines = [
    `### ${title}`,
    '',
    `| page (fi) | files | KB | gzip KB | ${parts.map((p) => `${PART_LABEL[p]} gzip`).join(' | ')} | own gzip KB | budget | beyond the shared bundle, gzip KB | wheel code on the page | summary chart on the page |`,
    `|---|---:|---:|---:|${parts.map(() => '---:|').join('')}---:|---|---|---|---|`,
  ];
  for (const r of rows) {
    const budget = r.budgetKb === undefined ? '–' : `≤ ${r.budgetKb}: ${r.withinBudget ? 'met' : 'NOT met'}`;
    const beyond =
      r.beyondSharedGzipKb === undefined ? '–' : `${r.beyondSharedGzipKb}${r.beyondSharedBudgetKb === undefined ? '' : ` (≤ ${r.beyondSharedBudgetKb}: ${r.beyondSharedGzipKb <= r.beyondSharedBudgetKb ? 'met' : 'NOT met'})`}`;
    const wheel = r.hasWheel === undefined ? '–' : r.hasWheel ? 'yes' : 'no';
    const chart = r.hasChart === undefined ? '–' : r.hasChart ? 'yes' : 'no';
    lines.push(`| ${r.page} | ${r.files.length} | ${r.kb} | ${r.gzipKb} | ${parts.map((p) => r.parts[p]?.gzipKb ?? 0).join(' | ')} | ${r.ownGzipKb} | ${budget} | ${beyond} | ${wheel} | ${chart} |`);
  }
  lines.push('', 'Files (KB / gzip KB):', '');
  for (const r of rows) lines.push(`- ${r.page}: ${r.files.map((f) => `${f} (${r.fileSizes[f].kb} / ${r.fileSizes[f].gzipKb})`).join(', ')}`);
  return lines.join('\n');
}

if (require.main === module) {
  const arg = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return path.resolve(i > 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback);
  };
  const spfxDist = arg('dist', path.join(ROOT, 'dist'));
  const pageDist = arg('page', path.join(ROOT, 'workbench', 'page', 'dist'));
  const out: string[] = [];
  if (fs.existsSync(spfxDist)) {
    out.push(markdown('SPFx (gulp bundle --ship): React, ReactDOM and SPFx runtime are SharePoint-provided externals', spfxPageSizes(spfxDist)));
  } else out.push(`(no ${path.relative(ROOT, spfxDist)}: run \`npx gulp bundle --ship\` for the SPFx sizes)`);
  if (fs.existsSync(path.join(pageDist, 'meta.json'))) {
    out.push(markdown('Workbench page (esbuild): React and ReactDOM bundled, counted apart from the budget', workbenchPageSizes(pageDist)));
  } else out.push(`(no ${path.relative(ROOT, pageDist)}/meta.json: run \`npm run build:page\` for the workbench sizes)`);
  out.push('', 'KB = 1024 bytes. "own gzip KB" leaves out React/ReactDOM, the Graph client and the workbench shell; the budgets count it: account tab ≤ 170 KB, site contents ≤ 140 KB; the annual clock ≤ 120 KB beyond the shared bundle, and no other page may carry the wheel. Part sizes are estimates (each file\'s gzip ratio × the part\'s bytes in it).');
  // eslint-disable-next-line no-console
  console.log(out.join('\n\n'));
}
