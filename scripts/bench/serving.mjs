// Requests per second and latency for one address, with autocannon, on loopback. The load is bounded
// in connections and time and stops by itself; a request unanswered after 2 s counts as a timeout.
import autocannon from "autocannon";

/** Seconds after which autocannon gives up on a request and counts a timeout. */
export const timeoutSeconds = 2;

/**
 * Loads `url` with gzip-accepting requests; returns requests/s (mean) and latency percentiles (ms).
 * @param {string} url
 * @param {{ connections: number; seconds: number; warmupSeconds: number }} load
 */
export async function loadTest(url, { connections, seconds, warmupSeconds }) {
  const options = { url, connections, timeout: timeoutSeconds, headers: { "accept-encoding": "gzip" } };
  if (warmupSeconds > 0) await autocannon({ ...options, duration: warmupSeconds });
  const result = await autocannon({ ...options, duration: seconds });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    latencyMaxMs: result.latency.max,
    requests: result.requests.total,
    non2xx: result.non2xx,
    // autocannon counts a timeout as an error too: report the two apart.
    errors: result.errors - result.timeouts,
    timeouts: result.timeouts,
  };
}
