-- End-to-end test of sayswho in a real headless Neovim, asserting through Neovim's own
-- APIs (vim.diagnostic, vim.lsp.buf_request_sync, vim.lsp.buf.code_action). Run by
-- editors/nvim-e2e.sh; by hand:
--   SAYSWHO=target/debug/sayswho E2E_DRAFT=/tmp/draft.md E2E_MODE=plugin \
--     nvim --headless --clean -l editors/nvim/test/e2e.lua
-- E2E_MODE: plugin (setup() with vim.lsp.config/enable on 0.11+, vim.lsp.start on 0.10),
--           start (setup() forced onto the 0.10 vim.lsp.start path),
--           bare (the two-line setup without the plugin).
-- Prints one JSON line; exit status 0 when every check passed.

local mode = os.getenv("E2E_MODE") or "plugin"
local bin = assert(os.getenv("SAYSWHO"), "set SAYSWHO to the sayswho binary")
local draft = assert(os.getenv("E2E_DRAFT"), "set E2E_DRAFT to the draft to open")
local T = tonumber(os.getenv("E2E_TIMEOUT_MS") or "20000")
local full = mode == "plugin" -- hover, code action, edit and health only in the main mode
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local plugin_dir = vim.fs.normalize(here .. "..")

local result = { mode = mode, nvim = tostring(vim.version()), checks = {}, failures = {} }
local t0 = vim.uv.hrtime()
local function ms() return math.floor((vim.uv.hrtime() - t0) / 1e6) end

local function check(name, cond, detail)
  table.insert(result.checks, { name = name, ok = cond and true or false, at_ms = ms() })
  if not cond then table.insert(result.failures, name .. (detail and (": " .. tostring(detail)) or "")) end
  return cond
end

local function finish()
  result.total_ms = ms()
  io.stdout:write(vim.json.encode(result) .. "\n")
  io.stdout:flush()
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, c in ipairs(get({ name = "sayswho" })) do
    if vim.fn.has("nvim-0.11") == 1 then c:stop() else c.stop() end
  end
  vim.wait(2000, function() return #get({ name = "sayswho" }) == 0 end, 50)
  vim.cmd(#result.failures == 0 and "qall!" or "cquit 1")
end

-- What the product is required to report (issues 2, 3, 4), located in the buffer's text.
local VAGUE = { "officials", "Some South Korean media outlets", "Defense analysts", "Other experts", "reportedly" }
local QUOTE = "“We will not stand by while the border burns.”"

local published = {} -- uri -> last published version
local logged = {} -- window/logMessage texts from the server
local orig_log = vim.lsp.handlers["window/logMessage"]
vim.lsp.handlers["window/logMessage"] = function(err, res, ctx, cfg)
  if res and res.message then table.insert(logged, res.message) end
  if orig_log then return orig_log(err, res, ctx, cfg) end
end
local orig = vim.lsp.handlers["textDocument/publishDiagnostics"]
vim.lsp.handlers["textDocument/publishDiagnostics"] = function(err, res, ctx, cfg)
  if res and res.uri then published[res.uri] = res.version or -1 end
  return orig(err, res, ctx, cfg)
end

local function main()
  if mode == "bare" then
    -- README: the two-line setup without the plugin (Neovim 0.11+).
    vim.lsp.config("sayswho", { cmd = { bin, "lsp" }, filetypes = { "markdown", "text" }, root_markers = { "sayswho.toml", ".git" } })
    vim.lsp.enable("sayswho")
  else
    vim.opt.rtp:prepend(plugin_dir)
    require("sayswho").setup({
      cmd = { bin, "lsp" },
      method = mode == "start" and "start" or "auto",
      settings = { debounceMs = 100 },
    })
    result.method = require("sayswho").method
    local want = (mode == "start" or vim.fn.has("nvim-0.11") == 0) and "start" or "config"
    check("registered with vim.lsp." .. want, result.method == want, result.method)
  end

  vim.cmd.edit(vim.fn.fnameescape(draft))
  local buf = vim.api.nvim_get_current_buf()
  local uri = vim.uri_from_bufnr(buf)
  check("filetype is markdown", vim.bo[buf].filetype == "markdown", vim.bo[buf].filetype)

  local client
  vim.wait(T, function()
    client = vim.lsp.get_clients({ bufnr = buf, name = "sayswho" })[1]
    return client ~= nil and client.initialized ~= false
  end, 20)
  if not check("client attached", client ~= nil) then return end
  result.attach_ms = ms()
  result.offset_encoding = client.offset_encoding
  if mode ~= "bare" then
    local s = client.config.settings or {}
    check("settings passed through", s.sayswho and s.sayswho.debounceMs == 100, vim.inspect(s))
  end

  vim.wait(T, function() return #vim.diagnostic.get(buf) > 0 end, 20)
  result.diagnostics_ms = ms()

  local function lines() return vim.api.nvim_buf_get_lines(buf, 0, -1, false) end
  local function locate(needle)
    for i, l in ipairs(lines()) do
      local s = l:find(needle, 1, true)
      if s then return i - 1, s - 1, s - 1 + #needle end
    end
  end
  local function code_of(d) return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) end
  local function isword(c) return c ~= "" and c:match("[%w'%-]") ~= nil end
  -- The diagnostic lies on the phrase's line, inside it, on word boundaries and whole
  -- UTF-8 characters: a column off by one unit fails.
  local function on_words(d, lnum, s, e)
    if d.lnum ~= lnum or (d.end_lnum or d.lnum) ~= lnum then return false end
    local ec = d.end_col or d.col
    if d.col < s or ec > e or ec <= d.col then return false end
    local l = lines()[lnum + 1]
    if vim.str_utf_start(l, d.col + 1) ~= 0 then return false end
    if isword(l:sub(d.col, d.col)) and isword(l:sub(d.col + 1, d.col + 1)) then return false end
    if isword(l:sub(ec, ec)) and isword(l:sub(ec + 1, ec + 1)) then return false end
    return true
  end
  local function describe(ds)
    local out = {}
    for _, d in ipairs(ds) do
      table.insert(out, ("%s %d:%d-%d:%d"):format(tostring(code_of(d)), d.lnum, d.col, d.end_lnum or d.lnum, d.end_col or d.col))
    end
    return table.concat(out, ", ")
  end
  local function count(code, lnum, s, e)
    local n = 0
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      if code_of(d) == code and on_words(d, lnum, s, e) then n = n + 1 end
    end
    return n
  end
  local function assert_required(skip)
    skip = skip or {}
    for _, phrase in ipairs(VAGUE) do
      if not skip[phrase] then
        local lnum, s, e = locate(phrase)
        check(("vague-attribution on %q at %s:%s-%s"):format(phrase, tostring(lnum), tostring(s), tostring(e)),
          lnum and count("vague-attribution", lnum, s, e) == 1, describe(vim.diagnostic.get(buf)))
      end
    end
    if not skip.quote then
      local lnum, s, e = locate(QUOTE)
      check(("unattributed-quote on the speakerless quote at %s:%s-%s"):format(tostring(lnum), tostring(s), tostring(e)),
        lnum and count("unattributed-quote", lnum, s, e) == 1, describe(vim.diagnostic.get(buf)))
    end
  end

  result.diagnostics = #vim.diagnostic.get(buf)
  assert_required()
  local sev_ok = true
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if d.source ~= "sayswho" then sev_ok = false end
  end
  check("every diagnostic has source sayswho", sev_ok)
  if not full then return end

  -- Hover over Dmitry Peskov's surname shows his role.
  do
    local lnum, s = locate("Dmitry Peskov")
    vim.api.nvim_win_set_cursor(0, { lnum + 1, s + #"Dmitry " + 2 })
    local params = vim.lsp.util.make_position_params(0, client.offset_encoding)
    local res = vim.lsp.buf_request_sync(buf, "textDocument/hover", params, T) or {}
    local r = res[client.id] and res[client.id].result
    local text = ""
    if r and r.contents then
      text = table.concat(vim.lsp.util.convert_input_to_markdown_lines(r.contents), "\n")
    end
    result.hover = text:sub(1, 300)
    check("hover over Peskov shows “Kremlin spokesperson”", text:find("Kremlin spokesperson", 1, true) ~= nil, text)
  end

  -- :SayswhoExplain shows the rule's documentation from `sayswho explain`.
  do
    local shown = require("sayswho").explain("vague-attribution")
    local text = shown and table.concat(shown, "\n") or ""
    check(":SayswhoExplain vague-attribution shows what it flags and an example",
      text:find("vague-attribution", 1, true) ~= nil and text:find("Does not fire", 1, true) ~= nil, text)
    pcall(vim.cmd, "fclose!")
  end

  -- Two findings on one line, asked about as vim.lsp.buf.code_action() asks: the cursor's
  -- position and every diagnostic on the line. Each action once (the menu once doubled).
  do
    local lnum = locate("officials")
    local diags = {}
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do
      if d.user_data and d.user_data.lsp then table.insert(diags, d.user_data.lsp) end
    end
    local at = { line = lnum, character = 0 }
    local params = { textDocument = { uri = uri }, range = { start = at, ["end"] = at }, context = { diagnostics = diags } }
    local res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, T) or {}
    local actions = (res[client.id] and res[client.id].result) or {}
    local seen, twice, titles = {}, {}, {}
    for _, a in ipairs(actions) do
      if seen[a.title] then table.insert(twice, a.title) end
      seen[a.title] = true
      table.insert(titles, a.title)
    end
    result.line_actions = titles
    check(("%d findings on one line: %d code actions, none offered twice"):format(#diags, #actions),
      #diags >= 2 and #actions > 0 and #twice == 0, vim.inspect(titles))
  end

  -- A code action that adds attribution: the fix that names the vague source “officials”
  -- from the draft's own sources, applied through vim.lsp.buf.code_action().
  do
    local function vague_count()
      local n = 0
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if code_of(d) == "vague-attribution" then n = n + 1 end
      end
      return n
    end
    local n0 = vague_count()
    local lnum, s, e = locate("officials")
    local target
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do
      if code_of(d) == "vague-attribution" and on_words(d, lnum, s, e) then target = d end
    end
    if check("the vague-attribution diagnostic on “officials”", target and target.user_data and target.user_data.lsp) then
      local lsp_diag = target.user_data.lsp
      vim.api.nvim_win_set_cursor(0, { lnum + 1, s + 2 })
      local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
      params.range = lsp_diag.range
      params.context = { diagnostics = { lsp_diag }, only = { "quickfix" } }
      local res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, T) or {}
      local actions = (res[client.id] and res[client.id].result) or {}
      local titles, chosen = {}, nil
      for _, a in ipairs(actions) do table.insert(titles, a.title) end
      for _, a in ipairs(actions) do
        if a.title:match("^Name the source: ") then chosen = a.title break end
      end
      result.code_actions = titles
      if check("a code action that names the source is offered", chosen ~= nil, vim.inspect(titles)) then
        result.applied = chosen
        local tick = vim.b[buf].changedtick
        vim.lsp.buf.code_action({
          context = { diagnostics = { lsp_diag }, only = { "quickfix" } },
          range = { start = { lnum + 1, s }, ["end"] = { lnum + 1, e } },
          apply = true,
          filter = function(a) return a.title == chosen end,
        })
        vim.wait(T, function() return vim.b[buf].changedtick ~= tick end, 20)
        local line = lines()[lnum + 1]
        local named = chosen:gsub("^Name the source: ", ""):gsub(" %(.*%)$", "")
        result.line_after = line
        check("the code action changed the buffer: “officials” → " .. named,
          not line:find("officials", 1, true) and line:find(named, 1, true) ~= nil, line)
        -- Re-check: the server publishes for the new version, with that finding gone.
        local version = vim.lsp.util.buf_versions[buf]
        vim.wait(T, function() return published[uri] == version end, 20)
        check("diagnostics re-published for the edited version", published[uri] == version,
          ("published %s, buffer %s"):format(tostring(published[uri]), tostring(version)))
        check("one vague source fewer after the fix", vague_count() == n0 - 1, ("%d -> %d"):format(n0, vague_count()))
        assert_required({ officials = true })
      end
    end
  end

  -- The speakerless quote: “Attribute to …” names a speaker the draft introduces.
  do
    local lnum, s, e = locate(QUOTE)
    local target
    for _, d in ipairs(vim.diagnostic.get(buf, { lnum = lnum })) do
      if code_of(d) == "unattributed-quote" and on_words(d, lnum, s, e) then target = d end
    end
    if check("the unattributed-quote diagnostic", target and target.user_data and target.user_data.lsp) then
      local lsp_diag = target.user_data.lsp
      vim.api.nvim_win_set_cursor(0, { lnum + 1, s + 4 })
      local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
      params.range = lsp_diag.range
      params.context = { diagnostics = { lsp_diag }, only = { "quickfix" } }
      local res = vim.lsp.buf_request_sync(buf, "textDocument/codeAction", params, T) or {}
      local chosen
      for _, a in ipairs((res[client.id] and res[client.id].result) or {}) do
        if a.title:match("^Attribute to ") then chosen = a.title break end
      end
      if check("an “Attribute to …” action is offered on the quote", chosen ~= nil) then
        local tick = vim.b[buf].changedtick
        vim.lsp.buf.code_action({
          context = { diagnostics = { lsp_diag }, only = { "quickfix" } },
          range = { start = { lnum + 1, s }, ["end"] = { lnum + 1, e } },
          apply = true,
          filter = function(a) return a.title == chosen end,
        })
        vim.wait(T, function() return vim.b[buf].changedtick ~= tick end, 20)
        local named = chosen:gsub("^Attribute to ", ""):gsub(" %(.*%)$", "")
        local line = lines()[lnum + 1]
        result.quote_line_after = line
        -- The full name, or the short form the draft already uses for the person.
        local names = line:find(named, 1, true) ~= nil
        for word in named:gmatch("%S+") do
          if line:find(word .. " said", 1, true) then names = true end
        end
        check("“" .. chosen .. "” names the speaker", names, line)
        local version = vim.lsp.util.buf_versions[buf]
        vim.wait(T, function() return published[uri] == version end, 20)
        local left = 0
        for _, d in ipairs(vim.diagnostic.get(buf)) do
          if code_of(d) == "unattributed-quote" then left = left + 1 end
        end
        check("after the fix no quote is unattributed", published[uri] == version and left == 0, describe(vim.diagnostic.get(buf)))
        assert_required({ officials = true, quote = true })
      end
    end
  end

  -- Re-check after an ordinary edit: deleting “reportedly ” drops that finding only.
  do
    local function vague_count()
      local n = 0
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if code_of(d) == "vague-attribution" then n = n + 1 end
      end
      return n
    end
    local n0 = vague_count()
    local lnum, s = locate("reportedly ")
    vim.api.nvim_buf_set_text(buf, lnum, s, lnum, s + #"reportedly ", { "" })
    local version = vim.lsp.util.buf_versions[buf]
    vim.wait(T, function() return published[uri] == version end, 20)
    check("re-checked after deleting “reportedly”", published[uri] == version)
    check("one vague source fewer", vague_count() == n0 - 1, ("%d -> %d"):format(n0, vague_count()))
    assert_required({ officials = true, reportedly = true, quote = true })
  end

  -- Settings change without a restart: turning vague-attribution off through the plugin
  -- (didChangeConfiguration + workspace/configuration) clears those findings only.
  do
    local function count(code)
      local n = 0
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if code_of(d) == code then n = n + 1 end
      end
      return n
    end
    local others = #vim.diagnostic.get(buf) - count("vague-attribution")
    require("sayswho").update_settings({ rules = { ["vague-attribution"] = { enabled = false } } })
    vim.wait(T, function() return count("vague-attribution") == 0 end, 20)
    check("turning vague-attribution off in settings clears it without a restart",
      count("vague-attribution") == 0, describe(vim.diagnostic.get(buf)))
    check("the other findings stay", others > 0 and #vim.diagnostic.get(buf) == others,
      describe(vim.diagnostic.get(buf)))
    check("same client as before (no restart)", vim.lsp.get_clients({ bufnr = buf, name = "sayswho" })[1] == client)
  end

  -- sayswho.toml edited on disk, with no editor notification (Neovim on Linux registers
  -- no file watches) and no edit to the draft: the server notices by itself.
  do
    local function count(code)
      local n = 0
      for _, d in ipairs(vim.diagnostic.get(buf)) do
        if code_of(d) == code then n = n + 1 end
      end
      return n
    end
    local code
    for _, d in ipairs(vim.diagnostic.get(buf)) do
      local c = code_of(d)
      if c and c ~= "vague-attribution" then code = c break end
    end
    if check("a finding to turn off in sayswho.toml", code ~= nil, describe(vim.diagnostic.get(buf))) then
      local before = #vim.diagnostic.get(buf)
      local n = count(code)
      local config = vim.fs.joinpath(vim.fs.dirname(draft), "sayswho.toml")
      vim.fn.writefile({ "[rules." .. code .. "]", "enabled = false" }, config)
      vim.wait(T, function() return count(code) == 0 end, 20)
      check("sayswho.toml edited on disk turns " .. code .. " off without a restart",
        count(code) == 0 and #vim.diagnostic.get(buf) == before - n, describe(vim.diagnostic.get(buf)))
      os.remove(config)
      vim.wait(T, function() return count(code) == n end, 20)
      check("removing sayswho.toml brings " .. code .. " back", count(code) == n, describe(vim.diagnostic.get(buf)))
      check("same client as before (no restart)", vim.lsp.get_clients({ bufnr = buf, name = "sayswho" })[1] == client)
    end
  end

  -- setup({}) sends an object as settings, and the server did not complain about them.
  do
    local plugin = require("sayswho")
    check("setup({}) settings encode as an object",
      vim.json.encode(plugin.settings_object({})) == "{}" and vim.json.encode(plugin.settings_object({ rules = {} })) == '{"rules":{}}'
        and vim.json.encode(plugin.settings_object({ knowledge = {} })) == '{"knowledge":[]}',
      vim.json.encode(plugin.settings_object({ rules = {} })))
    local complaints = {}
    for _, m in ipairs(logged) do
      if m:find("not understood", 1, true) or m:find("unknown editor setting", 1, true) then table.insert(complaints, m) end
    end
    check("the server understood the plugin's settings", #complaints == 0, table.concat(complaints, " | "))
  end

  -- Plain-text drafts: the same server attaches to the `text` filetype.
  do
    local txt = draft:gsub("%.md$", ".txt")
    vim.fn.writefile(vim.fn.readfile(draft), txt)
    vim.cmd.edit(vim.fn.fnameescape(txt))
    local tbuf = vim.api.nvim_get_current_buf()
    check("a .txt draft has filetype text", vim.bo[tbuf].filetype == "text", vim.bo[tbuf].filetype)
    vim.wait(T, function()
      for _, d in ipairs(vim.diagnostic.get(tbuf)) do
        if code_of(d) == "unattributed-quote" then return true end
      end
      return false
    end, 20)
    local attached = vim.lsp.get_clients({ bufnr = tbuf, name = "sayswho" })[1] ~= nil
    local quote = 0
    for _, d in ipairs(vim.diagnostic.get(tbuf)) do
      if code_of(d) == "unattributed-quote" then quote = quote + 1 end
    end
    check("sayswho checks the .txt draft too", attached and quote == 1, describe(vim.diagnostic.get(tbuf)))
  end

  -- :checkhealth sayswho
  do
    vim.cmd("checkhealth sayswho")
    local hb = vim.api.nvim_get_current_buf()
    local report = table.concat(vim.api.nvim_buf_get_lines(hb, 0, -1, false), "\n")
    result.health = report:sub(1, 1200)
    check(":checkhealth sayswho finds the binary and its version",
      report:find("binary: " .. vim.fn.exepath(bin), 1, true) ~= nil and report:find("sayswho %d+%.%d+") ~= nil, report)
    check(":checkhealth sayswho shows the running client", report:find("client %d+ running") ~= nil, report)
    check(":checkhealth sayswho reports no error", not report:find("ERROR"), report)
  end
end

local okm, e = xpcall(main, debug.traceback)
if not okm then table.insert(result.failures, "error: " .. tostring(e)) end
finish()
