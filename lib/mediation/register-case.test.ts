import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, mediationCases, mediationParties, mediationTeam, mediationTransitions, residents } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { fieldErrorsOf } from "../zod";
import { assignTeam } from "./assign-team";
import { registerCase } from "./register-case";
import { assignTeamSchema, registerCaseSchema } from "./schemas";
import { caseInput, codeOf, mediationCast, registerAs } from "./test-helpers";

let db: Db;
let cast: Awaited<ReturnType<typeof mediationCast>>;
const now = new Date("2026-11-30T02:00:00Z");

beforeAll(async () => {
  db = createTestDb();
  cast = await mediationCast(db, "r");
});

const base = {
  source: "application",
  disputeType: "property_mgmt",
  summary: "物业费争议",
  riskColor: "green",
  parties: [
    { role: "applicant", name: "甲" },
    { role: "respondent", name: "乙" },
  ],
};

describe("registerCaseSchema", () => {
  it("rejects unknown fields so status, createdBy or caseNo cannot be smuggled in", () => {
    for (const extra of [{ status: "closed" }, { caseNo: "(2026)安康人调字第0001号" }, { createdBy: 1 }]) {
      const r = registerCaseSchema.safeParse({ ...base, ...extra });
      expect(r.success).toBe(false);
      expect(Object.keys(fieldErrorsOf(r.error!))).toEqual(Object.keys(extra));
    }
    const party = registerCaseSchema.safeParse({ ...base, parties: [{ role: "applicant", name: "甲", isAdmin: true }, base.parties[1]] });
    expect(Object.keys(fieldErrorsOf(party.error!))).toEqual(["parties.0.isAdmin"]);
  });

  it("needs an applicant and a respondent, a name for unlinked parties, and a reason for red or yellow", () => {
    const oneSide = registerCaseSchema.safeParse({ ...base, parties: [{ role: "applicant", name: "甲" }, { role: "applicant", name: "丙" }] });
    expect(fieldErrorsOf(oneSide.error!)).toHaveProperty("parties");
    const noName = registerCaseSchema.safeParse({ ...base, parties: [{ role: "applicant", name: "" }, base.parties[1]] });
    expect(fieldErrorsOf(noName.error!)).toHaveProperty(["parties.0.name"]);
    const red = registerCaseSchema.safeParse({ ...base, riskColor: "red" });
    expect(fieldErrorsOf(red.error!)).toHaveProperty("riskReason");
    expect(registerCaseSchema.safeParse({ ...base, riskColor: "red", riskReason: "扬言报复" }).success).toBe(true);
    expect(registerCaseSchema.safeParse({ ...base, parties: [{ role: "applicant", name: "甲", phone: "12345" }, base.parties[1]] }).success).toBe(false);
  });

  it("treats empty form fields as absent", () => {
    const v = registerCaseSchema.parse({ ...base, requestedItems: "", parties: [{ role: "applicant", name: "甲", gender: "", phone: "", address: " " }, base.parties[1]] });
    expect(v.requestedItems).toBeUndefined();
    expect(v.parties[0]).toEqual({ role: "applicant", name: "甲" });
  });
});

describe("registerCase", () => {
  it("numbers the case, makes the registering mediator its lead and records the first transition", () => {
    const r = registerAs(db, cast.lead, now);
    expect(r).toMatchObject({ status: "registered" });
    expect(r.caseNo).toMatch(/^\(2026\)安康人调字第\d{4}号$/);
    const row = db.select().from(mediationCases).where(eq(mediationCases.id, r.id)).get()!;
    expect(row).toMatchObject({ leadMediatorId: cast.lead.userId, createdBy: cast.lead.userId, riskColor: "yellow", riskReason: "双方曾发生推搡", status: "registered" });
    expect(db.select().from(mediationTeam).where(eq(mediationTeam.caseId, r.id)).all()).toMatchObject([{ userId: cast.lead.userId, role: "lead" }]);
    expect(db.select().from(mediationParties).where(eq(mediationParties.caseId, r.id)).all().map((p) => [p.role, p.name, p.age])).toEqual([
      ["applicant", "王大爷", 68],
      ["respondent", "刘女士", 35],
    ]);
    expect(db.select().from(mediationTransitions).where(eq(mediationTransitions.caseId, r.id)).all()).toMatchObject([{ fromStatus: null, toStatus: "registered", byId: cast.lead.userId }]);
    const audit = db.select().from(auditLog).where(and(eq(auditLog.action, "mediation.case.register"), eq(auditLog.entityId, String(r.id)))).get()!;
    expect(audit.details).not.toContain("噪音");
    expect(audit.details).not.toContain("王大爷");
  });

  it("takes a linked party's details from the register unless given", () => {
    const { id: residentId } = db
      .insert(residents)
      .values({ name: "陈秀兰", gender: "female", birthYear: 1960, phone: "13900000009", address: "建设路社区 3 号楼", createdAt: now })
      .returning({ id: residents.id })
      .get();
    const r = registerAs(db, cast.lead, now, { parties: [{ role: "applicant", residentId, occupation: "退休" }, { role: "respondent", name: "乙" }] });
    const p = db.select().from(mediationParties).where(and(eq(mediationParties.caseId, r.id), eq(mediationParties.role, "applicant"))).get()!;
    expect(p).toMatchObject({ residentId, name: "陈秀兰", gender: "female", age: 66, phone: "13900000009", address: "建设路社区 3 号楼", occupation: "退休" });
    expect(codeOf(() => registerAs(db, cast.lead, now, { parties: [{ role: "applicant", residentId: 987654 }, { role: "respondent", name: "乙" }] }))).toBe("validation");
  });

  it("lets an admin register without becoming the lead; others may not register", () => {
    const r = registerAs(db, cast.admin, now);
    expect(db.select().from(mediationCases).where(eq(mediationCases.id, r.id)).get()!.leadMediatorId).toBeNull();
    expect(db.select().from(mediationTeam).where(eq(mediationTeam.caseId, r.id)).all()).toEqual([]);
    for (const who of [cast.counselor, cast.teacher, cast.resident]) expect(codeOf(() => registerAs(db, who, now))).toBe("forbidden");
  });

  it("returns the same case for a repeated submit with the same request key", () => {
    const input = caseInput({ requestKey: "key-123456789" });
    const a = registerCase(ctxFor(db, cast.lead, now), input);
    const b = registerCase(ctxFor(db, cast.lead, now), input);
    expect(b).toEqual(a);
    // Another user's key is theirs alone.
    expect(registerCase(ctxFor(db, cast.assistant, now), input).id).not.toBe(a.id);
  });
});

describe("assignTeam", () => {
  const assign = (actor: typeof cast.admin, id: number, body: unknown) => assignTeam(ctxFor(db, actor, now), id, assignTeamSchema.parse(body));

  it("sets lead, assistants and counsellor; the counsellor must hold the counsellor role", () => {
    const { id } = registerAs(db, cast.admin, now);
    expect(codeOf(() => assign(cast.admin, id, { mediatorIds: [cast.lead.userId], counselorId: cast.teacher.userId }))).toBe("validation");
    expect(codeOf(() => assign(cast.admin, id, { mediatorIds: [cast.counselor.userId] }))).toBe("validation");
    expect(assign(cast.admin, id, { mediatorIds: [cast.lead.userId, cast.assistant.userId], counselorId: cast.counselor.userId })).toEqual({
      leadMediatorId: cast.lead.userId,
      assistantIds: [cast.assistant.userId],
      counselorId: cast.counselor.userId,
    });
    const team = db.select({ userId: mediationTeam.userId, role: mediationTeam.role }).from(mediationTeam).where(eq(mediationTeam.caseId, id)).all();
    expect(team).toEqual(
      expect.arrayContaining([
        { userId: cast.lead.userId, role: "lead" },
        { userId: cast.assistant.userId, role: "assistant" },
        { userId: cast.counselor.userId, role: "counselor" },
      ]),
    );
    expect(db.select().from(mediationCases).where(eq(mediationCases.id, id)).get()!.leadMediatorId).toBe(cast.lead.userId);
  });

  it("keeps the counsellor when counselorId is left out and removes them with null", () => {
    const { id } = registerAs(db, cast.lead, now);
    assign(cast.lead, id, { mediatorIds: [cast.lead.userId], counselorId: cast.counselor.userId });
    assign(cast.lead, id, { mediatorIds: [cast.lead.userId, cast.assistant.userId] });
    expect(db.select().from(mediationTeam).where(and(eq(mediationTeam.caseId, id), eq(mediationTeam.role, "counselor"))).get()?.userId).toBe(cast.counselor.userId);
    assign(cast.lead, id, { mediatorIds: [cast.lead.userId], counselorId: null });
    expect(db.select().from(mediationTeam).where(eq(mediationTeam.caseId, id)).all().map((m) => m.role)).toEqual(["lead"]);
  });

  it("is the lead's or an admin's: an assistant gets 403, an outsider 404", () => {
    const { id } = registerAs(db, cast.lead, now);
    assign(cast.lead, id, { mediatorIds: [cast.lead.userId, cast.assistant.userId], counselorId: cast.counselor.userId });
    expect(codeOf(() => assign(cast.assistant, id, { mediatorIds: [cast.assistant.userId] }))).toBe("forbidden");
    expect(codeOf(() => assign(cast.counselor, id, { mediatorIds: [cast.assistant.userId] }))).toBe("forbidden");
    expect(codeOf(() => assign(cast.otherMediator, id, { mediatorIds: [cast.otherMediator.userId] }))).toBe("not_found");
    expect(db.select().from(mediationCases).where(eq(mediationCases.id, id)).get()!.leadMediatorId).toBe(cast.lead.userId);
  });
});
