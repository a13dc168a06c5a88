import type Database from "better-sqlite3";
import { GENESIS_HASH, hashRow } from "@/lib/audit/audit";

type Value = string | number | bigint | boolean | Date | null | undefined | object;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function toSql(v: Value): string | number | bigint | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "boolean") return v ? 1 : 0;
  if (typeof v === "object") return JSON.stringify(v);
  return v;
}

export interface AuditEvent {
  at: number;
  actorId: number | null;
  actorUsername: string | null;
  action: string;
  entityType?: string | null;
  entityId?: string | number | null;
  outcome?: "success" | "failure" | "denied";
  ip?: string | null;
  reason?: string | null;
  details?: Record<string, string | number | boolean | null> | null;
}

/**
 * Straight-to-table inserts for the large generator: one prepared statement per (table, column
 * list), camelCase keys mapped to the schema's snake_case columns, and the audit chain kept here
 * so every row hashes exactly as lib/audit/audit.ts would have written it.
 */
export class Writer {
  private readonly statements = new Map<string, Database.Statement>();
  readonly counts: Record<string, number> = {};
  private prevHash = GENESIS_HASH;

  constructor(private readonly sqlite: Database.Database) {}

  insert(table: string, row: Record<string, Value>): void {
    const keys = Object.keys(row);
    const signature = `${table}:${keys.join(",")}`;
    let statement = this.statements.get(signature);
    if (!statement) {
      statement = this.sqlite.prepare(`INSERT INTO "${table}" (${keys.map((k) => `"${snake(k)}"`).join(", ")}) VALUES (${keys.map(() => "?").join(", ")})`);
      this.statements.set(signature, statement);
    }
    statement.run(keys.map((k) => toSql(row[k])));
    this.counts[table] = (this.counts[table] ?? 0) + 1;
  }

  /** Appends audit rows in the given order, each chained to the one before. */
  audit(events: AuditEvent[]): void {
    for (const e of events) {
      const row = {
        at: new Date(e.at),
        actorId: e.actorId,
        actorUsername: e.actorUsername,
        action: e.action,
        entityType: e.entityType ?? null,
        entityId: e.entityId == null ? null : String(e.entityId),
        outcome: e.outcome ?? "success",
        ip: e.ip ?? null,
        reason: e.reason ?? null,
        details: e.details ? JSON.stringify(e.details) : null,
        prevHash: this.prevHash,
      };
      const hash = hashRow(row);
      this.insert("audit_log", { ...row, hash });
      this.prevHash = hash;
    }
  }

  get lastHash(): string {
    return this.prevHash;
  }
}
