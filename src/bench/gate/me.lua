-- wrk script for GET /api/v1/me with the guard's session cookie: what any session request costs.
-- Usage: wrk -s me.lua URL -- session-file   (first line the Cookie header, second the CSRF token)
function init(args)
  local f = io.open(args[1]); cookie = f:read("*l"); f:close()
end

function request()
  return wrk.format("GET", nil, { ["Cookie"] = cookie, ["Accept"] = "application/json",
    ["X-Requested-With"] = "XMLHttpRequest" })
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d\n", summary.requests, summary.errors.status))
  io.write(string.format("throughput %.0f/s  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
