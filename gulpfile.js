'use strict';

const build = require('@microsoft/sp-build-web');

build.addSuppression(`Warning - [sass] The local CSS class 'ms-Grid' is not camelCase and will not be type-safe.`);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

/*
 * SPFx 1.21 (webpack 5) already emits every `import(/* webpackChunkName: '…' *\/ …)` as a chunk of its own
 * (dist/chunk.<name>_<hash>.js), loaded relative to the bundle's own URL, and `package-solution` ships them as
 * ClientSideAssets. This only records the chunk graph (named chunk groups; per chunk its files, the groups its code
 * loads with import() and its modules' source sizes) in temp/stats/chunk-graph.json, outside the assets, for
 * `workbench/bench/bundles.ts`.
 */
const fs = require('fs');
const path = require('path');

class ChunkGraphPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('AccountCareChunkGraph', (stats) => {
      const { compilation } = stats;
      const { chunkGraph, requestShortener } = compilation;
      const ids = (group) => group.chunks.map((c) => c.id);
      // Modules by name and source size; a concatenated module by its inner modules.
      const flatten = (module) =>
        module.modules ? [...module.modules].flatMap(flatten) : [{ name: module.readableIdentifier(requestShortener), size: module.size() }];
      const graph = {
        entrypoints: Object.fromEntries([...compilation.entrypoints].map(([name, group]) => [name, { chunks: ids(group) }])),
        namedChunkGroups: Object.fromEntries([...compilation.namedChunkGroups].map(([name, group]) => [name, { chunks: ids(group) }])),
        chunks: [...compilation.chunks].map((chunk) => {
          const modules = [...chunkGraph.getChunkModulesIterable(chunk)];
          // What this chunk's own code loads with import(): the chunk groups of its modules' async blocks.
          const loads = new Map();
          for (const module of modules) {
            for (const block of module.blocks) {
              const group = chunkGraph.getBlockChunkGroup(block);
              if (group) loads.set(group.name || ids(group).join(','), ids(group));
            }
          }
          return {
            id: chunk.id,
            names: chunk.name ? [chunk.name] : [],
            files: [...chunk.files],
            loads: [...loads].map(([name, chunks]) => ({ name, chunks })),
            modules: modules.flatMap(flatten),
          };
        }),
      };
      const dir = path.join(__dirname, 'temp', 'stats');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'chunk-graph.json'), JSON.stringify(graph));
    });
  }
}

build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins = [...(config.plugins || []), new ChunkGraphPlugin()];
    // Views share most of Fluent UI; webpack's defaults cut what they share into many small chunks, and every extra
    // file costs compression (the account tab paid about 4 KB gzip once the clock's view joined). Fewer, larger shared
    // chunks: one shared chunk per view at most, none under 50 KB, and no size that overrides these limits
    // (enforceSizeThreshold would otherwise split anything over 50 KB regardless). Measured by `npm run bench`.
    const split = (config.optimization && config.optimization.splitChunks) || {};
    config.optimization = { ...config.optimization, splitChunks: { ...split, maxAsyncRequests: 2, minSize: 50000, enforceSizeThreshold: Infinity } };
    return config;
  },
});

build.initialize(require('gulp'));
