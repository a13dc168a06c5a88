import { createHash } from "node:crypto";
import path from "node:path";
import Database from "better-sqlite3";

/** The e2e server's database file (playwright.config.ts: DATABASE_PATH under E2E_DB_DIR). */
export const E2E_DB_PATH = path.join(process.env.E2E_DB_DIR || path.join(process.cwd(), "data", "e2e"), "ankang.db");

/**
 * Tables a refused or read-only request may legitimately write: the audit log (sign-ins, refusals
 * and reads of sensitive records are audited), sessions (sign-in, last-seen), the sign-in
 * throttle, and the migrations journal.
 */
export const VOLATILE_TABLES = new Set(["audit_log", "auth_sessions", "sign_in_throttle", "__drizzle_migrations"]);

/**
 * Tables the server's own timers work through (the notification dispatcher marks outbox rows
 * sent): only their row count is compared, so a request that adds a row still shows.
 */
export const BACKGROUND_TABLES = new Set(["notification_outbox"]);

/** Columns a sign-in writes (another test signing in at the same time is not a change under test). */
export const SIGN_IN_COLUMNS: Record<string, readonly string[]> = { users: ["last_sign_in_at"] };

/**
 * A fingerprint of every other table: its row count and a hash of all its rows (every column), so
 * any insert, update or delete shows. Opened read-only; the server keeps writing in WAL mode.
 */
export function dbFingerprint(file = E2E_DB_PATH, skip: ReadonlySet<string> = VOLATILE_TABLES): Record<string, string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string }[];
    const out: Record<string, string> = {};
    db.transaction(() => {
      for (const { name } of tables) {
        if (skip.has(name)) continue;
        const hash = createHash("sha1");
        let rows = 0;
        const skipCols = SIGN_IN_COLUMNS[name] ?? [];
        const cols = (db.prepare(`PRAGMA table_info("${name}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !skipCols.includes(c));
        for (const row of db.prepare(`SELECT ${cols.map((c) => `"${c}"`).join(", ")} FROM "${name}" ORDER BY rowid`).raw().iterate()) {
          hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : Buffer.isBuffer(v) ? v.toString("base64") : v)));
          hash.update("\n");
          rows++;
        }
        out[name] = BACKGROUND_TABLES.has(name) ? `${rows} rows` : `${rows} rows ${hash.digest("hex").slice(0, 16)}`;
      }
    })();
    return out;
  } finally {
    db.close();
  }
}

/** The tables whose fingerprint differs, with before → after. */
export function fingerprintDiff(before: Record<string, string>, after: Record<string, string>): string[] {
  const names = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...names].filter((n) => before[n] !== after[n]).map((n) => `${n}: ${before[n] ?? "-"} → ${after[n] ?? "-"}`);
}
