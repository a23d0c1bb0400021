-- Neovim (0.7+, built-in LSP client) against the standalone palermo-language-server, headless.
--   SERVER=bin/palermo-language-server.js SCENARIOS=test/e2e/scenarios.json FEATURES=test/features.json \
--     nvim --headless --clean test/e2e/workspace/draft-bill-en.bill -c 'luafile test/e2e/nvim/palermo.lua'
-- (luafile after the file, not -u: an init file runs before the buffer exists.)
-- Prints "ok - neovim: …" / "not ok - neovim: …" per feature; exits 1 if any failed.
-- The client setup here is the one README documents for Neovim users (start_client + settings).

local failed = 0
local function ok(what) io.stdout:write('ok - neovim: ' .. what .. '\n') end
local function bad(what, why) failed = failed + 1; io.stdout:write('not ok - neovim: ' .. what .. ' — ' .. tostring(why) .. '\n') end
local function finish() vim.cmd(failed == 0 and 'qa!' or 'cquit 1') end
local function readjson(p) return vim.fn.json_decode(table.concat(vim.fn.readfile(p), '\n')) end

local bufnr = vim.api.nvim_get_current_buf()
local fname = vim.api.nvim_buf_get_name(bufnr)
local base = vim.fn.fnamemodify(fname, ':t')
local scenario
for _, s in ipairs(readjson(os.getenv('SCENARIOS')).bills) do if s.file == base then scenario = s end end
if not scenario then bad('scenario', 'none for ' .. base); return finish() end
local features = readjson(os.getenv('FEATURES')).features
local function on(name) return features[name] and features[name].enabled end

-- Neovim answers workspace/configuration from `settings`; the server asks for the `palermo` section.
local settings = { palermo = { profile = 'UN-REC' } }
local client_id = vim.lsp.start_client({
  name = 'palermo',
  cmd = { 'node', os.getenv('SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(fname, ':h'),
  settings = settings,
})
if not client_id then bad('start', 'start_client failed'); return finish() end
vim.lsp.buf_attach_client(bufnr, client_id)
local client = vim.lsp.get_client_by_id(client_id)

local function codes() local t = {} for _, d in ipairs(vim.diagnostic.get(bufnr)) do t[d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)] = d end return t end
local function wait_for(pred, ms) return vim.wait(ms or 15000, pred, 20) end

-- 1. Diagnostics: codes, severities and lines (1-based in the scenario).
if not wait_for(function() return #vim.diagnostic.get(bufnr) > 0 end) then bad('diagnostics', 'none after 15 s'); return finish() end
local sev = { error = vim.diagnostic.severity.ERROR, warning = vim.diagnostic.severity.WARN, info = vim.diagnostic.severity.INFO, hint = vim.diagnostic.severity.HINT }
local have = codes()
local missing = {}
for _, e in ipairs(scenario.expect) do
  local d = have[e.code]
  if not d then table.insert(missing, e.code .. ' absent')
  elseif d.severity ~= sev[e.severity] then table.insert(missing, e.code .. ' severity ' .. d.severity)
  elseif e.line and d.lnum ~= e.line - 1 then table.insert(missing, e.code .. ' at line ' .. (d.lnum + 1)) end
end
if #missing == 0 then ok(('diagnostics via vim.diagnostic.get(): %d findings, %d expected codes with severity and line'):format(#vim.diagnostic.get(bufnr), #scenario.expect))
else bad('diagnostics', table.concat(missing, '; ')) end

-- 2. Hovers through buf_request_sync: an element term, then a finding.
local function find(text)
  local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  for i, l in ipairs(lines) do local c = l:find(text, 1, true) if c then return i - 1, c - 1 end end
end
local function hover(line, col)
  -- Columns are bytes in Neovim; the server counts UTF-16 units. The hovered texts sit after ASCII only.
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = line, character = col } }, 5000)
  local _, r = next(res or {})
  return r and r.result and r.result.contents and r.result.contents.value
end
local paragraphs = {}
for _, p in ipairs(readjson(os.getenv('DECLARATION')).paragraphs) do paragraphs[p.id] = p.text end
local function opening(id) local w = {} for x in paragraphs[id]:gmatch('%S+') do table.insert(w, x) if #w == 6 then break end end return table.concat(w, ' ') end
local function check_hover(what, value, h)
  if value and value:find(h.cite, 1, true) and value:find(opening(h.paragraph), 1, true) then ok(what .. ' quotes ' .. h.cite)
  else bad(what, 'got ' .. vim.inspect(value and value:sub(1, 200))) end
end
do
  local line, col = find(scenario.hover.find)
  check_hover('hover on "' .. scenario.hover.find .. '"', line and hover(line, col + 1), scenario.hover)
end
if scenario.findingHover then
  local d = codes()[scenario.findingHover.code]
  check_hover('hover on finding ' .. scenario.findingHover.code, d and hover(d.lnum, d.col), scenario.findingHover)
end

-- 3. Quick fix: ask for code actions on the finding's line as vim.lsp.buf.code_action() does, apply, re-check.
local function quickfix(spec)
  local d = codes()[spec.code]
  if not d then return bad('quick fix ' .. spec.code, 'no such finding') end
  local params = { textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = vim.lsp.diagnostic.get_line_diagnostics(bufnr, d.lnum) } }
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, 5000)
  local _, r = next(res or {})
  local action
  for _, a in ipairs((r and r.result) or {}) do
    for _, ad in ipairs(a.diagnostics or {}) do if ad.code == spec.code and a.edit then action = a end end
  end
  if not action then return bad('quick fix ' .. spec.code, 'no code action') end
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding or 'utf-16')
  if wait_for(function() return codes()[spec.code] == nil and #vim.diagnostic.get(bufnr) > 0 end, 10000) then
    ok('quick fix "' .. action.title .. '" applied with apply_workspace_edit; ' .. spec.code .. ' gone')
  else bad('quick fix ' .. spec.code, 'finding still there after the edit') end
end
for _, key in ipairs({ 'fix', 'clauseFix' }) do
  local spec = scenario[key]
  if spec and on(spec.feature) then quickfix(spec) end
end

-- 4. Settings pushed with workspace/didChangeConfiguration (and answered from `settings` when asked).
if scenario.setting and not codes()[scenario.setting.absent] then bad('settings', scenario.setting.absent .. ' not reported to begin with')
elseif scenario.setting then
  client.config.settings = { palermo = scenario.setting.palermo }
  client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  if wait_for(function() return codes()[scenario.setting.absent] == nil end, 10000) then ok('settings via didChangeConfiguration turn ' .. scenario.setting.absent .. ' off')
  else bad('settings', scenario.setting.absent .. ' still reported') end
end

-- 5. Outline (document symbols), once that feature is on main.
if scenario.outline and on('symbols') then
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/documentSymbol', { textDocument = { uri = vim.uri_from_bufnr(bufnr) } }, 5000)
  local _, r = next(res or {})
  local pline = find(scenario.outline.partLine)
  local sline = find(scenario.outline.sectionLine)
  local found = false
  for _, s in ipairs((r and r.result) or {}) do
    if s.range and s.range.start.line == pline then
      for _, c in ipairs(s.children or {}) do if c.range.start.line == sline then found = true end end
    end
  end
  if found then ok('document symbols: ' .. scenario.outline.section .. ' under ' .. scenario.outline.part) else bad('document symbols', vim.inspect(r and r.result):sub(1, 300)) end
end

-- 6. Completion at a new empty line at the end: the server offers the model clauses the bill lacks.
if on('completion') then
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { '', '' })
  local res = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', { textDocument = { uri = vim.uri_from_bufnr(bufnr) }, position = { line = last + 1, character = 0 } }, 5000)
  local _, r = next(res or {})
  local items = r and r.result and (r.result.items or r.result) or {}
  local clauses = 0
  for _, it in ipairs(items) do if (it.textEdit and it.textEdit.newText or it.insertText or ''):find('\n') then clauses = clauses + 1 end end
  if clauses > 0 then ok(('completion: %d multi-line clause items at an empty line'):format(clauses)) else bad('completion', #items .. ' items, no clause') end
end

vim.lsp.stop_client(client_id)
wait_for(function() return vim.lsp.get_client_by_id(client_id) == nil end, 2000)
finish()
