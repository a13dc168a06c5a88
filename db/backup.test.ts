import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "./client";
import { backupDb, restoreDb } from "./backup";
import { createTestDb } from "@/lib/testing/test-db";
import { recordAudit, verifyAuditChain } from "@/lib/audit/audit";
import { auditLog } from "./schema";

describe("backup and restore", () => {
  it("restores a backup that equals the database at backup time", async () => {
    const db = createTestDb();
    for (let i = 0; i < 20; i++) recordAudit(db, { action: "test.event", entityId: i });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-backup-"));
    const file = await backupDb(db, dir, new Date("2026-11-30T02:00:00Z"));
    expect(path.basename(file)).toBe("ankang-20261130T020000Z.db");
    recordAudit(db, { action: "test.after_backup" });

    const target = path.join(dir, "restored.db");
    restoreDb(file, target);
    const restored = openDb(target);
    const rows = restored.select().from(auditLog).all();
    expect(rows).toHaveLength(20);
    expect(rows.map((r) => r.hash)).toEqual(db.select().from(auditLog).all().slice(0, 20).map((r) => r.hash));
    expect(verifyAuditChain(restored)).toEqual({ ok: true, count: 20 });
    restored.$client.close();
  });
});
