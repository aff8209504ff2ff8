import autocannon from 'autocannon';

/** Latency (ms) and throughput of one query under load, as autocannon measures them. */
export interface LoadResult {
  clients: number;
  durationS: number;
  requests: number;
  errors: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

/**
 * Sends the same POST body to `url` from `clients` connections for `durationS` seconds
 * (loopback only), one request in flight per connection.
 */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[index] * 100) / 100;
}

export function load(url: string, body: unknown, clients: number, durationS: number): Promise<LoadResult> {
  // Every response time is kept (autocannon's own percentiles skip p95).
  const times: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
        connections: clients,
        pipelining: 1,
        duration: durationS,
        timeout: 30,
      },
      (error, result) => {
        if (error) return reject(error);
        times.sort((a, b) => a - b);
        const elapsedS = Math.max(result.duration, 0.001);
        resolve({
          clients,
          durationS,
          requests: result.requests.total,
          errors: result.errors + result.timeouts,
          non2xx: result.non2xx,
          rps: Math.round((times.length / elapsedS) * 10) / 10,
          p50: percentile(times, 50),
          p95: percentile(times, 95),
          p99: percentile(times, 99),
          mean: times.length === 0 ? NaN : Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 100) / 100,
        });
      },
    );
    instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => times.push(responseTime));
  });
}

/** Sends one request and returns the parsed JSON (for the same-answers check). */
export async function postJson(url: string, body: unknown): Promise<any> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const json = await response.json();
  if (!response.ok || json.errors) throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json.errors ?? json).slice(0, 500)}`);
  return json.data;
}
