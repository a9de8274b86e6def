/**
 * Builds the workbench page: esbuild bundles main.tsx (React 17, Fluent UI v8, PnPjs, the Graph client and our
 * src/) into dist/app.js, with each view and each language's strings in chunks of their own (dist/chunks/, loaded
 * by `import()` as SPFx loads the web parts' chunks), and writes dist/index.html. `npm run build:page`; `npm start` and the tests call it too.
 */
import * as esbuild from 'esbuild';
import * as fs from 'fs';
import * as path from 'path';

const HERE = __dirname;
const DIST = path.join(HERE, 'dist');

const INDEX_HTML = `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Asiakkuudenhoito – työpöytä</title>
<link rel="icon" href="data:,">
<style>
  html, body { margin: 0; padding: 0; min-height: 100%; }
  body { font-family: 'Segoe UI', -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', 'Noto Sans', 'DejaVu Sans', sans-serif; -webkit-font-smoothing: antialiased; }
  #root { min-height: 100vh; }
</style>
<script>
  // Fluent UI would fetch web fonts from a Microsoft CDN; the workbench works offline.
  window.FabricConfig = { fontBaseUrl: '' };
</script>
</head>
<body>
<noscript>Asiakkuudenhoito tarvitsee JavaScriptin. / Kundvård kräver JavaScript. / Account Care needs JavaScript.</noscript>
<div id="root"></div>
<script type="module" src="app.js"></script>
</body>
</html>
`;

export async function buildPage(options: { quiet?: boolean } = {}): Promise<{ bytes: number; ms: number }> {
  const started = Date.now();
  fs.rmSync(DIST, { recursive: true, force: true });
  fs.mkdirSync(DIST, { recursive: true });
  const result = await esbuild.build({
    entryPoints: [path.join(HERE, 'main.tsx')],
    outdir: DIST,
    entryNames: 'app',
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    splitting: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2019',
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: path.join(HERE, '..', '..', 'tsconfig.test.json'),
    logLevel: options.quiet ? 'error' : 'warning',
    metafile: true,
  });
  fs.writeFileSync(path.join(DIST, 'index.html'), INDEX_HTML);
  fs.writeFileSync(path.join(DIST, 'meta.json'), JSON.stringify(result.metafile)); // inputs and imports per output file, for workbench/bench/bundles.ts
  const bytes = fs.statSync(path.join(DIST, 'app.js')).size;
  const ms = Date.now() - started;
  if (!options.quiet) {
    const inputs = Object.keys(result.metafile?.inputs ?? {}).length;
    // eslint-disable-next-line no-console
    console.log(`workbench page: dist/app.js ${(bytes / 1024).toFixed(0)} KiB (${inputs} modules) in ${ms} ms`);
  }
  return { bytes, ms };
}

if (require.main === module) {
  buildPage().catch((e) => {
    // eslint-disable-next-line no-console
    console.error(e);
    process.exit(1);
  });
}
