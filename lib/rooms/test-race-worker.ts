// A separate process for reserve-room.race.test.ts: opens its own SQLite connection, says
// "ready", waits for "go" on stdin (sent to all workers at once), tries each booking, prints outcomes.
import { openDb } from "@/db/client";
import { AppError } from "../errors";
import { reserveRoom } from "./reserve-room";
import type { Actor } from "../auth/actor";

const [file, jobsJson, actorJson, nowMs] = process.argv.slice(2);
const db = openDb(file);
const actor = JSON.parse(actorJson) as Actor;
const jobs = JSON.parse(jobsJson) as { roomId: number; startMs: number; endMs: number }[];
const ctx = { db, actor, now: new Date(Number(nowMs)), ip: null };

process.stdin.once("data", () => {
  const outcomes = jobs.map((j) => {
    try {
      return `ok:${reserveRoom(ctx, { roomId: j.roomId, startAt: new Date(j.startMs), endAt: new Date(j.endMs) }).reservation.id}`;
    } catch (e) {
      return e instanceof AppError ? e.code : `error:${String(e)}`;
    }
  });
  process.stdout.write(`\n${JSON.stringify(outcomes)}`);
  db.$client.close();
  process.exit(0);
});
process.stdout.write("ready");
