// Runs VS Code extension tests (extensionDevelopmentPath + extensionTestsPath) inside code-server's remote
// Node extension host, from headless Chromium: code-server's CLI rejects those flags, but the web workbench
// reads them from the URL's `payload`, and reports the end through window.codeAutomationExit(code).
// usage: node test/e2e/exthost.mjs BASE_URL WORKSPACE_DIR EXT_DEV_PATH EXT_TESTS_PATH   (exit code = tests')
import { format } from 'node:util';
import { pathToFileURL } from 'node:url';
import { launch } from './lib/workbench.mjs';

/** runExtensionTests resolves with the extension host's exit code (0 = all passed), or 'timeout'. */
export async function runExtensionTests(base, folder, devPath, testsPath, { timeoutMs = 240_000, log = console.log } = {}) {
  const remote = p => `vscode-remote://${new URL(base).host}${p}`; // remote authority = code-server's host:port
  const payload = [['extensionDevelopmentPath', remote(devPath)], ['extensionTestsPath', remote(testsPath)]];
  const url = `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const browser = await launch();
  try {
    const page = await browser.newPage();
    let done;
    const exited = new Promise(r => (done = r));
    await page.exposeFunction('codeAutomationExit', code => done(code));
    // The extension host's console arrives here; the suites' "ok - …" lines are passed through as they are.
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const line = format(...args);
      if (/^(not )?ok - |^# /.test(line)) log(line);
      else if (type === 'error' && !/ENOTFOUND|open-vsx/.test(line)) log(`[ext:${type}] ${line}`);
    });
    await page.goto(url);
    return await Promise.race([exited, new Promise(r => setTimeout(() => r('timeout'), timeoutMs))]);
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [base, folder, devPath, testsPath] = process.argv.slice(2);
  const t0 = Date.now();
  const code = await runExtensionTests(base, folder, devPath, testsPath);
  console.log(`# extension tests finished in ${((Date.now() - t0) / 1000).toFixed(1)} s: exit code ${code}`);
  if (code !== 0 && code !== 1) console.log(`not ok - extension host: did not finish (${code})`);
  process.exit(code === 0 ? 0 : 1);
}
