-- wrk script for GET /api/v1/gate/ping with the same device token: the app's own ceiling.
-- Usage: wrk -s ping.lua URL -- device-token-file
function init(args)
  local f = io.open(args[1]); device = f:read("*l"); f:close()
end

function request()
  return wrk.format("GET", nil, { ["Authorization"] = "Bearer " .. device })
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, non-2xx %d\n", summary.requests, summary.errors.status))
  io.write(string.format("throughput %.0f/s  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
