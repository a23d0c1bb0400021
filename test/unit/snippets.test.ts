import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { clauses } from '../../server/src/core/clauses';
import { LANGS } from '../../server/src/core/types';
import { ROOT } from '../helpers';
import { checkSnippet } from '../snippetSyntax';

describe('snippets/*.code-snippets', () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

  for (const lang of LANGS) {
    it(`${lang}: valid JSON, one snippet per clause, well-formed placeholders`, () => {
      const file = path.join(ROOT, 'snippets', `${lang}.code-snippets`);
      const json = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, { prefix: string[]; body: string[]; description: string }>;
      const entries = Object.values(json);
      assert.equal(entries.length, clauses(lang).length);
      for (const [name, s] of Object.entries(json)) {
        assert.ok(Array.isArray(s.prefix) && s.prefix.length && s.prefix.every(p => /^[a-z0-9-]+$/.test(p)), name);
        assert.ok(Array.isArray(s.body) && s.body.every(l => typeof l === 'string'), name);
        assert.ok(s.description.includes('A/RES/72/1, para'), name);
        assert.deepEqual(checkSnippet(s.body), [], name);
      }
      const offence = entries.find(s => s.prefix.some(p => p.startsWith('clause-offence-trafficking')))!;
      assert.match(offence.body[0], /\$\{4:N\}/, 'the section number is the last tab stop');
    });

    it(`${lang}: contributed to VS Code for bill and markdown documents`, () => {
      for (const language of ['bill', 'markdown']) {
        assert.ok(pkg.contributes.snippets.some((s: { language: string; path: string }) => s.language === language && s.path === `./snippets/${lang}.code-snippets`), `${lang}/${language}`);
      }
    });
  }
});
