import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";

// `node --import tsx` runs the writer in this one process (the tsx CLI would fork a child that outlives the kill).

/** Runs the writer, kills it with SIGKILL once it has acknowledged `atLeast` writes, returns the acknowledged ids. */
function writeThenKill(file: string, atLeast: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "testing", "durability-writer.ts"), file], { stdio: ["ignore", "pipe", "pipe"] });
    const acked: number[] = [];
    let buf = "";
    let err = "";
    child.stderr.on("data", (d: Buffer) => (err += d.toString()));
    child.stdout.on("data", (d: Buffer) => {
      buf += d.toString();
      const lines = buf.split("\n");
      buf = lines.pop() ?? "";
      for (const l of lines) if (/^\d+$/.test(l)) acked.push(Number(l));
      if (acked.length >= atLeast && !child.killed) child.kill("SIGKILL");
    });
    child.on("exit", (_code, signal) => (signal === "SIGKILL" ? resolve(acked) : reject(new Error(`writer ended without being killed: ${err}`))));
  });
}

describe("durability (SECURITY.md item 17)", () => {
  it("kill -9 in the middle of a write loop loses no acknowledged row and leaves a sound database", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-kill-"));
    const file = path.join(dir, "durability.db");
    const acked = await writeThenKill(file, 300);
    expect(acked.length).toBeGreaterThanOrEqual(300);

    const db = new Database(file);
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    const ids = new Set((db.prepare("SELECT id FROM durability_probe").all() as { id: number }[]).map((r) => r.id));
    const lost = acked.filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
    db.close();

    // A second round on the same file after the crash goes on from where it stopped.
    const more = await writeThenKill(file, 50);
    expect(Math.min(...more)).toBeGreaterThan(Math.max(...acked));
    const again = new Database(file);
    expect(again.pragma("integrity_check", { simple: true })).toBe("ok");
    const n = (again.prepare("SELECT count(*) AS n FROM durability_probe WHERE id IN (SELECT value FROM json_each(?))").get(JSON.stringify([...acked, ...more])) as { n: number }).n;
    expect(n).toBe(acked.length + more.length);
    again.close();
  });
});
