--- sayswho for Neovim: starts the `sayswho` language server for Markdown and text drafts.
---
---   require("sayswho").setup({
---     cmd = { "sayswho", "lsp" },           -- or a full path to the binary
---     filetypes = { "markdown", "text" },
---     root_markers = { "sayswho.toml", ".git" },
---     settings = {                           -- passed through as the "sayswho" section
---       rules = { ["unattributed-claim"] = { enabled = false } },
---       debounceMs = 200,
---       knowledge = { "desk/people.toml" },
---     },
---   })
---
--- On Neovim 0.11+ it registers the server with vim.lsp.config() and vim.lsp.enable();
--- on 0.10 it falls back to vim.lsp.start() from a FileType autocommand.
local M = {}

M.defaults = {
  cmd = { "sayswho", "lsp" },
  filetypes = { "markdown", "text" },
  root_markers = { "sayswho.toml", ".git" },
  settings = {},
  on_attach = nil,
  capabilities = nil,
  -- "auto": vim.lsp.config/enable when available, else vim.lsp.start; "config" or "start"
  -- force one (the end-to-end test uses "start" to cover the 0.10 path on a newer Neovim).
  method = "auto",
}

--- The options in force after setup() (nil before).
M.config = nil
--- How the server was registered: "config" or "start" (nil before setup()).
M.method = nil

local group = nil

local function has_config_api()
  return vim.fn.has("nvim-0.11") == 1 and type(vim.lsp.config) ~= "nil" and type(vim.lsp.enable) == "function"
end

--- `settings` as the server must receive it: a JSON object. vim.json encodes an empty
--- Lua table as `[]`, which the server cannot read as settings, so every empty table
--- (the whole of `setup({})`'s settings, or `rules = {}`) becomes an empty object, except
--- under the keys whose value is a list (`knowledge = {}` stays `[]`).
local LIST_KEYS = {
  knowledge = true, exclude = true, ignore = true, titles = true,
  ["reporting-verbs"] = true, reportingVerbs = true, ["vague-sources"] = true, vagueSources = true,
  ["organization-cues"] = true, organizationCues = true, ["not-names"] = true, notNames = true,
}
function M.settings_object(settings)
  local function convert(v, key)
    if type(v) ~= "table" then return v end
    if next(v) == nil then return LIST_KEYS[key] and {} or vim.empty_dict() end
    local out = {}
    for k, x in pairs(v) do out[k] = convert(x, k) end
    return out
  end
  return convert(vim.deepcopy(settings or {}), nil)
end

--- The client configuration shared by both registration paths.
local function client_config(cfg)
  return {
    name = "sayswho",
    cmd = cfg.cmd,
    filetypes = cfg.filetypes,
    root_markers = cfg.root_markers,
    -- The server reads the same object at start and from workspace/configuration.
    init_options = M.settings_object(cfg.settings),
    settings = { sayswho = M.settings_object(cfg.settings) },
    on_attach = cfg.on_attach,
    capabilities = cfg.capabilities,
  }
end

local function root_dir(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  if vim.fs.root then
    local r = vim.fs.root(bufnr, markers)
    if r then return r end
  else
    local found = vim.fs.find(markers, { path = vim.fs.dirname(name), upward = true })[1]
    if found then return vim.fs.dirname(found) end
  end
  return name ~= "" and vim.fs.dirname(name) or vim.fn.getcwd()
end

local function start_for(bufnr, cfg)
  if not vim.api.nvim_buf_is_valid(bufnr) or vim.bo[bufnr].buftype ~= "" then return end
  local c = client_config(cfg)
  c.root_dir = root_dir(bufnr, cfg.root_markers)
  c.filetypes = nil
  c.root_markers = nil
  vim.lsp.start(c, { bufnr = bufnr })
end

--- Registers the server. Calling it again replaces the earlier registration.
function M.setup(opts)
  local cfg = vim.tbl_deep_extend("force", vim.deepcopy(M.defaults), opts or {})
  if type(cfg.cmd) == "string" then cfg.cmd = { cfg.cmd, "lsp" } end
  M.config = cfg

  local method = cfg.method
  if method == "auto" then method = has_config_api() and "config" or "start" end
  if method == "config" and not has_config_api() then
    vim.notify("sayswho: vim.lsp.config needs Neovim 0.11+; using vim.lsp.start", vim.log.levels.WARN)
    method = "start"
  end
  M.method = method

  if group then vim.api.nvim_del_augroup_by_id(group) end
  group = vim.api.nvim_create_augroup("sayswho", { clear = true })

  if method == "config" then
    local c = client_config(cfg)
    c.name = nil
    vim.lsp.config("sayswho", c)
    vim.lsp.enable("sayswho")
  else
    vim.api.nvim_create_autocmd("FileType", {
      group = group,
      pattern = cfg.filetypes,
      callback = function(args) start_for(args.buf, cfg) end,
      desc = "sayswho: start the language server",
    })
    -- Buffers already open when setup() runs.
    for _, buf in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(buf) and vim.tbl_contains(cfg.filetypes, vim.bo[buf].filetype) then
        start_for(buf, cfg)
      end
    end
  end
end

--- Sends changed settings to running servers without a restart.
function M.update_settings(settings)
  if not M.config then return end
  M.config.settings = vim.tbl_deep_extend("force", M.config.settings, settings or {})
  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  for _, client in ipairs(get({ name = "sayswho" })) do
    client.settings = { sayswho = M.settings_object(M.config.settings) }
    if vim.fn.has("nvim-0.11") == 1 then
      client:notify("workspace/didChangeConfiguration", { settings = client.settings })
    else
      client.notify("workspace/didChangeConfiguration", { settings = client.settings })
    end
  end
end

--- The rule code of the sayswho diagnostic under the cursor (or on its line), if any.
local function code_at_cursor()
  local pos = vim.api.nvim_win_get_cursor(0)
  local lnum, col = pos[1] - 1, pos[2]
  local on_line = nil
  for _, d in ipairs(vim.diagnostic.get(0, { lnum = lnum })) do
    if d.source == "sayswho" and d.code then
      if col >= d.col and (d.end_lnum ~= lnum or col <= d.end_col) then return d.code end
      on_line = on_line or d.code
    end
  end
  return on_line
end

--- Shows what a rule flags and why (`sayswho explain CODE`) in a floating window: the
--- rule given, else the one of the finding under the cursor. The text ships with the
--- binary, so it is the same as the CLI's and the README's.
function M.explain(code)
  code = (code ~= nil and code ~= "") and code or code_at_cursor()
  if not code then
    vim.notify("sayswho: no finding under the cursor; say :SayswhoExplain CODE", vim.log.levels.INFO)
    return nil
  end
  local bin = (M.config and M.config.cmd and M.config.cmd[1]) or "sayswho"
  local out = vim.fn.system({ bin, "explain", code })
  if vim.v.shell_error ~= 0 then
    vim.notify("sayswho explain " .. code .. ": " .. out, vim.log.levels.WARN)
    return nil
  end
  local lines = vim.split(out, "\n", { trimempty = true })
  -- Plain text, as `sayswho explain` prints it: "markdown" would need a treesitter parser
  -- that not every Neovim install ships (Debian's 0.10 has none without its own package).
  vim.lsp.util.open_floating_preview(lines, "text", { border = "rounded", focus_id = "sayswho-explain" })
  return lines
end

vim.api.nvim_create_user_command("SayswhoExplain", function(args) M.explain(args.args) end, {
  nargs = "?",
  desc = "sayswho: what a rule flags and why (the finding under the cursor by default)",
})

return M
