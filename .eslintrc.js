require('@rushstack/eslint-config/patch/modern-module-resolution');
const fs = require('fs');
const path = require('path');

/*
 * The source layers (README, "Architecture in one screen"), enforced by `@typescript-eslint/no-restricted-imports`
 * (static `import`, `import type`, `export … from`) and `no-restricted-syntax` (dynamic `import()`), one override
 * per layer and folder depth. The import rule matches the specifier as written, so each depth gets its own
 * relative prefix: from src/domain/x.ts `../` is src/, from src/features/a/b/x.tsx it is `../../../`. Each layer
 * lists what it MAY import (an allow list in gitignore syntax); any other folder of src/ and anything outside src/
 * (workbench/, tests/) is refused, so a new folder under src/ is closed until a layer is allowed to use it.
 *
 *   webparts  host, features, ui, data (not sp/graph), domain, loc; no PnPjs or Graph client
 *   host      everything but webparts and features; PnPjs and the Graph client only in host/spfxHost.ts
 *   features  ui, data/{ports,errors,clientKey,queries,schema}, domain, loc, their own folder; another feature only
 *             by `import()` of its index
 *   ui        ui, data/{ports,errors,clientKey,schema}, domain, loc
 *   data      data, domain, loc (types only); PnPjs and the Graph client only in data/sp and data/graph; no React
 *   loc       loc, domain (types only); no React
 *   domain    domain only
 *
 * tests/unit/layers.test.ts lints one snippet per rule through this file.
 */

const SRC = path.join(__dirname, 'src');
/** Top-level folders of src/ (a folder not allowed below is refused). */
const SRC_DIRS = fs.existsSync(SRC) ? fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name) : [];
const MAX_DEPTH = 6;

const REACT = ['/react', '/react/**', '/react-dom', '/react-dom/**', '@fluentui/*', '@testing-library/*'];
const PNP = ['@pnp/*'];
const GRAPH = ['@microsoft/microsoft-graph-client', '@microsoft/microsoft-graph-client/**'];
const SPFX = ['@microsoft/sp-*', '@microsoft/teams-js', '@microsoft/teams-js/**'];

const DATA_FOR_UI = ['data/ports', 'data/errors', 'data/clientKey', 'data/schema'];
const LAYERS = {
  domain: { allow: ['domain'], packages: [...REACT, ...PNP, ...GRAPH, ...SPFX] },
  loc: { allow: ['loc'], typeOnly: ['domain'], packages: [...REACT, ...PNP, ...GRAPH, ...SPFX] },
  data: { allow: ['data', 'domain'], typeOnly: ['loc'], packages: [...REACT, ...PNP, ...GRAPH, ...SPFX] },
  dataAdapters: { allow: ['data', 'domain'], typeOnly: ['loc'], packages: [...REACT, ...SPFX] },
  ui: { allow: ['ui', 'domain', 'loc', ...DATA_FOR_UI], packages: [...PNP, ...GRAPH, ...SPFX] },
  features: { allow: ['ui', 'domain', 'loc', ...DATA_FOR_UI, 'data/queries'], packages: [...PNP, ...GRAPH, ...SPFX] },
  host: { allow: SRC_DIRS.filter((d) => d !== 'webparts' && d !== 'features'), packages: [...PNP, ...GRAPH] },
  hostComposition: { allow: SRC_DIRS.filter((d) => d !== 'webparts' && d !== 'features'), packages: [] },
  webparts: { allow: SRC_DIRS.filter((d) => d !== 'data'), allowData: ['data/ports', 'data/errors', 'data/clientKey', 'data/queries', 'data/schema', 'data/odata'], packages: [...PNP, ...GRAPH] },
};

/**
 * Imports a layer's files must not make yet do today, one per file, each reported to its owner: the exception
 * allows exactly that folder for exactly that file, and goes when the import does.
 */
const KNOWN_VIOLATIONS = {};

const MESSAGE = {
  domain: 'src/domain is pure TypeScript: it imports only other domain modules.',
  loc: 'src/loc imports only loc (and domain types); no React.',
  data: 'src/data imports only data and domain (loc as types); PnPjs and the Graph client live in data/sp and data/graph; no React.',
  dataAdapters: 'src/data imports only data and domain (loc as types); no React.',
  ui: 'src/ui is shared React: it imports data ports/errors/clientKey/schema, domain and loc, never features, webparts, host or PnPjs.',
  features:
    'A feature imports ui, data (ports, errors, clientKey, queries, schema), domain and loc; never webparts, host, data/sp, data/graph, data/odata, PnPjs, SPFx, or another feature (except a lazy import() of its index).',
  host: 'src/host composes data and ui for the web parts; it never imports webparts or features; PnPjs and the Graph client only in host/spfxHost.ts.',
  hostComposition: 'src/host never imports webparts or features.',
  webparts: 'A web part imports host, features, ui, data (not sp/graph), domain and loc; PnPjs and the Graph client only through src/host.',
};

/** gitignore lines refusing every path under `prefix` (which reaches src/) except the allowed folders/files. */
function allowList(prefix, allow) {
  const lines = [`${prefix}*`];
  const nested = new Map();
  for (const a of allow) {
    const [top, ...rest] = a.split('/');
    if (rest.length === 0) nested.set(top, null);
    else if (nested.get(top) !== null) nested.set(top, [...(nested.get(top) || []), rest.join('/')]);
  }
  for (const [top, subs] of nested) {
    lines.push(`!${prefix}${top}`);
    if (subs) {
      lines.push(`${prefix}${top}/*`);
      for (const s of subs) lines.push(`!${prefix}${top}/${s}`);
    }
  }
  return lines;
}

const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\//g, '\\x2F');

/**
 * The rules for one layer's files at one depth. `toSrc` is the relative prefix from the file's folder to src/;
 * `toOwn` (features) the prefix to src/features/, whose other folders are other features.
 */
function layerRules(layer, toSrc, { toOwn, extraAllow = [] } = {}) {
  const spec = LAYERS[layer];
  const allow = [...spec.allow, ...(spec.allowData || []), ...(spec.typeOnly || []), ...extraAllow];
  const group = [];
  if (toOwn) group.push(`${toOwn}*`, `!${toOwn}..`);
  group.push(...allowList(toSrc, allow));
  const patterns = [{ group, message: MESSAGE[layer] }];
  if (spec.typeOnly && spec.typeOnly.length) {
    patterns.push({
      group: spec.typeOnly.flatMap((d) => [`${toSrc}${d}`, `${toSrc}${d}/**`]),
      message: `${MESSAGE[layer]} (${spec.typeOnly.join(', ')}: \`import type\` only)`,
      allowTypeImports: true,
    });
  }
  if (spec.packages.length) patterns.push({ group: spec.packages, message: MESSAGE[layer] });

  // import(): a string bundle or view in the same folder or below; web parts and features also another feature's
  // index (its own chunk), and web parts a feature's first read (a small chunk fetched beside the view's, so the
  // shared bundle need not carry it). Anything else (a package, another layer) goes through a static import.
  const dynamicAllowed = ['^\\.\\x2F'];
  if (layer === 'webparts') dynamicAllowed.push(`^${escapeRe(toSrc)}features\\x2F[A-Za-z0-9_-]+(\\x2FfirstRead)?$`);
  if (layer === 'features') dynamicAllowed.push(`^${escapeRe(toOwn)}[A-Za-z0-9_-]+$`);
  // Parts of a feature that other features open in place, each an entry (index) and a chunk of its own.
  if (layer === 'features') dynamicAllowed.push(...SHARED_PARTS.map((part) => `^${escapeRe(toOwn)}${part.replace('/', '\\x2F')}$`));
  const notAllowed = dynamicAllowed.map((re) => `:not([source.value=/${re}/])`).join('');
  return {
    '@typescript-eslint/no-restricted-imports': ['error', { patterns }],
    'no-restricted-syntax': [
      'error',
      {
        selector: `ImportExpression${notAllowed}`,
        message: `${MESSAGE[layer]} A dynamic import() loads a module in the same folder or below${layer === 'webparts' ? ", or a feature's index or first read" : layer === 'features' ? ", or a feature's index" : ''}.`,
      },
    ],
  };
}

/** Feature parts other features may import() (their index): the handover brief opens from the account tab and My accounts. */
const SHARED_PARTS = ['substitutes/brief', 'substitutes/handback', 'agreements/panel'];

const FILES = (dir, depth) => [`${dir}/${'*/'.repeat(depth)}*.ts`, `${dir}/${'*/'.repeat(depth)}*.tsx`];
const up = (n) => '../'.repeat(n);

function layerOverrides() {
  const overrides = [];
  for (let d = 0; d <= MAX_DEPTH; d++) {
    for (const layer of ['domain', 'loc', 'data', 'ui', 'host', 'webparts']) {
      overrides.push({ files: FILES(`src/${layer}`, d), rules: layerRules(layer, up(d + 1)) });
    }
    // features/<name>/…: one level deeper to src/; the level above the feature's folder holds the other features
    overrides.push({ files: FILES('src/features/*', d), rules: layerRules('features', up(d + 2), { toOwn: up(d + 1) }) });
  }
  // The adapters may use PnPjs and the Graph client (they are the only data code that does)
  for (const adapter of ['sp', 'graph']) {
    for (let d = 0; d < MAX_DEPTH; d++) {
      overrides.push({ files: FILES(`src/data/${adapter}`, d), rules: layerRules('dataAdapters', up(d + 2)) });
    }
  }
  overrides.push({ files: ['src/host/spfxHost.ts'], rules: layerRules('hostComposition', up(1)) });
  for (const [file, extraAllow] of Object.entries(KNOWN_VIOLATIONS)) {
    const parts = file.split('/');
    const featureDepth = parts.length - 4; // src/features/<name>/…/file
    overrides.push({ files: [file], rules: layerRules('features', up(featureDepth + 2), { toOwn: up(featureDepth + 1), extraAllow }) });
  }
  return overrides;
}

module.exports = {
  extends: ['@microsoft/eslint-config-spfx/lib/profiles/react'],
  parserOptions: { tsconfigRootDir: __dirname },
  overrides: layerOverrides(),
};
