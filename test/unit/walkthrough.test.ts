// The trainer walkthrough's demo path: at every step, in every language, the analysis finds less, and the
// last step is compliant (nothing above information). The walkthrough contribution points at real files
// and commands.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analysis';
import { definitionSummary } from '../../server/src/core/navigation/outline';
import { ROOT } from '../helpers';

const STEPS = [1, 2, 3, 4];
const run = (lang: string, step: number) => {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'walkthrough', lang, `step-${step}.bill`), 'utf8');
  return analyze(text, { format: 'bill' });
};
const count = (a: ReturnType<typeof run>, sev: string) => a.findings.filter(f => f.severity === sev).length;

describe('walkthrough demo path (examples/walkthrough)', () => {
  for (const lang of ['en', 'fr', 'es']) {
    it(`${lang}: each step finds fewer problems, and the last step is compliant`, () => {
      const runs = STEPS.map(s => run(lang, s));
      runs.forEach(a => assert.equal(a.language, lang));
      for (let i = 1; i < runs.length; i++) {
        assert.ok(runs[i].findings.length < runs[i - 1].findings.length, `step ${i + 1}: ${runs[i].findings.length} findings, not fewer than ${runs[i - 1].findings.length}`);
        assert.ok(count(runs[i], 'error') <= count(runs[i - 1], 'error'), `step ${i + 1}: more errors`);
      }
      const [first, second, third, last] = runs;
      // Step 1 is deficient in the definition and the safeguards alike.
      for (const code of ['act-transfer-missing', 'act-harbouring-missing', 'means-vulnerability-missing', 'purpose-servitude-missing', 'child-under-18-missing', 'non-penalization-missing', 'victim-compensation-missing']) {
        assert.ok(first.findings.some(f => f.code === code), `step 1 lacks ${code}`);
      }
      // Step 2 completes the definition (quick fixes): no definition finding is left.
      assert.equal(definitionSummary(second)!.title, 'act 5/5 · means 9/9 · purpose 7/7');
      assert.ok(!second.findings.some(f => /^(act|means|purpose)-/.test(f.code)), second.findings.map(f => f.code).join(' '));
      // Step 3 adds the victims part: no error left.
      assert.equal(count(third, 'error'), 0, third.findings.filter(f => f.severity === 'error').map(f => f.code).join(' '));
      assert.ok(!third.findings.some(f => f.code.startsWith('victim-') || f.code.startsWith('non-penalization')));
      // Step 4: compliant.
      assert.deepEqual(last.findings.filter(f => f.severity === 'error' || f.severity === 'warning').map(f => f.code), []);
    });
  }

  it('the walkthrough contribution points at existing media and contributed commands', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const commands = new Set(pkg.contributes.commands.map((c: { command: string }) => c.command));
    const [w] = pkg.contributes.walkthroughs;
    assert.ok(w.steps.length >= 6);
    for (const s of w.steps) {
      assert.ok(fs.existsSync(path.join(ROOT, s.media.markdown)), s.media.markdown);
      for (const m of (s.description as string).matchAll(/command:(palermo\.[\w.]+)/g)) assert.ok(commands.has(m[1]), m[1]);
      for (const m of (s.description as string).matchAll(/openDemoBill\?%5B(\d)%5D/g)) {
        for (const lang of ['en', 'fr', 'es']) assert.ok(fs.existsSync(path.join(ROOT, 'examples', 'walkthrough', lang, `step-${m[1]}.bill`)));
      }
    }
    for (const c of ['palermo.searchDeclaration', 'palermo.openParagraph', 'palermo.openDemoBill', 'palermo.toggleTrainingMode', 'palermo.showDefinitionGaps']) assert.ok(commands.has(c), c);
  });
});
