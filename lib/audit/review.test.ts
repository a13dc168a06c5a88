import { describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { createTestDb } from "@/lib/testing/test-db";
import { ctxFor, makeUser } from "@/lib/testing/fixtures";
import { recordAudit } from "./audit";
import { listAuditPage, runAuditVerification } from "./review";
import { auditFilterSchema } from "./schemas";

async function setup() {
  const db = createTestDb();
  const admin = await makeUser(db, "boss", ["admin"]);
  const counselor = await makeUser(db, "c1", ["counselor"]);
  const at = (iso: string) => new Date(iso);
  recordAudit(db, { action: "auth.sign_in", actorId: counselor.userId, actorUsername: "c1", at: at("2026-11-28T01:00:00Z") });
  recordAudit(db, { action: "appointment.session_record_read", actorId: admin.userId, actorUsername: "boss", entityType: "appointment", entityId: 7, reason: "家属投诉核查", at: at("2026-11-29T02:00:00Z") });
  recordAudit(db, { action: "appointment.confirmed", actorId: counselor.userId, actorUsername: "c1", entityType: "appointment", entityId: 7, at: at("2026-11-29T16:30:00Z") });
  recordAudit(db, { action: "auth.sign_in", actorUsername: "c1", outcome: "failure", at: at("2026-11-30T01:00:00Z") });
  recordAudit(db, { action: "appointment_x.weird", actorUsername: "c1", at: at("2026-11-30T02:00:00Z") });
  return { db, admin: ctxFor(db, admin), counselor: ctxFor(db, counselor) };
}

const actions = (r: { items: { action: string }[] }) => r.items.map((i) => i.action);

describe("audit review", () => {
  it("lists newest first and filters by user, record, outcome, action prefix and local dates", async () => {
    const { db, admin } = await setup();
    const all = listAuditPage(admin, {});
    expect(all.items.map((i) => i.id)).toEqual([...all.items.map((i) => i.id)].sort((a, b) => b - a));
    expect(all.items.length).toBeGreaterThanOrEqual(5);

    expect(actions(listAuditPage(admin, { user: "boss" }))).toEqual(["appointment.session_record_read"]);
    expect(actions(listAuditPage(admin, { entityType: "appointment", entityId: "7" }))).toEqual(["appointment.confirmed", "appointment.session_record_read"]);
    expect(actions(listAuditPage(admin, { outcome: "failure" }))).toEqual(["auth.sign_in"]);
    // "appointment." is a prefix; "_" in it is literal, so appointment_x does not match "appointment.".
    expect(actions(listAuditPage(admin, { action: "appointment." }))).toEqual(["appointment.confirmed", "appointment.session_record_read"]);
    expect(actions(listAuditPage(admin, { action: "auth.sign_in" }))).toHaveLength(db.select().from(auditLog).all().filter((r) => r.action === "auth.sign_in").length);
    // 2026-11-29T16:30Z is 11月30日 00:30 in Shanghai: it belongs to the 30th.
    expect(actions(listAuditPage(admin, { from: "2026-11-30", to: "2026-11-30", user: "c1" }))).toEqual(["appointment_x.weird", "auth.sign_in", "appointment.confirmed"]);
  });

  it("shows the break-glass reads with their reasons", async () => {
    const { admin } = await setup();
    const r = listAuditPage(admin, { reasons: "1" });
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ action: "appointment.session_record_read", reason: "家属投诉核查", actorUsername: "boss" });
  });

  it("pages with a cursor without gaps or repeats", async () => {
    const { admin } = await setup();
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = listAuditPage(admin, { limit: 2, cursor });
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(listAuditPage(admin, { limit: 200 }).items.map((i) => i.id));
  });

  it("refuses everyone but the admin", async () => {
    const { counselor } = await setup();
    expect(() => listAuditPage(counselor, {})).toThrow(expect.objectContaining({ code: "forbidden" }));
    expect(() => runAuditVerification(counselor)).toThrow(expect.objectContaining({ code: "forbidden" }));
  });

  it("verifies the chain, reports a hand edit, and records each check", async () => {
    const { db, admin } = await setup();
    expect(runAuditVerification(admin)).toMatchObject({ ok: true });
    expect(listAuditPage(admin, { action: "audit.verified" }).items[0]).toMatchObject({ outcome: "success" });
    db.$client.exec("DROP TRIGGER IF EXISTS audit_log_no_update");
    const victim = listAuditPage(admin, { reasons: "1" }).items[0];
    db.$client.prepare("UPDATE audit_log SET reason = ? WHERE id = ?").run("随便看看", victim.id);
    expect(runAuditVerification(admin)).toEqual(expect.objectContaining({ ok: false, brokenAtId: victim.id }));
  });

  it("refuses bad filters with Chinese messages", () => {
    expect(auditFilterSchema.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ cursor: "1 OR 1=1" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ sort: "id" }).success).toBe(false);
    expect(auditFilterSchema.safeParse({ user: "%' OR 1=1--" }).success).toBe(true);
  });
});
