import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { openDb } from "./client";
import { backupAndPrune, backupDb, listBackups, restoreDb } from "./backup";
import { backupDue } from "./backup-schedule";
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

describe("keeping the newest backups", () => {
  it("keeps the newest N and deletes only older backups, never other files", async () => {
    const db = createTestDb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-prune-"));
    fs.writeFileSync(path.join(dir, "notes.txt"), "keep me");
    const days = ["2026-11-26", "2026-11-27", "2026-11-28", "2026-11-29"];
    for (const d of days) await backupDb(db, dir, new Date(`${d}T18:00:00Z`));
    const { file, deleted } = await backupAndPrune(db, dir, 3, new Date("2026-11-30T18:00:00Z"));
    expect(path.basename(file)).toBe("ankang-20261130T180000Z.db");
    expect(deleted.map((f) => path.basename(f))).toEqual(["ankang-20261126T180000Z.db", "ankang-20261127T180000Z.db"]);
    expect(listBackups(dir).map((f) => path.basename(f))).toEqual(["ankang-20261128T180000Z.db", "ankang-20261129T180000Z.db", "ankang-20261130T180000Z.db"]);
    expect(fs.existsSync(path.join(dir, "notes.txt"))).toBe(true);
  });

  it("is due when there is no backup or the newest is a day old, not before", async () => {
    const db = createTestDb();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-due-"));
    expect(backupDue(dir, new Date("2026-11-30T02:00:00Z"))).toBe(true);
    await backupDb(db, dir, new Date("2026-11-30T02:00:00Z"));
    expect(backupDue(dir, new Date("2026-12-01T01:59:59Z"))).toBe(false);
    expect(backupDue(dir, new Date("2026-12-01T02:00:00Z"))).toBe(true);
  });

  it("refuses to restore a file that is not a sound database and leaves the target as it was", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-bad-"));
    const bad = path.join(dir, "ankang-20261130T020000Z.db");
    fs.writeFileSync(bad, "this is not a database");
    const target = path.join(dir, "live.db");
    fs.writeFileSync(target, "live");
    expect(() => restoreDb(bad, target)).toThrow();
    expect(fs.readFileSync(target, "utf8")).toBe("live");
  });
});
