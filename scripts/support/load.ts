// A thin layer over autocannon for the benchmarks: one measure of one route, with the latency of
// every response kept so that the 95th percentile can be read (autocannon's summary has p97.5).
import type { EventEmitter } from "node:events";
import autocannon from "autocannon";
import { percentile } from "./bench-server";

export interface LoadResult {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  statuses: Record<string, number>;
  errors: number;
  durationSeconds: number;
}

export interface LoadOptions {
  url: string;
  connections: number;
  /** Measure for this long... */
  durationSeconds?: number;
  /** ...or until this many requests have been answered. */
  amount?: number;
  method?: "GET" | "POST";
  /** A body per request (its number), for requests that must differ (distinct people). */
  body?: (n: number) => string;
}

/** Runs autocannon against one route and summarises what the responses said. */
export async function load({ url, connections, durationSeconds, amount, method = "GET", body }: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let n = 0;
  const started = performance.now();
  // Without a callback, autocannon returns its event emitter, which is also a promise of the result.
  const instance = autocannon({
    url,
    connections,
    ...(amount ? { amount } : { duration: durationSeconds ?? 5 }),
    requests: [
      {
        method,
        ...(body
          ? {
              headers: { "content-type": "application/json" },
              setupRequest: (request: autocannon.Request) => ({ ...request, body: body(n++) }),
            }
          : {}),
      },
    ],
  }) as unknown as Promise<autocannon.Result> & EventEmitter;
  // autocannon ends on its one-second tick: the rate is counted up to the last response, not to then.
  let lastResponseAt = started;
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    lastResponseAt = performance.now();
    latencies.push(responseTime);
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const result = await instance;
  const seconds = (lastResponseAt - started) / 1000;
  return {
    // No answer in the whole measure (a server that stopped answering): 0/s, its errors counted.
    perSecond: latencies.length === 0 ? 0 : latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    statuses,
    errors: result.errors + result.timeouts,
    durationSeconds: seconds,
  };
}
