// A separate process for sign-up.race.test.ts: opens its own SQLite connection, says "ready",
// waits for "go" on stdin (sent to all workers at once), runs its jobs, prints the outcomes.
import { openDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { cancelSignup } from "./cancel-signup";
import { signUp } from "./sign-up";

interface Job {
  op: "signup" | "cancel";
  activityId: number;
  actor: Actor;
}

const [file, jobsJson, nowMs] = process.argv.slice(2);
const db = openDb(file);
const jobs = JSON.parse(jobsJson) as Job[];
const now = new Date(Number(nowMs));

process.stdin.once("data", () => {
  const outcomes = jobs.map((j) => {
    const ctx = { db, actor: j.actor, now, ip: null };
    try {
      return j.op === "signup" ? signUp(ctx, j.activityId).status : `cancelled:${cancelSignup(ctx, j.activityId).promoted}`;
    } catch (e) {
      return e instanceof AppError ? e.code : `error:${String(e)}`;
    }
  });
  process.stdout.write(`\n${JSON.stringify(outcomes)}`);
  db.$client.close();
  process.exit(0);
});
process.stdout.write("ready");
