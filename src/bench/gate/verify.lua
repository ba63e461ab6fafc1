-- wrk script for POST /api/v1/gate/verify: each thread walks the generated tokens in its
-- own stride (no pass is scanned twice in one direction within a run of under 100,000
-- requests a direction), with a fresh scan id per request. Sent as the gate page sends it:
-- "page" mode with the phone's enrolled device token and no cookie, "session" mode with the
-- guard's session cookie and CSRF token (the fallback path); the page's other headers in both.
-- Usage: wrk -s verify.lua URL -- tokens.txt device-token-file [page|session session-file]
local tokens = {}
local threads = {}
local counter = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do tokens[#tokens + 1] = line end
  local f = io.open(args[2]); device = f:read("*l"); f:close()
  mode = args[3] or "page"
  if mode == "session" then
    local g = io.open(args[4]); cookie = g:read("*l"); csrf = g:read("*l"); g:close()
  end
  nthreads = #threads > 0 and #threads or 2
  math.randomseed(os.time() + (id or 0))
end

function request()
  local n = counter * 2 + (id or 0)
  counter = counter + 1
  local token = tokens[(n % #tokens) + 1]
  local direction = (math.floor(n / #tokens) % 2 == 0) and "IN" or "OUT"
  local scan = string.format("wrk-%d-%d-%d", id or 0, counter, math.random(1, 2000000000))
  local body = '{"qrText":"' .. token .. '","direction":"' .. direction .. '","scanId":"' .. scan .. '"}'
  local headers = {
    ["Content-Type"] = "application/json",
    ["Accept"] = "application/json",
    ["X-Requested-With"] = "XMLHttpRequest",
    ["Accept-Language"] = "zh-CN"
  }
  if mode == "session" then
    headers["Cookie"] = cookie
    headers["X-CSRF-TOKEN"] = csrf
  else
    headers["Authorization"] = "Bearer " .. device
  end
  return wrk.format("POST", nil, headers, body)
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d, socket errors %d\n", summary.requests,
    summary.errors.status, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  io.write(string.format("throughput %.0f/s  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
