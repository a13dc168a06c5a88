import http from "node:http";
import type { AddressInfo } from "node:net";

export interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A local HTTP server for channel tests: answers each request with the next status of `statuses`
 * (then the last one again) and keeps what it received.
 */
export async function testServer(statuses: number[]): Promise<{ url: string; received: Received[]; accepted: () => Received[]; close: () => Promise<void> }> {
  const received: Received[] = [];
  const answered: number[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const status = statuses[Math.min(received.length, statuses.length - 1)];
      received.push({ headers: req.headers, body: Buffer.concat(chunks).toString("utf8") });
      answered.push(status);
      res.writeHead(status, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    accepted: () => received.filter((_, i) => answered[i] >= 200 && answered[i] < 300),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
