import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog, mediationCases, mediationParties, userRoles } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { addSupportNote } from "./add-support-note";
import { assignTeam } from "./assign-team";
import { casesNeedingAttention, getCaseDetail, listCases, searchResidentsForParties } from "./queries";
import { listCasesSchema } from "./schemas";
import { codeOf, mediationCast, registerAs } from "./test-helpers";
import { transitionCase } from "./transition-case";

let db: Db;
let cast: Awaited<ReturnType<typeof mediationCast>>;
const now = new Date("2026-11-30T02:00:00Z");
const DAY = 86_400_000;
let mine: number;
let others: number;

beforeAll(async () => {
  db = createTestDb();
  cast = await mediationCast(db, "q");
  mine = registerAs(db, cast.lead, now, { summary: "邻里噪音 100% 扰民_夜间", parties: [{ role: "applicant", name: "王建军" }, { role: "respondent", name: "刘芳" }] }).id;
  assignTeam(ctxFor(db, cast.lead, now), mine, { mediatorIds: [cast.lead.userId, cast.assistant.userId], counselorId: cast.counselor.userId });
  others = registerAs(db, cast.otherMediator, now, { disputeType: "labour", riskColor: "red", riskReason: "扬言讨薪", summary: "拖欠工资" }).id;
});

const list = (actor: Actor, q: Record<string, unknown> = {}, at = now) => listCases(ctxFor(db, actor, at), listCasesSchema.parse(q));
const ids = (actor: Actor, q: Record<string, unknown> = {}, at = now) => list(actor, q, at).items.map((c) => c.id);

describe("visibility", () => {
  it("shows a case to its lead, assistant and counsellor and to admins; to others it does not exist", () => {
    for (const who of [cast.lead, cast.assistant, cast.counselor, cast.admin]) expect(getCaseDetail(ctxFor(db, who, now), mine).id).toBe(mine);
    for (const who of [cast.otherMediator, cast.otherCounselor]) expect(codeOf(() => getCaseDetail(ctxFor(db, who, now), mine))).toBe("not_found");
    expect(codeOf(() => getCaseDetail(ctxFor(db, cast.teacher, now), mine))).toBe("not_found");
    expect(codeOf(() => getCaseDetail(ctxFor(db, cast.lead, now), 999999))).toBe("not_found");
  });

  it("filters lists the same way, and refuses the list to roles without cases", () => {
    expect(ids(cast.lead)).toEqual([mine]);
    expect(ids(cast.counselor)).toEqual([mine]);
    expect(ids(cast.otherCounselor)).toEqual([]);
    expect(ids(cast.otherMediator)).toEqual([others]);
    expect(ids(cast.admin).sort()).toEqual([mine, others].sort());
    expect(codeOf(() => list(cast.teacher))).toBe("forbidden");
    expect(codeOf(() => list(cast.resident))).toBe("forbidden");
  });

  it("ends access when the account loses the role it was assigned for", async () => {
    const dual = await makeUser(db, "qdual", ["mediator", "counselor"]);
    const id = registerAs(db, dual, now).id;
    db.delete(userRoles).where(and(eq(userRoles.userId, dual.userId), eq(userRoles.role, "mediator"))).run();
    const demoted = { ...dual, roles: ["counselor" as const] };
    expect(codeOf(() => getCaseDetail(ctxFor(db, demoted, now), id))).toBe("not_found");
    expect(ids(demoted)).toEqual([]);
  });

  it("audits every read of a case, and refused looks as denied", () => {
    getCaseDetail(ctxFor(db, cast.assistant, now), mine, "print:agreement");
    codeOf(() => getCaseDetail(ctxFor(db, cast.otherMediator, now), mine));
    const rows = db.select().from(auditLog).where(and(eq(auditLog.action, "mediation.case.read"), eq(auditLog.entityId, String(mine)))).all();
    expect(rows.some((r) => r.actorId === cast.assistant.userId && r.outcome === "success" && r.details?.includes("print:agreement"))).toBe(true);
    expect(rows.some((r) => r.actorId === cast.otherMediator.userId && r.outcome === "denied")).toBe(true);
  });

  it("gives support notes to the team only, not to an admin outside it", () => {
    addSupportNote(ctxFor(db, cast.counselor, now), mine, { text: "申请人情绪激动，已做放松训练。" });
    expect(codeOf(() => addSupportNote(ctxFor(db, cast.lead, now), mine, { text: "x" }))).toBe("forbidden");
    expect(codeOf(() => addSupportNote(ctxFor(db, cast.admin, now), mine, { text: "x" }))).toBe("forbidden");
    expect(codeOf(() => addSupportNote(ctxFor(db, cast.otherCounselor, now), mine, { text: "x" }))).toBe("not_found");
    expect(getCaseDetail(ctxFor(db, cast.lead, now), mine).supportNotes?.map((n) => n.text)).toEqual(["申请人情绪激动，已做放松训练。"]);
    const adminView = getCaseDetail(ctxFor(db, cast.admin, now), mine);
    expect(adminView.supportNotes).toBeNull();
    expect(JSON.stringify(adminView)).not.toContain("放松训练");
  });

  it("tells the page which actions the actor has", () => {
    expect(getCaseDetail(ctxFor(db, cast.lead, now), mine).can).toEqual({ manage: true, assign: true, work: true, writeNotes: false, transitions: ["accepted", "rejected"] });
    expect(getCaseDetail(ctxFor(db, cast.counselor, now), mine).can).toEqual({ manage: false, assign: false, work: true, writeNotes: true, transitions: [] });
    expect(getCaseDetail(ctxFor(db, cast.admin, now), mine).can).toMatchObject({ manage: true, assign: true, work: false, writeNotes: false });
  });
});

describe("listCases", () => {
  it("searches case number, party name and summary as literal text", () => {
    const caseNo = db.select().from(mediationCases).where(eq(mediationCases.id, mine)).get()!.caseNo;
    expect(ids(cast.admin, { q: caseNo.slice(-6) })).toEqual([mine]);
    expect(ids(cast.admin, { q: "建军" })).toEqual([mine]);
    expect(ids(cast.admin, { q: "工资" })).toEqual([others]);
    expect(ids(cast.admin, { q: "100%" })).toEqual([mine]);
    expect(ids(cast.admin, { q: "%" })).toEqual([mine]);
    expect(ids(cast.admin, { q: "_" })).toEqual([mine]);
    expect(ids(cast.admin, { q: "' OR 1=1--" })).toEqual([]);
  });

  it("keeps its search text in step with every later change of a party or a summary, and never matches across two fields", () => {
    db.update(mediationParties).set({ name: "王建国" }).where(and(eq(mediationParties.caseId, mine), eq(mediationParties.name, "王建军"))).run();
    expect(ids(cast.admin, { q: "建军" })).toEqual([]);
    expect(ids(cast.admin, { q: "建国" })).toEqual([mine]);
    db.insert(mediationParties).values({ caseId: others, role: "respondent", sortOrder: 5, name: "钱多多" }).run();
    expect(ids(cast.admin, { q: "钱多多" })).toEqual([others]);
    db.delete(mediationParties).where(eq(mediationParties.name, "钱多多")).run();
    expect(ids(cast.admin, { q: "钱多多" })).toEqual([]);
    db.update(mediationCases).set({ summary: "拖欠工资三个月" }).where(eq(mediationCases.id, others)).run();
    expect(ids(cast.admin, { q: "三个月" })).toEqual([others]);
    // The summary ends "夜间" and the first party is "王建国": nothing spans the two.
    expect(ids(cast.admin, { q: "间王" })).toEqual([]);
    db.update(mediationParties).set({ name: "王建军" }).where(and(eq(mediationParties.caseId, mine), eq(mediationParties.name, "王建国"))).run();
  });

  it("pages a search with the cursor, in the list's order", () => {
    const made = [1, 2, 3].map((i) => registerAs(db, cast.lead, new Date(now.getTime() + i * 60_000), { parties: [{ role: "applicant", name: "欧阳分页" }, { role: "respondent", name: "司马对方" }] }).id);
    const whole = ids(cast.admin, { q: "欧阳分页" });
    expect(whole).toEqual([...made].reverse());
    const paged: number[] = [];
    let cursor: string | null | undefined;
    do {
      const page = list(cast.admin, { q: "欧阳分页", limit: "1", ...(cursor ? { cursor } : {}) });
      paged.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole);
  });

  it("filters by status, type, colour and mediator, and pages with a cursor", () => {
    expect(ids(cast.admin, { disputeType: "labour" })).toEqual([others]);
    expect(ids(cast.admin, { riskColor: "red" })).toEqual([others]);
    const registered = list(cast.admin, { status: "registered", disputeType: "", riskColor: "" }).items;
    expect(registered.map((c) => c.id)).toEqual(expect.arrayContaining([mine, others]));
    expect(registered.every((c) => c.status === "registered")).toBe(true);
    expect(ids(cast.admin, { mediatorId: String(cast.assistant.userId) })).toEqual([mine]);
    const all = ids(cast.admin);
    const paged: number[] = [];
    let cursor: string | null | undefined;
    do {
      const page = list(cast.admin, { limit: "1", ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(1);
      paged.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
    expect(codeOf(() => list(cast.admin, { cursor: "nonsense" }))).toBe("validation");
  });

  it("finds cases near and past their deadline", () => {
    const near = registerAs(db, cast.lead, now).id;
    const late = registerAs(db, cast.lead, now).id;
    const accepted = new Date(now.getTime() - 27 * DAY);
    const acceptedLong = new Date(now.getTime() - 40 * DAY);
    transitionCase(ctxFor(db, cast.lead, accepted), near, { to: "accepted" });
    transitionCase(ctxFor(db, cast.lead, acceptedLong), late, { to: "accepted" });
    expect(ids(cast.lead, { deadline: "near" })).toEqual([near]);
    expect(ids(cast.lead, { deadline: "overdue" })).toEqual([late]);
    expect(ids(cast.lead, { deadline: "due" }).sort()).toEqual([near, late].sort());
    const widget = casesNeedingAttention(ctxFor(db, cast.lead, now));
    expect(widget.total).toBe(2);
    expect(widget.items.map((c) => [c.id, c.deadline?.state])).toEqual([
      [late, "overdue"],
      [near, "near"],
    ]);
    expect(casesNeedingAttention(ctxFor(db, cast.otherMediator, now)).items).toEqual([]);
    expect(casesNeedingAttention(ctxFor(db, cast.teacher, now)).total).toBe(0);
  });

  it("lists party names and team for each case", () => {
    const item = list(cast.lead).items.find((c) => c.id === mine)!;
    expect(item).toMatchObject({ applicants: ["王建军"], respondents: ["刘芳"], leadMediator: { id: cast.lead.userId }, counselor: { id: cast.counselor.userId } });
  });
});

describe("searchResidentsForParties", () => {
  it("is for mediators and admins", () => {
    expect(searchResidentsForParties(ctxFor(db, cast.lead, now), "q")).toBeInstanceOf(Array);
    expect(codeOf(() => searchResidentsForParties(ctxFor(db, cast.counselor, now), "q"))).toBe("forbidden");
  });
});
