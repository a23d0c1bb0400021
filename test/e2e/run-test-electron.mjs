// The extension-host suites through @vscode/test-electron's runTests, the standard runner.
//   node test/e2e/run-test-electron.mjs [WORKSPACE]          downloads VS Code (VSCODE_VERSION, default stable)
//                                                            and runs them in it: a laptop or a hosted CI
//   node test/e2e/run-test-electron.mjs --shim [WORKSPACE]   here, where no VS Code build can be downloaded:
//                                                            runTests drives code-server through code-shim.mjs
// Build first: npm run -s build && node test/e2e/suite/build.mjs (run.sh does both).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const here = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const shim = args.includes('--shim');
const workspace = path.resolve(args.find(a => !a.startsWith('--')) ?? path.join(here, 'workspace'));
try {
  await runTests({
    ...(shim ? { vscodeExecutablePath: path.join(here, 'code-shim.mjs') } : { version: process.env.VSCODE_VERSION ?? 'stable' }),
    extensionDevelopmentPath: ROOT,
    extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'suite', 'index.js'),
    launchArgs: [workspace, '--disable-extensions'],
  });
  console.log('# runTests resolved: exit code 0');
} catch (e) {
  console.log(`# runTests failed: ${e.message}`);
  process.exit(1);
}
