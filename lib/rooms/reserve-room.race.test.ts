import { describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { and, eq } from "drizzle-orm";
import { reservations } from "@/db/schema";
import { liveCondition } from "./engine";
import { local, NOW, roomsWorld } from "./test-fixtures";
import type { Actor } from "../auth/actor";

const WORKER = path.join(__dirname, "test-race-worker.ts");

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  done: Promise<string[]>;
}

function worker(file: string, jobs: { roomId: number; startMs: number; endMs: number }[], actor: Actor): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, file, JSON.stringify(jobs), JSON.stringify(actor), String(NOW.getTime())], {
    cwd: path.resolve(__dirname, "../.."),
    stdio: ["pipe", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.on("data", (d) => {
    out += d;
    if (out.startsWith("ready")) markReady();
  });
  child.stderr!.on("data", (d) => (err += d));
  const done = new Promise<string[]>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve(JSON.parse(out.split("\n")[1])) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
  return { child, ready, done };
}

// Separate processes with separate connections, released together once all are ready: only the
// BEGIN IMMEDIATE around check-and-insert keeps a room from being double-booked.
describe("reserveRoom under real concurrency (separate processes)", () => {
  it("gives an exclusive slot to exactly one of six, and a capacity-4 room to exactly four", async () => {
    const w = await roomsWorld();
    const start = local("2026-12-01 10:00").getTime();
    const end = local("2026-12-01 11:00").getTime();
    const jobs = [
      { roomId: w.room("sleep"), startMs: start, endMs: end },
      { roomId: w.room("music"), startMs: start, endMs: end },
    ];
    const workers = Array.from({ length: 6 }, (_, i) => worker(w.db.$client.name, i % 2 ? jobs : [...jobs].reverse(), i % 2 ? w.counselor : w.teacher));
    await Promise.all(workers.map((x) => x.ready));
    for (const x of workers) x.child.stdin!.write("go\n");
    const outcomes = await Promise.all(workers.map((x) => x.done));
    const byRoom = (roomId: number) => outcomes.map((o, i) => o[(i % 2 ? jobs : [...jobs].reverse()).findIndex((j) => j.roomId === roomId)]);
    const sleep = byRoom(w.room("sleep"));
    const music = byRoom(w.room("music"));
    expect(sleep.filter((o) => o.startsWith("ok:"))).toHaveLength(1);
    expect(sleep.filter((o) => o === "conflict")).toHaveLength(5);
    expect(music.filter((o) => o.startsWith("ok:"))).toHaveLength(4);
    expect(music.filter((o) => o === "conflict")).toHaveLength(2);
    const live = (roomId: number) => w.db.select({ id: reservations.id }).from(reservations).where(and(eq(reservations.roomId, roomId), liveCondition(NOW))).all().length;
    expect(live(w.room("sleep"))).toBe(1);
    expect(live(w.room("music"))).toBe(4);
  }, 90_000);
});
