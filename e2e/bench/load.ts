import autocannon from "autocannon";

export interface LoadSpec {
  url: string;
  connections: number;
  /** Seconds; ignored when `amount` is given. */
  duration: number;
  amount?: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  /** A fresh body for every request (distinct booking slots). */
  body?: () => string;
}

export interface LoadResult {
  connections: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  statusCodes: Record<string, number>;
  errors: number;
  timeouts: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const k = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return Math.round(sorted[k] * 10) / 10;
}

/** One autocannon run; latencies are collected per response so p95 is exact (autocannon itself reports p97.5). */
export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: spec.url,
        connections: spec.connections,
        ...(spec.amount ? { amount: spec.amount } : { duration: spec.duration }),
        timeout: 30,
        headers: spec.headers,
        method: spec.method ?? "GET",
        requests: spec.body
          ? [
              {
                method: spec.method ?? "POST",
                setupRequest: (req) => ({ ...req, body: spec.body!() }),
              },
            ]
          : undefined,
      },
      (err, result) => {
        if (err) return reject(err);
        latencies.sort((a, b) => a - b);
        const seconds = Math.max(0.001, result.duration);
        resolve({
          connections: spec.connections,
          requests: latencies.length,
          rps: Math.round((latencies.length / seconds) * 10) / 10,
          p50: percentile(latencies, 50),
          p95: percentile(latencies, 95),
          p99: percentile(latencies, 99),
          statusCodes,
          errors: result.errors,
          timeouts: result.timeouts,
        });
      },
    );
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      latencies.push(responseTime);
      statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    });
  });
}
