// generate.ts — writes the files derived from the rule registry, so they can never drift from the code:
//   schemas/palermo.schema.json   (.palermo.json schema, also contributed to VS Code via jsonValidation)
//   docs/rules/<code>.md          (one page per rule: the target of each diagnostic's codeDescription)
//   docs/rules/README.md          (the index)
//   snippets/<lang>.code-snippets (editor snippets, from the model clauses in data/clauses/; see snippets.ts)
// `npm run generate` rewrites them; the test suite fails if the committed copies differ (`--check`).
import fs from 'node:fs';
import path from 'node:path';
import { RULES, severityOf } from '../server/src/core/rules/registry';
import { paragraph, quote } from '../server/src/core/declaration';
import { BILL_TYPES, DEFAULT_SETTINGS, PROFILES, SEVERITIES, mergeSettings } from '../server/src/core/config/settings';
import { snippetFiles } from './snippets';

const root = process.cwd(); // run from the repository root (npm run generate)
const check = process.argv.includes('--check');
const files = new Map<string, string>();

const sevEnum = [...SEVERITIES];
files.set('schemas/palermo.schema.json', JSON.stringify({
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://palermo.invalid/schemas/palermo.schema.json',
  title: 'palermo project configuration (.palermo.json)',
  description: 'Settings for checking anti-trafficking bills against A/RES/72/1 and the Trafficking in Persons Protocol. They override VS Code settings; palermo command-line flags override them.',
  type: 'object',
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    profile: { enum: [...PROFILES], default: DEFAULT_SETTINGS.profile, description: 'The body of law the bill is checked against: UN-MIN (Protocol + UNTOC), UN-REC (UN recommended, default), COE (Council of Europe), EU (EU Directive 2011/36 as amended), ASEAN (ACTIP).' },
    billType: { enum: [...BILL_TYPES], default: DEFAULT_SETTINGS.billType, description: 'comprehensive (stand-alone act), penal-amendment (amends the criminal code only: victim-services checks become information) or victim-protection (definition checks become information).' },
    language: { enum: ['auto', 'en', 'fr', 'es', 'pt'], default: DEFAULT_SETTINGS.language, description: 'Language of the bill; "auto" detects it per document and per section.' },
    assumeGeneralPart: { type: 'boolean', default: false, description: 'Assume the general part of the criminal code covers attempt, complicity, jurisdiction and confiscation (those checks become information).' },
    trainingMode: { type: 'boolean', default: false, description: 'Hovers explain each element in plain language with an example.' },
    rules: {
      type: 'object', description: 'Per-rule severity: "error", "warning", "info", "hint" or "off".',
      propertyNames: { enum: RULES.map(r => r.meta.code) },
      additionalProperties: { enum: sevEnum },
    },
  },
}, null, 2) + '\n');

const profiles = [...PROFILES];
for (const r of RULES) {
  const m = r.meta;
  const sevRow = profiles.map(p => severityOf(m, mergeSettings({ profile: p }))).join(' | ');
  const bt = BILL_TYPES.map(b => `${b}: ${severityOf(m, mergeSettings({ billType: b }))}`).join(', ');
  const paras = m.paragraphs.map(id => `### A/RES/72/1, para ${id} — ${paragraph(id)?.subject ?? ''}\n\n${quote(id)}\n`).join('\n');
  files.set(`docs/rules/${m.code}.md`, `# ${m.code}: ${m.title}

${m.hover}

${m.explain}

| | ${profiles.join(' | ')} |
|---|${profiles.map(() => '---').join('|')}|
| severity | ${sevRow} |

Under the default profile by bill type: ${bt}.${m.generalPart ? ' With `assumeGeneralPart` it is reported as information.' : ''}

- Family: \`${m.family}\`
- Coverage keys: ${m.keys?.map(k => `\`${k}\``).join(', ') || '—'}
- Other instruments: ${m.refs.join('; ') || '—'}
- Verification of the legal basis: [${m.tag}] (see DOMAIN.md: V verified, K standard, U uncertain)

Silence one finding with a comment on the line before it (see the README): \`palermo-disable-next-line ${m.code} -- reason\`.

## The declaration

${paras}`);
}
files.set('docs/rules/README.md', `# palermo rules

Every diagnostic has a stable code. Severities are those of the default profile (UN-REC) for a comprehensive bill.

| code | severity | paragraphs | what it checks |
|---|---|---|---|
${RULES.map(r => `| [\`${r.meta.code}\`](${r.meta.code}.md) | ${r.meta.severity} | ${r.meta.paragraphs.join(', ')} | ${r.meta.title} |`).join('\n')}
`);

for (const [rel, content] of snippetFiles()) files.set(rel, content);

let stale = 0;
const wanted = new Set(files.keys());
for (const [rel, content] of files) {
  const p = path.join(root, rel);
  const old = fs.existsSync(p) ? fs.readFileSync(p, 'utf8') : undefined;
  if (old === content) continue;
  stale++;
  if (check) console.error(`stale: ${rel}`);
  else { fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, content); }
}
for (const rel of ['docs/rules', 'snippets'].flatMap(d => fs.existsSync(path.join(root, d)) ? fs.readdirSync(path.join(root, d)).map(f => `${d}/${f}`) : [])) {
  if (wanted.has(rel)) continue;
  stale++;
  if (check) console.error(`orphan: ${rel}`); else fs.rmSync(path.join(root, rel));
}
if (check && stale) { console.error(`${stale} generated file(s) out of date: run npm run generate`); process.exit(1); }
console.log(check ? 'generated files up to date' : `generated ${files.size} files (${stale} changed)`);
