-- wrk: the public pages mix, HTTPS as Heroku's router reports it, and a count of
-- answers by status class (per thread, summed in done()).
local paths = {}
for path in string.gmatch(os.getenv("SOAK_PATHS") or "/", "[^ ]+") do
  paths[#paths + 1] = path
end
local counter = 0
ok, redirected, client_errors, unavailable, server_errors = 0, 0, 0, 0, 0
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function request()
  counter = counter + 1
  local path = paths[(counter % #paths) + 1]
  return wrk.format("GET", path, { ["X-Forwarded-Proto"] = "https" })
end

function response(status, headers, body)
  if status < 300 then ok = ok + 1
  elseif status < 400 then redirected = redirected + 1
  elseif status < 500 then client_errors = client_errors + 1
  elseif status == 503 then unavailable = unavailable + 1
  else server_errors = server_errors + 1 end
end

function done(summary, latency, requests)
  local totals = { ok = 0, redirected = 0, client_errors = 0, unavailable = 0, server_errors = 0 }
  for _, thread in ipairs(threads) do
    for name, _ in pairs(totals) do
      totals[name] = totals[name] + thread:get(name)
    end
  end
  local e = summary.errors
  io.write(string.format(
    'SOAK {"requests": %d, "seconds": %.2f, "ok": %d, "redirected": %d, "client_errors": %d, ' ..
    '"unavailable": %d, "server_errors": %d, "socket_errors": %d, "timeouts": %d, ' ..
    '"p50_ms": %.1f, "p99_ms": %.1f, "max_ms": %.1f}\n',
    summary.requests, summary.duration / 1e6, totals.ok, totals.redirected,
    totals.client_errors, totals.unavailable, totals.server_errors,
    e.connect + e.read + e.write, e.timeout,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
