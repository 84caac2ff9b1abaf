-- wrk reports 50/75/90/99 %; the budget is on the 95th percentile, so print it ourselves.
local cookie = os.getenv("BENCH_COOKIE")
wrk.headers["Cookie"] = cookie
wrk.headers["Accept-Language"] = "nb"

done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d p50=%.1fms p90=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
