// Feature switches must not go stale: a feature that is on main (its capability, contribution, command or
// quick fix is there) while test/features.json still has it off would leave it untested in every client.
// Prints "ok - feature switches: …" per feature; a stale switch is a "not ok".
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promised } from './lib/lsp.mjs';
import { spawn } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, InitializeRequest, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol/node';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const { features } = JSON.parse(fs.readFileSync(path.join(ROOT, 'test', 'features.json'), 'utf8'));

async function capabilities() {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const conn = createProtocolConnection(new StreamMessageReader(proc.stdout), new StreamMessageWriter(proc.stdin));
  conn.listen();
  const init = await conn.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
  await conn.sendRequest(ShutdownRequest.type);
  await conn.sendNotification(ExitNotification.type);
  conn.dispose(); proc.kill();
  return init.capabilities;
}

const caps = await capabilities();
let stale = 0;
for (const [name, f] of Object.entries(features)) {
  const d = f.detect;
  let present;
  if (d.capability) present = !!caps[d.capability];
  else if (d.contributes) present = !!pkg.contributes?.[d.contributes]?.length;
  else if (d.command) present = !!pkg.contributes?.commands?.some(c => c.command === d.command);
  else if (d.codeAction) present = !!(await promised(SERVER, path.join(ROOT, d.codeAction.file), [d.codeAction.code])).fixes[d.codeAction.code];
  if (present && !f.enabled) { stale++; console.log(`not ok - feature switches: ${name} is on main but its tests are off in test/features.json`); }
  else if (!present && f.enabled) { stale++; console.log(`not ok - feature switches: ${name} is on in test/features.json but not found (${JSON.stringify(d)})`); }
  else console.log(`ok - feature switches: ${name} ${present ? 'on main, tested' : `pending (the ${f.lane} lane has not landed it)`}`);
}
process.exit(stale ? 1 : 0);
