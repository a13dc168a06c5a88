// npx tsx scripts/bench-slots.ts — times free-slot computation on the demo data: a month of slots
// for every counsellor, per service, and one counsellor's month (what the booking pages ask for).
// A timing printout, not a test: the numbers depend on the machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDb, openDb } from "@/db/client";
import { seedDemo } from "@/db/seed";
import { eq } from "drizzle-orm";
import { users } from "@/db/schema";
import { listServices } from "@/lib/appointments/queries";
import { computeSlots } from "@/lib/appointments/slots";
import { localDateRange, toLocalDate, addLocalDays } from "@/lib/time";
import type { Ctx } from "@/lib/context";

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-bench-"));
  const db = openDb(path.join(dir, "bench.db"));
  migrateDb(db);
  const now = new Date();
  const t = performance.now();
  await seedDemo(db, now);
  console.log(`seed: ${(performance.now() - t).toFixed(0)} ms`);
  const admin = db.select({ id: users.id }).from(users).where(eq(users.username, "admin")).get()!;
  const counselor = db.select({ id: users.id }).from(users).where(eq(users.username, "counselor")).get()!;
  const ctx: Ctx = { db, actor: { userId: admin.id, username: "admin", name: "admin", roles: ["admin"], residentId: null, sessionId: "bench", mustChangePassword: false }, now };
  const range = localDateRange(toLocalDate(now), toLocalDate(addLocalDays(now, 30)))!;
  const svcs = listServices(ctx);
  const runs = 20;
  // Wall time, and this process's CPU time (less distorted when the machine is busy).
  const time = (label: string, run: () => number) => {
    run();
    const wall = performance.now();
    const cpu = process.cpuUsage();
    let n = 0;
    for (let i = 0; i < runs; i++) n = run();
    const used = process.cpuUsage(cpu);
    console.log(`${label}: ${((performance.now() - wall) / runs).toFixed(1)} ms wall, ${((used.user + used.system) / 1000 / runs).toFixed(1)} ms CPU (${n} slots)`);
  };
  for (const svc of svcs) time(`${svc.name.padEnd(8, "　")} all counsellors, 31 days`, () => computeSlots(ctx, svc, range).length);
  time(`${svcs[0].name} one counsellor, 31 days`, () => computeSlots(ctx, svcs[0], { ...range, counselorIds: [counselor.id] }).length);
  db.$client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}

void main();
