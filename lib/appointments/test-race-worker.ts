// A separate process for race.test.ts: opens its own SQLite connection, says "ready", waits for
// "go" on stdin (sent to all workers at once), runs its jobs, prints the outcomes.
import { openDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { confirmAppointment } from "./confirm-appointment";
import { requestAppointment } from "./request-appointment";

export type RaceJob =
  | { kind: "request"; actor: Actor; serviceId: number; counselorId: number; startMs: number }
  | { kind: "confirm"; actor: Actor; appointmentId: number };

const [file, jobsJson, nowMs] = process.argv.slice(2);
const db = openDb(file);
const jobs = JSON.parse(jobsJson) as RaceJob[];
const now = new Date(Number(nowMs));

process.stdin.once("data", () => {
  const outcomes = jobs.map((j) => {
    const ctx = { db, actor: j.actor, now, ip: null };
    try {
      if (j.kind === "request") return `ok:${requestAppointment(ctx, { serviceId: j.serviceId, counselorId: j.counselorId, startAt: new Date(j.startMs) }).id}`;
      return `ok:${confirmAppointment(ctx, j.appointmentId, {}).id}`;
    } catch (e) {
      return e instanceof AppError ? e.code : `error:${String(e)}`;
    }
  });
  process.stdout.write(`\n${JSON.stringify(outcomes)}`);
  db.$client.close();
  process.exit(0);
});
process.stdout.write("ready");
