// Inline suppression comments: one finding silenced with a reason, in Markdown (HTML comment), .bill and
// plain text (// line comment, masked so it is never analysed).
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analysis';
import { readFixture } from '../helpers';

const bill = readFixture('clauses/parts-en.bill');
const codes = (text: string, format: 'bill' | 'markdown' | 'plaintext' = 'bill') => analyze(text, { format }).findings.map(f => f.code);

describe('inline suppression', () => {
  it('disable-next-line silences that code on the next line only, and records the reason', () => {
    const base = analyze(bill, { format: 'bill' });
    const f = base.findings.find(x => x.code === 'victim-residence-missing')!;
    const lines = bill.split('\n');
    lines.splice(f.range.start.line, 0, '// palermo-disable-next-line victim-residence-missing -- residence is governed by the Aliens Act');
    const text = lines.join('\n');
    const a = analyze(text, { format: 'bill' });
    assert.ok(!a.findings.some(x => x.code === 'victim-residence-missing'));
    assert.ok(a.findings.some(x => x.code === 'victim-privacy-missing'), 'other codes on that line stay');
    assert.equal(a.suppressed.length, 1);
    assert.equal(a.suppressed[0].reason, 'residence is governed by the Aliens Act');
    assert.equal(a.findings.length, base.findings.length - 1);
  });

  it('disable silences a code for the rest of the document; enable ends it', () => {
    const text = '// palermo-disable non-penalization-missing, victim-privacy-missing -- covered by the Criminal Procedure Code\n' + bill;
    const got = codes(text);
    assert.ok(!got.includes('non-penalization-missing') && !got.includes('victim-privacy-missing'));
    assert.ok(got.includes('victim-residence-missing'));
  });

  it('works as an HTML comment in Markdown', () => {
    const md = readFixture('clauses/markdown-en.md');
    const text = '<!-- palermo-disable non-penalization-missing -- reviewed with the ministry -->\n' + md;
    assert.ok(codes(md, 'markdown').includes('non-penalization-missing'));
    assert.ok(!codes(text, 'markdown').includes('non-penalization-missing'));
  });

  it('works as an XML comment in Akoma Ntoso', () => {
    const x = '<?xml version="1.0"?><akomaNtoso><act><body><!-- palermo-disable non-penalization-missing -- reviewed --><section eId="sec_1"><num>1.</num><heading>Trafficking</heading><content><p>A person who recruits, transports or harbours another person by force for the purpose of exploitation commits an offence.</p></content></section></body></act></akomaNtoso>';
    const a = analyze(x, { format: 'akn' });
    assert.ok(!a.findings.some(f => f.code === 'non-penalization-missing'));
    assert.equal(a.suppressed.length, 1);
  });

  it('a directive without a reason, or with an unknown code, silences nothing and is reported', () => {
    const noReason = codes('// palermo-disable non-penalization-missing\n' + bill);
    assert.ok(noReason.includes('non-penalization-missing'));
    assert.ok(noReason.includes('suppression-invalid'));
    const unknown = codes('// palermo-disable no-such-rule -- because\n' + bill);
    assert.ok(unknown.includes('suppression-invalid'));
  });

  it('masks the comment line so its words are never analysed as bill text', () => {
    const text = bill + '\n// palermo-disable-next-line attempt-missing -- not the place; the victim shall not be prosecuted for offences as a direct consequence of being trafficked\n';
    const a = analyze(text, { format: 'bill' });
    assert.equal(a.coverage.non_penalization.present, false);
  });
});
