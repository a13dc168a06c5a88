import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { Db } from "./client";

function stamp(d: Date): string {
  return d.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

/** An online, consistent copy of the live database (SQLite's backup API), safe while the app writes. */
export async function backupDb(db: Db, dir: string, now = new Date()): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `ankang-${stamp(now)}.db`);
  await db.$client.backup(file);
  const check = new Database(file, { readonly: true });
  try {
    const r = check.pragma("integrity_check", { simple: true });
    if (r !== "ok") throw new Error(`backup integrity check failed: ${String(r)}`);
  } finally {
    check.close();
  }
  return file;
}

const BACKUP_NAME = /^ankang-\d{8}T\d{6}Z\.db$/;

/** The backups in dir, oldest first (names carry a sortable UTC stamp). */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => BACKUP_NAME.test(f))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Keeps the newest `keep` backups in dir and deletes the rest; returns the deleted files. */
export function pruneBackups(dir: string, keep: number): string[] {
  const all = listBackups(dir);
  const doomed = all.slice(0, Math.max(0, all.length - Math.max(1, keep)));
  for (const f of doomed) fs.rmSync(f, { force: true });
  return doomed;
}

/** One backup and the pruning after it: what the command and the daily schedule both run. */
export async function backupAndPrune(db: Db, dir: string, keep: number, now = new Date()): Promise<{ file: string; deleted: string[] }> {
  const file = await backupDb(db, dir, now);
  return { file, deleted: pruneBackups(dir, keep) };
}

/**
 * Replaces the database file with a backup. Run with the server stopped: the target's WAL and
 * shared-memory files are removed so no stale pages are replayed over the restored copy.
 */
export function restoreDb(backupFile: string, target: string): void {
  const src = new Database(backupFile, { readonly: true });
  try {
    if (src.pragma("integrity_check", { simple: true }) !== "ok") throw new Error("backup file fails integrity_check");
  } finally {
    src.close();
  }
  for (const suffix of ["-wal", "-shm"]) fs.rmSync(target + suffix, { force: true });
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(backupFile, target);
}
