-- Prints one line that bench/http.sh reads: requests per second, latency percentiles in
-- milliseconds, and every kind of error (socket errors and answers other than 2xx/3xx).
done = function(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format("result %.0f %.2f %.2f %.2f %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
    errors.connect + errors.read + errors.write + errors.timeout + errors.status))
end
