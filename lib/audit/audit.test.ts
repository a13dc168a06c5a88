import { describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { auditLog } from "@/db/schema";
import { createTestDb } from "../testing/test-db";
import { recordAudit, verifyAuditChain } from "./audit";

describe("audit log", () => {
  it("chains rows and verifies the chain", () => {
    const db = createTestDb();
    for (let i = 0; i < 5; i++) recordAudit(db, { action: "test.event", actorId: i, entityType: "thing", entityId: i, details: { i } });
    expect(verifyAuditChain(db, 2)).toEqual({ ok: true, count: 5 });
  });

  it("refuses UPDATE and DELETE", () => {
    const db = createTestDb();
    recordAudit(db, { action: "test.event" });
    expect(() => db.update(auditLog).set({ action: "x" }).run()).toThrow(/append-only/);
    expect(() => db.delete(auditLog).run()).toThrow(/append-only/);
    expect(db.select().from(auditLog).all()).toHaveLength(1);
  });

  it("finds a row edited behind the app's back", () => {
    const db = createTestDb();
    for (let i = 0; i < 4; i++) recordAudit(db, { action: "test.event", entityId: i });
    // An attacker with file access drops the trigger and edits row 3.
    db.run(sql`DROP TRIGGER audit_log_no_update`);
    db.run(sql`UPDATE audit_log SET entity_id = '99' WHERE id = 3`);
    expect(verifyAuditChain(db)).toEqual({ ok: false, count: 2, brokenAtId: 3 });
  });

  it("rolls back with the transaction it was written in", () => {
    const db = createTestDb();
    expect(() =>
      db.transaction(() => {
        recordAudit(db, { action: "test.event" });
        throw new Error("use case failed");
      }),
    ).toThrow();
    expect(db.select().from(auditLog).all()).toHaveLength(0);
  });
});
