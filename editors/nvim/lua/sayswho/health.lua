--- :checkhealth sayswho — the binary, its version, the active configuration and clients.
local M = {}

local health = vim.health or require("health")
local start = health.start or health.report_start
local ok = health.ok or health.report_ok
local warn = health.warn or health.report_warn
local err = health.error or health.report_error
local info = health.info or health.report_info

function M.check()
  start("sayswho")
  if vim.fn.has("nvim-0.10") == 1 then
    ok("Neovim " .. tostring(vim.version()) .. (vim.fn.has("nvim-0.11") == 1
      and " (vim.lsp.config/enable)" or " (vim.lsp.start fallback)"))
  else
    err("Neovim 0.10 or newer is needed, this is " .. tostring(vim.version()))
  end

  local plugin = package.loaded["sayswho"]
  local cfg = plugin and plugin.config
  if not cfg then
    warn('setup() has not been called: add require("sayswho").setup({}) to your config')
  end
  local cmd = (cfg and cfg.cmd) or { "sayswho", "lsp" }
  local bin = cmd[1]
  local path = vim.fn.exepath(bin)
  if path == "" then
    err(("binary %q not found (PATH or the cmd option)"):format(bin), {
      "Install it: cargo install --path . (from a sayswho checkout)",
      'Or point the plugin at it: require("sayswho").setup({ cmd = { "/path/to/sayswho", "lsp" } })',
    })
  else
    local out = vim.fn.system({ path, "--version" })
    if vim.v.shell_error == 0 then
      ok(("binary: %s (%s)"):format(path, vim.trim(out)))
    else
      err(("binary %s does not run: %s"):format(path, vim.trim(out)))
    end
  end

  if cfg then
    info("registered with: " .. tostring(plugin.method))
    info("active config:\n" .. vim.inspect({
      cmd = cfg.cmd, filetypes = cfg.filetypes, root_markers = cfg.root_markers, settings = cfg.settings,
    }))
  end

  local get = vim.lsp.get_clients or vim.lsp.get_active_clients
  local clients = get({ name = "sayswho" })
  if #clients == 0 then
    info("no sayswho client is running (open a Markdown or text draft)")
  end
  for _, c in ipairs(clients) do
    local bufs = vim.tbl_keys(c.attached_buffers or {})
    ok(("client %d running, root %s, %d buffer(s), position encoding %s"):format(
      c.id, tostring(c.root_dir or (c.config and c.config.root_dir)), #bufs, tostring(c.offset_encoding)))
  end
end

return M
