#!/usr/bin/env node
// build-declaration.mjs [SOURCE_TXT] [OUT_JSON]
// Parses the extracted English text of A/RES/72/1 into data/declaration.json, repairing the extraction
// artefacts listed in ../shared/declaration/README.md. Run once when the source changes; the product only
// ever reads the committed JSON, so users never need ../shared.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = process.argv[2] ?? path.join(here, '../../shared/declaration/A-RES-72-1.en.txt');
const out = process.argv[3] ?? path.join(here, '../data/declaration.json');

const SUPERSCRIPT = { '¹': 1, '²': 2, '³': 3, '⁴': 4, '⁵': 5, '⁶': 6, '⁷': 7 };

// Our own short subjects and the Protocol articles each paragraph relates to (none where the paragraph is
// about the UN system rather than national law).
const META = {
  1: ['Reaffirming the Global Plan of Action', []],
  2: ['The 2030 Agenda and partnerships', []],
  3: ['Root causes, vulnerability, prevention and awareness', ['Protocol, art. 9']],
  4: ['Comprehensive approach; criminal justice response commensurate to the crime', ['Protocol, art. 5', 'UNTOC, art. 11']],
  5: ['Ratifying and implementing the Convention and the Protocol', ['Protocol, art. 1']],
  6: ['Other international instruments', []],
  7: ['Definition of trafficking in persons (act, means, purpose)', ['Protocol, art. 3']],
  8: ['Victims: care, access to justice, protection, non-penalization', ['Protocol, art. 6', 'Protocol, art. 7', 'Protocol, art. 8']],
  9: ['Demand that fosters trafficking', ['Protocol, art. 9(5)']],
  10: ['Criminalizing all forms; cooperation, mutual legal assistance, financial flows', ['Protocol, art. 5', 'Protocol, art. 10', 'UNTOC, art. 18']],
  11: ['Resourcing the fight against trafficking', []],
  '11(a)': ['UN Voluntary Trust Fund for victims', []],
  '11(b)': ['International cooperation and capacity-building', ['Protocol, art. 10']],
  12: ['Coherence of the UN system (ICAT)', []],
  13: ['Role of the Inter-Agency Coordination Group', []],
  14: ['Role of UNODC and technical assistance', []],
  15: ['Contribution of other ICAT members', []],
  16: ['Data collection disaggregated by sex, age and form of exploitation; data protection', ['Protocol, art. 10']],
  17: ['UNODC Global Report on Trafficking in Persons', []],
  18: ['Refugees, migrants and the displaced: identification of victims', ['Protocol, art. 6', 'Protocol, art. 14']],
  19: ['Women and children: revictimization, best interests of the child', ['Protocol, art. 6(4)', 'Protocol, art. 9(1)(b)']],
  20: ['Armed conflict, humanitarian emergencies and training', ['Protocol, art. 10(2)']],
  21: ['Armed groups: forced marriage, sexual slavery, forced labour, combatants', ['Protocol, art. 3']],
  22: ['Misuse of information and communications technologies', []],
  23: ['Trafficking for organ removal; unethical medical personnel', ['Protocol, art. 3']],
  24: ['Partnerships, NHRIs (Paris Principles), Special Rapporteurs', ['Protocol, art. 9(3)']],
  25: ['Business, supply chains and procurement', ['Protocol, art. 9']],
  26: ['Follow-up and review', []],
};

// Footnote markers the extraction lost or flattened: [paragraph, text after which the marker belongs, n].
const RESTORED_MARKERS = [
  ['2', 'the 2030 Agenda for Sustainable Development', 2],
  ['24', 'the Paris Principles', 7],
];

function parse(raw) {
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const title = lines[0].trim();
  const paras = []; const footnotes = new Map();
  let current = null;
  for (const line of lines.slice(1)) {
    const t = line.trim();
    if (!t) continue;
    let m;
    if ((m = /^- (\d+)\.\s+(.*)$/.exec(t))) { current = { id: m[1], number: +m[1], text: m[2] }; paras.push(current); continue; }
    if ((m = /^- \(([a-z])\)\s+(.*)$/.exec(t))) {
      const parent = paras.filter(p => !p.parent).at(-1);
      current = { id: `${parent.id}(${m[1]})`, number: parent.number, parent: parent.id, text: m[2] };
      paras.push(current); continue;
    }
    if ((m = /^([¹²³⁴⁵⁶⁷])\s+(.*)$/.exec(t))) { footnotes.set(SUPERSCRIPT[m[1]], m[2]); continue; }
    // A line that is neither a paragraph nor a footnote continues the paragraph a page break split (para 24).
    if (!current) throw new Error(`text before the first paragraph: ${t}`);
    current.text += ' ' + t;
  }
  return { title, paras, footnotes };
}

function repair({ title, paras, footnotes }) {
  // Footnote 5 says "Ibid.": spell it out so each footnote stands alone when quoted in a hover.
  const f5 = footnotes.get(5);
  if (f5 && f5.startsWith('Ibid.')) footnotes.set(5, f5.replace(/^Ibid\.,/, 'United Nations, Treaty Series,'));
  for (const p of paras) {
    p.footnotes = [];
    // Superscript markers: record and strip.
    p.text = p.text.replace(/[¹²³⁴⁵⁶⁷]/g, ch => { p.footnotes.push(SUPERSCRIPT[ch]); return ''; });
    // Para 18's marker was flattened to " 6" after "Refugees and Migrants,".
    p.text = p.text.replace(/(New York Declaration for Refugees and Migrants,) 6 /, (_, a) => { p.footnotes.push(6); return a + ' '; });
    p.text = p.text.replace(/\*([^*]+)\*/g, '$1').replace(/\s+/g, ' ').replace(/ ([,.;])/g, '$1').trim();
  }
  for (const [id, after, n] of RESTORED_MARKERS) {
    const p = paras.find(q => q.id === id);
    if (!p || !p.text.includes(after)) throw new Error(`cannot restore footnote ${n} in para ${id}`);
    if (!p.footnotes.includes(n)) p.footnotes.push(n);
  }
  for (const p of paras) p.footnotes.sort((a, b) => a - b);
  return {
    symbol: 'A/RES/72/1',
    title,
    adopted: '2017-09-27',
    citationFormat: 'A/RES/72/1, para {id}',
    paragraphs: paras.map(p => ({
      id: p.id, number: p.number, ...(p.parent ? { parent: p.parent } : {}),
      subject: META[p.id]?.[0] ?? '', protocol: META[p.id]?.[1] ?? [],
      text: p.text, footnotes: p.footnotes,
    })),
    footnotes: [...footnotes].sort((a, b) => a[0] - b[0]).map(([n, text]) => ({ n, text })),
  };
}

function check(d) {
  const top = d.paragraphs.filter(p => !p.parent);
  if (top.length !== 26 || top.some((p, i) => p.number !== i + 1)) throw new Error('expected paragraphs 1..26');
  if (d.footnotes.length !== 7) throw new Error('expected 7 footnotes');
  for (const p of d.paragraphs) if (/[¹²³⁴⁵⁶⁷]/.test(p.text)) throw new Error(`marker left in para ${p.id}`);
  const p24 = d.paragraphs.find(p => p.id === '24');
  if (!/trafficking in persons, and welcome their continued efforts/.test(p24.text)) throw new Error('para 24 not joined');
}

const data = repair(parse(fs.readFileSync(src, 'utf8')));
check(data);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(data, null, 1) + '\n');
console.log(`wrote ${out}: ${data.paragraphs.length} paragraphs, ${data.footnotes.length} footnotes`);
