-- wrk counts only 4xx/5xx as errors: count every status but 200 (a 302 to
-- the login page included) and print machine-readable figures.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  not_200 = 0
  first_bad = 0
end

function response(status, headers, body)
  if status ~= 200 then
    not_200 = not_200 + 1
    if first_bad == 0 then first_bad = status end
  end
end

function done(summary, latency, requests)
  local bad, first = 0, 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("not_200")
    if first == 0 then first = thread:get("first_bad") end
  end
  io.write(string.format("BENCH_REQUESTS %d\n", summary.requests))
  io.write(string.format("BENCH_RPS %.2f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("BENCH_P50_US %d\n", latency:percentile(50)))
  io.write(string.format("BENCH_P99_US %d\n", latency:percentile(99)))
  io.write(string.format("BENCH_NOT_200 %d\n", bad))
  io.write(string.format("BENCH_FIRST_BAD %d\n", first))
end
