#!/usr/bin/env node
// build.mjs [--watch] [--minify] — bundles the three entry points with esbuild into dist/:
//   dist/extension.js  the VS Code client (vscode is external: the editor provides it)
//   dist/server.js     the language server (palermo-language-server --stdio)
//   dist/cli.js        the reviewers' CLI (palermo check …)
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify') || process.env.PALERMO_MINIFY === '1';
// ESM dependencies (fdir, via tinyglobby) read import.meta.url; in a CJS bundle it must be supplied.
const importMeta = { define: { 'import.meta.url': '__palermoImportMetaUrl' }, banner: { js: "const __palermoImportMetaUrl = require('url').pathToFileURL(__filename).href;" } };
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, minify, logLevel: 'warning', legalComments: 'none', ...importMeta };
const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
  { ...common, entryPoints: ['server/src/lsp/main.ts'], outfile: 'dist/server.js' },
  { ...common, entryPoints: ['server/src/cli/index.ts'], outfile: 'dist/cli.js' },
];
const t0 = Date.now();
if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log('watching…');
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
  console.log(`built ${builds.map(b => b.outfile).join(', ')} in ${Date.now() - t0} ms`);
}
