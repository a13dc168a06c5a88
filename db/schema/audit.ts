import { index, integer, sqliteTable, text } from "drizzle-orm/sqlite-core";

/**
 * Append-only: triggers (in the migration) refuse UPDATE and DELETE, and each row carries the hash
 * of the previous one so that an edit made outside the app is found by `npm run audit:verify`.
 * Never holds the sensitive text itself.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    at: integer({ mode: "timestamp_ms" }).notNull(),
    actorId: integer(),
    actorUsername: text(),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    outcome: text({ enum: ["success", "failure", "denied"] }).notNull(),
    ip: text(),
    reason: text(),
    details: text(),
    prevHash: text().notNull(),
    hash: text().notNull(),
  },
  (t) => [
    index("audit_at_idx").on(t.at),
    index("audit_actor_idx").on(t.actorId, t.at),
    index("audit_entity_idx").on(t.entityType, t.entityId),
    // Today's failed sign-ins and lockouts on the admin's home (else a walk of the whole log), issue 12.
    index("audit_action_at_idx").on(t.action, t.outcome, t.at),
  ],
);

export type AuditRow = typeof auditLog.$inferSelect;
