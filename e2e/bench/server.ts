import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { SERVER_NODE_FLAGS } from "../../scripts/server-flags.mjs";

/** The production server under test: `next start` on the bench's database copy. */
export interface BenchServer {
  process: ChildProcess;
  baseUrl: string;
  stop: () => Promise<void>;
}

export async function startServer(opts: { port: number; databasePath: string; distDir: string; authSecret: string; log: string }): Promise<BenchServer> {
  const out = fs.openSync(opts.log, "w");
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, "node_modules/next/dist/bin/next", "start", "-p", String(opts.port)], {
    env: {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_PATH: opts.databasePath,
      DEMO_DATA: "0",
      BACKUP_SCHEDULE: "0",
      NEXT_DIST_DIR: opts.distDir,
      AUTH_SECRET: opts.authSecret,
      PORT: String(opts.port),
    },
    stdio: ["ignore", out, out],
  });
  const baseUrl = `http://localhost:${opts.port}`;
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}); see ${opts.log}`);
    try {
      const res = await fetch(`${baseUrl}/api/v1/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`server did not answer within 120 s; see ${opts.log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  return { process: child, baseUrl, stop };
}

function readKb(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

/** The server's process and every descendant (next start may fork workers). */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone
    }
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(children.get(out[i]) ?? []));
  return out;
}

/**
 * Peak resident memory of the server: the larger of the polled sum of VmRSS over its process tree
 * and each process's own high-water mark (VmHWM), in MB.
 */
export class RssMonitor {
  private peakKb = 0;
  private timer: NodeJS.Timeout;

  constructor(private readonly pid: number) {
    this.timer = setInterval(() => this.sample(), 200);
    this.timer.unref();
  }

  sample(): void {
    const tree = processTree(this.pid);
    const rss = tree.reduce((n, p) => n + readKb(p, "VmRSS"), 0);
    const hwm = Math.max(...tree.map((p) => readKb(p, "VmHWM")));
    this.peakKb = Math.max(this.peakKb, rss, hwm);
  }

  /** The peak since the server started, in MB (VmHWM never goes down, so this is a running maximum). */
  take(): number {
    this.sample();
    const mb = this.peakKb / 1024;
    return Math.round(mb);
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
