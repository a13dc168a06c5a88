import { describe, expect, it } from "vitest";
import { eq, isNotNull, isNull } from "drizzle-orm";
import { careFollowUps, hotlineCalls, mediationCases, mediationParties } from "./schema";
import { seedDemo } from "./seed";
import { createTestDb } from "@/lib/testing/test-db";

describe("demo referrals from the hotline (issue 5)", () => {
  it("link calls to a registered mediation case, an open follow-up of a person in care and one waiting for the admin", async () => {
    const db = createTestDb();
    await seedDemo(db, new Date("2026-11-30T10:00:00+08:00"));
    const toCase = db.select({ id: hotlineCalls.id, caseId: hotlineCalls.mediationCaseId }).from(hotlineCalls).where(isNotNull(hotlineCalls.mediationCaseId)).all();
    expect(toCase).toHaveLength(1);
    const c = db.select({ status: mediationCases.status, summary: mediationCases.summary }).from(mediationCases).where(eq(mediationCases.id, toCase[0].caseId!)).get()!;
    expect(c.status).toBe("registered");
    expect(db.select({ name: mediationParties.name }).from(mediationParties).where(eq(mediationParties.caseId, toCase[0].caseId!)).all().map((p) => p.name)).toContain("郑国栋");
    const followUps = db.select({ personId: careFollowUps.personId, status: careFollowUps.status, sourceId: careFollowUps.sourceId }).from(careFollowUps).all();
    expect(followUps).toHaveLength(2);
    expect(followUps.every((f) => f.status === "open")).toBe(true);
    expect(db.select({ id: careFollowUps.id }).from(careFollowUps).where(isNull(careFollowUps.personId)).all()).toHaveLength(1);
  });
});
