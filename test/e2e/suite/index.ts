// Entry point VS Code calls in the extension host (extensionTestsPath): runs the mocha suites and reports each
// test as an "ok - extension host: …" line, which the e2e runner counts. Rejecting makes the workbench exit
// with code 1 (codeAutomationExit in code-server, the process exit code under @vscode/test-electron).
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: class extends Mocha.reporters.Base {
    constructor(runner: Mocha.Runner) {
      super(runner);
      runner.on('pass', t => console.log(`ok - extension host: ${t.titlePath().join(' › ')} (${t.duration} ms)`));
      runner.on('fail', (t, e: Error) => console.log(`not ok - extension host: ${t.titlePath().join(' › ')} — ${String(e.message).split('\n')[0]}`));
      runner.on('pending', t => console.log(`# pending - extension host: ${t.titlePath().join(' › ')} (feature not on main yet)`));
      runner.once('end', () => console.log(`# extension host: ${this.stats.passes} passed, ${this.stats.failures} failed, ${this.stats.pending} pending`));
    }
  } });
  // describe/it become globals here; the suites (bundled in, loaded lazily) register themselves with them.
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  require('./extension.test');
  require('./features.test');
  return new Promise((resolve, reject) => {
    mocha.run(failures => (failures ? reject(new Error(`${failures} extension-host tests failed`)) : resolve()));
  });
}
