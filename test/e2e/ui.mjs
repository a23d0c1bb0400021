// The packaged extension in the real VS Code workbench (code-server) driven as a person would: squiggles and
// Problems, hovers quoting the declaration, quick fixes applied (the saved text must equal what the server
// promised, and the finding must go), a clause snippet inserted, the outline, the declaration search, the
// walkthrough. Prints "ok - code-server UI: …" / "not ok - …" per feature and saves screenshots.
// usage: node test/e2e/ui.mjs BASE_URL WORKSPACE_DIR SHOTS_DIR
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, Workbench, MOD } from './lib/workbench.mjs';
import { promised } from './lib/lsp.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const [base, ws, shots] = process.argv.slice(2);
const json = rel => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
const scenarios = json('test/e2e/scenarios.json').bills;
const scenario = scenarios.find(b => b.file === 'draft-bill-en.bill');
const features = json('test/features.json').features;
const on = name => features[name]?.enabled;
const paragraphs = new Map(json('data/declaration.json').paragraphs.map(p => [p.id, p.text]));
const opening = id => paragraphs.get(id).split(/\s+/).slice(0, 6).join(' ');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const file = path.join(ws, scenario.file);

let failed = 0;
const T0 = Date.now();
const secs = () => `${((Date.now() - T0) / 1000).toFixed(1)}s`;
const browser = await launch();
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const wb = new Workbench(page);
const shot = name => page.screenshot({ path: path.join(shots, `${name}.png`) });

/** step runs one check; a failure is reported with a screenshot and does not stop the later checks. */
async function step(what, fn, { fatal = false } = {}) {
  try {
    const detail = await fn();
    console.log(`ok - code-server UI: ${what}${detail ? ` — ${detail}` : ''} [${secs()}]`);
    return true;
  } catch (e) {
    failed++;
    console.log(`not ok - code-server UI: ${what} — ${String(e.message).split('\n')[0]} [${secs()}]`);
    await shot(`failure-${what.replace(/\W+/g, '-')}`).catch(() => {});
    if (fatal) throw e;
    return false;
  }
}

/** problemCount: rows in the Problems panel filtered to a rule code (0 once the finding is gone). */
async function markerRows(code) {
  return (await wb.problems(code)).filter(r => r.includes(code) && !r.endsWith('.bill'));
}
async function waitGone(code, ms = 15_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) { if ((await markerRows(code)).length === 0) return; await page.waitForTimeout(300); }
  throw new Error(`${code} still in the Problems panel`);
}

/** problemsFor: the scenario's expected codes are in the Problems panel, at their lines. */
async function problemsFor(scn, picture) {
  const missing = [];
  for (const e of scn.expect) {
    const rows = await markerRows(e.code);
    if (!rows.length || (e.line && !rows.some(r => r.includes(`[Ln ${e.line},`)))) missing.push(`${e.code}: ${JSON.stringify(rows)}`);
  }
  await wb.problems('');
  await shot(picture);
  if (missing.length) throw new Error(missing.join('; '));
  return scn.expect.map(e => e.code).join(', ');
}

/** hoverFor: hovering the scenario's text shows the cited declaration paragraph, quoted. */
async function hoverFor(scn, f, picture) {
  // Reveal the line first: the editor renders only the lines in view (CodeLens lines push text down).
  const line = fs.readFileSync(f, 'utf8').split('\n').findIndex(l => l.includes(scn.hover.find)) + 1;
  if (await page.locator('.markers-panel').isVisible()) await page.keyboard.press(`${MOD}+J`);
  await wb.goto(line);
  const text = await wb.hover(scn.hover.find, scn.hover.cite);
  if (!text.includes(opening(scn.hover.paragraph))) throw new Error(`no quote of para ${scn.hover.paragraph}: ${text.slice(0, 200)}`);
  // The diagnostics under the mouse come first in the hover; bring palermo's quote into view for the picture.
  await page.locator('.monaco-hover:not(.hidden) .hover-row', { hasText: opening(scn.hover.paragraph) }).last()
    .evaluate(el => el.scrollIntoView({ block: 'end' })).catch(() => {});
  await page.waitForTimeout(600);                        // let the fade-in finish for the screenshot
  await shot(picture);
  await page.mouse.move(5, 880);
}

async function quickFix(code) {
  const promise = (await promised(SERVER, file, [code])).fixes[code];
  if (!promise) throw new Error(`the server offers no fix for ${code}`);
  const row = page.locator('.markers-panel .monaco-list-row', { hasText: code }).last();
  await wb.problems(code);
  await row.click();                                    // selects the finding's range in the editor
  await page.keyboard.press('Enter');                   // and moves the focus there
  await page.waitForTimeout(300);
  await page.keyboard.press(`${MOD}+.`);
  const rows = page.locator('.action-widget .monaco-list-row');
  await rows.filter({ hasText: promise.title }).first().waitFor({ timeout: 15_000 });
  await shot(`quickfix-${code}`);
  // The widget's rows include headers ("Quick Fix"); choose ours with the keyboard, as a person would.
  const texts = await rows.allInnerTexts();
  const actionRows = (await rows.evaluateAll(els => els.map(e => e.classList.contains('action')))).map((isAction, i) => ({ isAction, text: texts[i] })).filter(r => r.isAction);
  const index = actionRows.findIndex(r => r.text.includes(promise.title));
  if (index < 0) throw new Error(`"${promise.title}" not among ${JSON.stringify(texts)}`);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await wb.save();
  const saved = fs.readFileSync(file, 'utf8');
  if (saved !== promise.text) throw new Error(`the saved text differs from the fix's promise (${saved.length} vs ${promise.text.length} chars)`);
  await waitGone(code);
  return `"${promise.title}": text changed exactly as promised, finding gone`;
}

try {
  await step('workbench up with the palermo extension installed from the .vsix', async () => {
    await wb.open(base, ws, scenario.file);
    await wb.openFile(scenario.file, 'COUNTER-TRAFFICKING');
  }, { fatal: true });

  await step('squiggles for errors and warnings in the editor', async () => {
    await wb.editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 60_000 });
    await wb.editor.locator('.squiggly-warning').first().waitFor({ state: 'attached', timeout: 10_000 });
    return `${await wb.editor.locator('.squiggly-error').count()} error and ${await wb.editor.locator('.squiggly-warning').count()} warning squiggles on screen`;
  });

  await step('Problems panel lists the expected findings with their codes and lines', () => problemsFor(scenario, 'problems'));
  await step(`hover on "${scenario.hover.find}" quotes ${scenario.hover.cite}`, () => hoverFor(scenario, file, 'hover'));

  for (const key of ['fix', 'clauseFix']) {
    const spec = scenario[key];
    if (spec && on(spec.feature)) await step(`quick fix for ${spec.code} (Ctrl+.)`, () => quickFix(spec.code));
  }

  if (scenario.snippet && on('snippets')) {
    await step(`clause snippet "${scenario.snippet.prefix}" inserted`, async () => {
      await page.locator('.markers-panel .monaco-list-row').first().isVisible().catch(() => false);
      await wb.editor.click({ position: { x: 300, y: 100 } });
      await page.keyboard.press(`${MOD}+End`);
      await page.keyboard.press('Enter');
      await page.keyboard.press('Enter');
      await page.keyboard.type(scenario.snippet.prefix, { delay: 20 });
      await page.keyboard.press(`${MOD}+Space`);
      const item = page.locator('.suggest-widget .monaco-list-row', { hasText: scenario.snippet.prefix }).first();
      await item.waitFor({ timeout: 15_000 });
      await shot('snippet');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Escape');
      await wb.save();
      const saved = fs.readFileSync(file, 'utf8');
      // The snippet's own words (its longest placeholder-free run) must now be in the bill.
      const snippets = Object.values(json('snippets/en.code-snippets'));
      const body = snippets.find(x => [x.prefix].flat().includes(scenario.snippet.prefix)).body.join('\n');
      const words = body.split(/\$\{[^}]*\}|\$\d+/).map(x => x.trim()).sort((a, b) => b.length - a.length)[0];
      if (!saved.includes(words)) throw new Error(`the clause text ("${words.slice(0, 40)}…") is not in the saved bill`);
      await waitGone(scenario.snippet.removes);
      return `${scenario.snippet.removes} gone`;
    });
  }

  if (scenario.outline && on('symbols')) {
    await step('outline shows parts and sections', async () => {
      await page.keyboard.press(`${MOD}+J`);           // hide the panel: room for the outline
      await wb.command('Explorer: Focus on Outline View');
      const row = text => page.locator('.pane-body .monaco-list-row', { hasText: text }).first();
      await row(scenario.outline.part).waitFor({ timeout: 15_000 });
      await row(scenario.outline.section).waitFor({ timeout: 5_000 });
      await shot('outline');
      return `${scenario.outline.part} › ${scenario.outline.section}`;
    });
  }

  if (on('search-declaration')) {
    await step('"palermo: Search the declaration" inserts the citation it finds', async () => {
      await wb.editor.click({ position: { x: 300, y: 100 } });
      await page.keyboard.press(`${MOD}+End`);
      await page.keyboard.press('Enter');
      await wb.command('palermo: Search the declaration');
      const input = page.locator('.quick-input-widget input');
      await input.fill(scenario.search.query);
      // Before the query every paragraph is listed in order; the fuzzy search must rank the cited one first.
      const first = page.locator('.quick-input-list .monaco-list-row').first();
      await first.filter({ hasText: scenario.search.cite }).waitFor({ timeout: 15_000 });
      await shot('search');
      await page.keyboard.press('Enter');
      await wb.save();
      if (!fs.readFileSync(file, 'utf8').includes(scenario.search.cite)) throw new Error(`${scenario.search.cite} not inserted`);
      return `"${scenario.search.query}" → ${scenario.search.cite} ranked first, inserted`;
    });
  }

  if (on('walkthrough')) {
    await step('walkthrough opens and its first step opens the demo bill', async () => {
      const w = json('package.json').contributes.walkthroughs[0];
      await wb.command('Welcome: Open Walkthrough...');
      await page.locator('.quick-input-widget input').fill(w.title);
      await page.locator('.quick-input-list .monaco-list-row', { hasText: w.title }).first().waitFor({ timeout: 15_000 });
      await page.keyboard.press('Enter');
      await page.locator('.getting-started-step', { hasText: w.steps[0].title }).first().waitFor({ timeout: 20_000 });
      await page.waitForTimeout(800);
      await shot('walkthrough');
      // The first step's command link (rendered as a button) opens the deficient demo bill, which gets checked.
      const label = /\[([^\]]+)\]\(command:/.exec(w.steps[0].description)?.[1];
      if (!label) return `${w.steps.length} steps`;
      await page.locator('.getting-started-step a, .getting-started-step .monaco-button', { hasText: label }).first().click();
      await page.locator('.editor-instance .monaco-editor .squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
      return `${w.steps.length} steps; "${label}" opened a bill with findings`;
    });
  }

  // The French example: its findings and a hover in another language's bill.
  const fr = scenarios.find(b => b.file === 'projet-de-loi-fr.bill');
  if (fr) {
    await step(`${fr.file}: Problems entries and a hover on "${fr.hover.find}" quoting ${fr.hover.cite}`, async () => {
      await page.keyboard.press('Escape');
      await wb.openFile(fr.file, 'Article');
      await wb.editor.locator('.squiggly-error').first().waitFor({ state: 'attached', timeout: 30_000 });
      const codes = await problemsFor(fr, 'problems-fr');
      await hoverFor(fr, path.join(ws, fr.file), 'hover-fr');
      return codes;
    });
  }
} catch { /* a fatal step already reported itself */ }
await browser.close();
process.exit(failed ? 1 : 0);
