// Requests per second and latency for one page, with autocannon, on loopback. The load is bounded
// in connections and time and stops by itself.
import autocannon from "autocannon";

/** Loads `url` with gzip-accepting requests; returns requests/s (mean) and latency percentiles (ms). */
export async function loadTest(url, { connections, seconds, warmupSeconds }) {
  const options = { url, connections, headers: { "accept-encoding": "gzip" } };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}
