// Driving the real VS Code workbench (served by code-server) in Debian's Chromium with playwright-core.
// The selectors are VS Code 1.100's (code-server 4.100.3); re-check them when code-server is upgraded.
import { chromium } from 'playwright-core';

export const MOD = 'Control'; // Linux keybindings

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export class Workbench {
  constructor(page) { this.page = page; }

  /** open loads the workbench on a folder and waits until the remote file system shows `file` in the explorer. */
  async open(base, folder, file) {
    await this.page.goto(`${base}/?folder=${encodeURIComponent(folder)}`, { waitUntil: 'domcontentloaded' });
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
    await this.page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first().waitFor({ timeout: 60_000 });
    await this.page.locator('.monaco-workbench').click({ position: { x: 700, y: 300 } }).catch(() => {});
  }

  /** quickOpen runs Ctrl+P (or a prefix like ">" for commands), types, and picks the row matching `row`. */
  async quickOpen(text, row = text, key = `${MOD}+P`) {
    await this.page.keyboard.press(key);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 15_000 });
    await input.fill(text);
    const hit = this.page.locator('.quick-input-list .monaco-list-row', { hasText: row }).first();
    await hit.waitFor({ timeout: 15_000 });
    await this.page.keyboard.press('Enter');
  }

  /** command runs a command from the palette by its title. */
  async command(title) { await this.quickOpen(`>${title}`, title, `${MOD}+Shift+P`); }

  get editor() { return this.page.locator('.editor-instance .monaco-editor').first(); }

  async openFile(name, firstText) {
    await this.quickOpen(name);
    await this.editor.locator('.view-line', { hasText: firstText }).first().waitFor({ timeout: 30_000 });
    await this.editor.click({ position: { x: 200, y: 10 } });
  }

  /** goto moves the cursor to a 1-based line and column with the "Go to Line/Column" box. */
  async goto(line, column = 1) {
    await this.page.keyboard.press(`${MOD}+G`);
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible', timeout: 10_000 });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.waitForTimeout(200);
  }

  /** problems opens the Problems panel filtered to `filter` and returns the visible rows' text. */
  async problems(filter = '') {
    const panel = this.page.locator('.markers-panel');
    if (!(await panel.isVisible().catch(() => false))) await this.page.keyboard.press(`${MOD}+Shift+M`);
    await panel.waitFor({ timeout: 15_000 });
    const box = this.page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
    await box.fill(filter);
    await this.page.waitForTimeout(400);
    return (await panel.locator('.monaco-list-row').allInnerTexts()).map(s => s.replace(/\s+/g, ' '));
  }

  /** hover moves the mouse onto the first occurrence of `text` in the editor and returns the hover's text. */
  async hover(text, mustContain) {
    const span = this.editor.locator('.view-line span span', { hasText: text }).first();
    await span.scrollIntoViewIfNeeded();
    const box = await span.boundingBox();
    const spanText = await span.innerText();
    const w = box.width / spanText.length;
    const x = box.x + w * (spanText.indexOf(text) + 1.5), y = box.y + box.height / 2;
    await this.page.mouse.move(x - 60, y + 60);
    await this.page.mouse.move(x, y, { steps: 5 });
    const hover = this.page.locator('.monaco-hover:not(.hidden)', { hasText: mustContain });
    await hover.first().waitFor({ state: 'visible', timeout: 20_000 });
    return (await hover.first().innerText()).replace(/\s+/g, ' ');
  }

  async save() { await this.page.keyboard.press(`${MOD}+S`); await this.page.waitForTimeout(500); }
}
