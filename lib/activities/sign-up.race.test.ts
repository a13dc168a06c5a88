import { describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { activitySignups } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { signUp } from "./sign-up";
import { activitiesWorld, NOW } from "./test-fixtures";

const WORKER = path.join(__dirname, "test-race-worker.ts");

interface Job {
  op: "signup" | "cancel";
  activityId: number;
  actor: Actor;
}

function worker(file: string, jobs: Job[]) {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", WORKER, file, JSON.stringify(jobs), String(NOW.getTime())], {
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

/** Runs the jobs spread over `processes` separate processes, released together. */
async function race(file: string, jobs: Job[], processes: number): Promise<string[]> {
  const groups = Array.from({ length: processes }, (_, p) => jobs.filter((_, i) => i % processes === p));
  const workers = groups.map((g) => worker(file, g));
  await Promise.all(workers.map((x) => x.ready));
  for (const x of workers) x.child.stdin!.write("go\n");
  return (await Promise.all(workers.map((x) => x.done))).flat();
}

// Separate processes, separate connections: only BEGIN IMMEDIATE around count-and-insert and the
// unique (activity, resident) index keep the capacity and the one-sign-up rule.
describe("sign-ups under real concurrency (separate processes)", () => {
  it("20 concurrent sign-ups for 5 places give exactly 5 registered and 15 waitlisted; repeats are refused", async () => {
    const w = await activitiesWorld(18);
    const id = w.activity({ capacity: 5 });
    const residents = [w.resident, w.resident2, ...w.more];
    const jobs: Job[] = residents.map((actor) => ({ op: "signup", activityId: id, actor }));
    // Every resident also tries a second time, from another process.
    const repeats: Job[] = residents.slice(0, 6).map((actor) => ({ op: "signup", activityId: id, actor }));
    const outcomes = await race(w.db.$client.name, [...jobs, ...repeats], 5);
    expect(outcomes.filter((o) => o === "registered")).toHaveLength(5);
    expect(outcomes.filter((o) => o === "waitlisted")).toHaveLength(15);
    expect(outcomes.filter((o) => o === "conflict")).toHaveLength(6);
    const rows = w.db.select().from(activitySignups).where(eq(activitySignups.activityId, id)).all();
    expect(rows).toHaveLength(20);
    expect(rows.filter((r) => r.status === "registered")).toHaveLength(5);
    expect(new Set(rows.map((r) => r.position).filter((p) => p !== null)).size).toBe(15);
  }, 120_000);

  it("30 concurrent sign-ups for the last place: exactly one registered, 29 waitlisted", async () => {
    const w = await activitiesWorld(29);
    const id = w.activity({ capacity: 2 });
    signUp(w.ctx(w.resident), id);
    const residents = [w.resident2, ...w.more];
    const outcomes = await race(w.db.$client.name, residents.map((actor) => ({ op: "signup", activityId: id, actor })), 6);
    expect(outcomes.filter((o) => o === "registered")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "waitlisted")).toHaveLength(29);
    const rows = w.db.select().from(activitySignups).where(eq(activitySignups.activityId, id)).all();
    expect(rows.filter((r) => r.status === "registered")).toHaveLength(2);
  }, 120_000);

  it("concurrent cancellations each promote exactly one waitlisted resident; capacity is never exceeded", async () => {
    const w = await activitiesWorld(8);
    const id = w.activity({ capacity: 4 });
    const residents = [w.resident, w.resident2, ...w.more];
    for (const r of residents) signUp(w.ctx(r), id);
    const leaving = residents.slice(0, 3);
    const outcomes = await race(w.db.$client.name, leaving.map((actor) => ({ op: "cancel", activityId: id, actor })), 3);
    expect(outcomes.sort()).toEqual(["cancelled:1", "cancelled:1", "cancelled:1"]);
    const rows = w.db.select().from(activitySignups).where(eq(activitySignups.activityId, id)).all();
    expect(rows.filter((r) => r.status === "registered")).toHaveLength(4);
    expect(rows.filter((r) => r.status === "waitlisted")).toHaveLength(3);
    // The first three of the waitlist moved up, in order.
    const promoted = rows.filter((r) => r.promotedAt !== null).map((r) => r.residentId).sort((a, b) => a - b);
    expect(promoted).toEqual(residents.slice(4, 7).map((r) => r.residentId!).sort((a, b) => a - b));
  }, 120_000);
});
