import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { databasePath, getDb, migrateDb } from "./client";
import { users } from "./schema";
import { seedDemo } from "./seed";
import { startBackupSchedule } from "./backup-schedule";
import { startNotificationJobs } from "@/lib/notifications/scheduler";

/**
 * AUTH_SECRET from the environment, or from a file beside the database that is created (0600) on
 * first start. Never committed: data/ is git-ignored.
 */
export function ensureAuthSecret(): void {
  if (process.env.AUTH_SECRET) return;
  const file = path.join(path.dirname(databasePath()), "auth-secret");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (!fs.existsSync(file)) {
    fs.writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600, flag: "wx" });
    console.log(`[ankang] generated AUTH_SECRET in ${file}`);
  }
  process.env.AUTH_SECRET = fs.readFileSync(file, "utf8").trim();
}

/** Server start: secret, migrations, and demo data on an empty database unless DEMO_DATA=0. */
export async function startup(): Promise<void> {
  ensureAuthSecret();
  const db = getDb();
  migrateDb(db);
  const { n } = db.select({ n: sql<number>`count(*)` }).from(users).get() ?? { n: 0 };
  if (n === 0 && process.env.DEMO_DATA !== "0") {
    const t0 = Date.now();
    await seedDemo(db, new Date());
    console.log(`[ankang] demo data seeded in ${Date.now() - t0} ms (set DEMO_DATA=0 to start empty)`);
  } else if (n === 0) {
    console.log("[ankang] empty database: run `npm run setup` to create the first administrator");
  }
  startBackupSchedule();
  startNotificationJobs(db);
}
