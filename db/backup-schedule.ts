import path from "node:path";
import { backupAndPrune, listBackups } from "./backup";
import { getDb } from "./client";

const DAY = 24 * 60 * 60 * 1000;

export function backupDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.BACKUP_DIR || path.join(process.cwd(), "backups"));
}

export function backupKeep(): number {
  const n = Number(process.env.BACKUP_KEEP || 14);
  return Number.isInteger(n) && n > 0 ? n : 14;
}

/** Whether a daily backup is due: none yet, or the newest is a day old. Derived from the files, so a restart never skips or doubles one. */
export function backupDue(dir: string, now: Date): boolean {
  const newest = listBackups(dir).at(-1);
  if (!newest) return true;
  const m = /ankang-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z\.db$/.exec(newest);
  if (!m) return true;
  const at = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]);
  return now.getTime() - at >= DAY;
}

/**
 * While the server runs: a backup a day into BACKUP_DIR (default backups/), keeping the newest
 * BACKUP_KEEP (default 14). Checked hourly; BACKUP_SCHEDULE=0 turns it off.
 */
export function startBackupSchedule(): void {
  if (process.env.BACKUP_SCHEDULE === "0") return;
  const tick = async () => {
    const dir = backupDir();
    if (!backupDue(dir, new Date())) return;
    try {
      const { file, deleted } = await backupAndPrune(getDb(), dir, backupKeep());
      console.log(`[ankang] daily backup written: ${file}${deleted.length ? ` (removed ${deleted.length} old)` : ""}`);
    } catch (e) {
      console.error("[ankang] daily backup failed:", e);
    }
  };
  setTimeout(() => void tick(), 60_000).unref();
  setInterval(() => void tick(), 60 * 60 * 1000).unref();
}
