// Bundles the extension-host suites into out/e2e/suite/index.js (vscode comes from the extension host,
// mocha from the repository's node_modules, which the extension host resolves from the bundle's path).
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..', '..');
await esbuild.build({
  entryPoints: [path.join(here, 'index.ts')], outfile: path.join(root, 'out', 'e2e', 'suite', 'index.js'),
  bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, external: ['vscode', 'mocha'], logLevel: 'warning',
});
console.log('built out/e2e/suite/index.js');
