// Debug aid: print the provision tree of a file (npx esbuild-run style via out/).
import fs from 'node:fs';
import { parseStructure } from '../server/src/core/structure/parse';
import { makeView, formatFor } from '../server/src/core/formats/view';
import { fold } from '../server/src/core/text/fold';
import type { Provision } from '../server/src/core/types';
const file = process.argv[2]; const lang = (process.argv[3] ?? 'en') as 'en';
const text = fs.readFileSync(file, 'utf8');
const view = makeView(text, formatFor(file, text));
const root = parseStructure(view, fold(view.text), lang);
const show = (p: Provision) => {
  if (p.kind !== 'document') console.log(`${'  '.repeat(p.depth - 1)}${p.kind} [${p.id}] ${p.label}${p.heading ? ' — ' + p.heading : ''}${p.term ? ' term=' + p.term : ''} :: ${JSON.stringify(text.slice(p.bodyStart, Math.min(p.end, p.bodyStart + 50)))}`);
  p.children.forEach(show);
};
show(root);
