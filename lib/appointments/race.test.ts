import { describe, expect, it } from "vitest";
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { eq } from "drizzle-orm";
import { appointments, reservations } from "@/db/schema";
import { makeUser } from "../testing/fixtures";
import { requestAppointment } from "./request-appointment";
import { appointmentsWorld, local, NOW } from "./test-fixtures";
import type { RaceJob } from "./test-race-worker";

const WORKER = path.join(__dirname, "test-race-worker.ts");

interface Worker {
  child: ChildProcess;
  ready: Promise<void>;
  done: Promise<string[]>;
}

function worker(file: string, jobs: RaceJob[], now: Date): Worker {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, file, JSON.stringify(jobs), String(now.getTime())], { cwd: path.resolve(__dirname, "../.."), stdio: ["pipe", "pipe", "pipe"] });
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

async function race(workers: Worker[]): Promise<string[]> {
  await Promise.all(workers.map((x) => x.ready));
  for (const x of workers) x.child.stdin!.write("go\n");
  return (await Promise.all(workers.map((x) => x.done))).flat();
}

// Separate processes, separate connections, released together: only the immediate transaction
// around check-and-write keeps one counsellor slot from being given twice.
describe("appointments under real concurrency (separate processes)", () => {
  it("many requests for one counsellor slot: exactly one is held, the rest 409", async () => {
    const w = await appointmentsWorld();
    const residents = [w.r1, w.r2, w.r3];
    for (let i = 4; i <= 5; i++) residents.push(await makeUser(w.db, `r${i}`, ["resident"]));
    const startMs = local("2026-12-01 10:00").getTime();
    const workers = residents.map((actor) => worker(w.db.$client.name, [0, 1].map(() => ({ kind: "request" as const, actor, serviceId: w.service.individual, counselorId: w.c1.userId, startMs })), NOW));
    const outcomes = await race(workers);
    expect(outcomes.filter((o) => o.startsWith("ok:"))).toHaveLength(1);
    expect(outcomes.filter((o) => o === "conflict")).toHaveLength(outcomes.length - 1);
    expect(w.db.select({ id: appointments.id }).from(appointments).all()).toHaveLength(1);
    expect(w.db.select({ id: reservations.id }).from(reservations).all()).toHaveLength(1);
  }, 180_000);

  it("two overlapping held requests confirmed at once: exactly one wins", async () => {
    const w = await appointmentsWorld();
    const start = local("2026-12-04 10:00");
    const first = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    const later = new Date(NOW.getTime() + 49 * 3_600_000);
    const second = requestAppointment(w.ctx(w.r2, later), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: start });
    const workers = Array.from({ length: 4 }, (_, i) =>
      worker(w.db.$client.name, [{ kind: "confirm" as const, actor: i % 2 ? w.c1 : w.admin, appointmentId: i % 2 ? first.id : second.id }], later),
    );
    const outcomes = await race(workers);
    expect(outcomes.filter((o) => o.startsWith("ok:"))).toHaveLength(1);
    expect(outcomes.filter((o) => o === "conflict")).toHaveLength(3);
    const states = [first.id, second.id].map((id) => w.db.select({ s: appointments.status }).from(appointments).where(eq(appointments.id, id)).get()!.s);
    expect(states.filter((s) => s === "confirmed")).toHaveLength(1);
    expect(states.filter((s) => s === "requested")).toHaveLength(1);
  }, 180_000);
});
