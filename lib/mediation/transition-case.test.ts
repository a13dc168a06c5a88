import { beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { MediationStatus } from "@/db/schema";
import { auditLog, mediationCases, mediationTransitions } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { ctxFor } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { assignTeam } from "./assign-team";
import { extendDeadline } from "./extend-deadline";
import { saveAgreement } from "./save-agreement";
import { saveAgreementSchema, transitionSchema } from "./schemas";
import { codeOf, mediationCast, registerAs } from "./test-helpers";
import { transitionCase } from "./transition-case";

let db: Db;
let cast: Awaited<ReturnType<typeof mediationCast>>;
const now = new Date("2026-11-30T02:00:00Z");
const DAY = 86_400_000;

beforeAll(async () => {
  db = createTestDb();
  cast = await mediationCast(db, "t");
});

const move = (actor: Actor, id: number, to: MediationStatus, reason?: string, at = now) => transitionCase(ctxFor(db, actor, at), id, transitionSchema.parse({ to, reason }));
const caseRow = (id: number) => db.select().from(mediationCases).where(eq(mediationCases.id, id)).get()!;
const transitionsOf = (id: number) => db.select().from(mediationTransitions).where(eq(mediationTransitions.caseId, id)).orderBy(asc(mediationTransitions.id)).all();
const agree = (actor: Actor, id: number, over: Record<string, unknown> = {}, at = now) =>
  saveAgreement(ctxFor(db, actor, at), id, saveAgreementSchema.parse({ oral: false, facts: "双方因噪音发生争执。", content: "晚十点后不再制造噪音。", signedOn: "2026-11-30", ...over }));

function teamCase() {
  const { id } = registerAs(db, cast.lead, now);
  assignTeam(ctxFor(db, cast.lead, now), id, { mediatorIds: [cast.lead.userId, cast.assistant.userId], counselorId: cast.counselor.userId });
  return id;
}

describe("transitionCase", () => {
  it("walks registered → accepted → in_mediation → agreed → judicial_confirmation → closed → archived, recording who, when and why", () => {
    const id = teamCase();
    const steps: [Actor, MediationStatus, number][] = [
      [cast.lead, "accepted", 0],
      [cast.assistant, "in_mediation", 1],
    ];
    for (const [actor, to, day] of steps) expect(move(actor, id, to, undefined, new Date(now.getTime() + day * DAY))).toEqual({ status: to });
    expect(caseRow(id)).toMatchObject({ acceptedAt: now, deadlineOn: "2026-12-30" });
    agree(cast.lead, id, {}, new Date(now.getTime() + 3 * DAY));
    move(cast.lead, id, "agreed", undefined, new Date(now.getTime() + 3 * DAY));
    move(cast.admin, id, "judicial_confirmation", "双方共同申请", new Date(now.getTime() + 10 * DAY));
    move(cast.lead, id, "closed", undefined, new Date(now.getTime() + 20 * DAY));
    move(cast.admin, id, "archived", undefined, new Date(now.getTime() + 21 * DAY));
    const row = caseRow(id);
    expect(row).toMatchObject({ status: "archived", agreedAt: new Date(now.getTime() + 3 * DAY), closedAt: new Date(now.getTime() + 20 * DAY), archivedAt: new Date(now.getTime() + 21 * DAY), followUpDueOn: null });
    expect(transitionsOf(id).map((t) => [t.fromStatus, t.toStatus, t.byId, t.reason])).toEqual([
      [null, "registered", cast.lead.userId, null],
      ["registered", "accepted", cast.lead.userId, null],
      ["accepted", "in_mediation", cast.assistant.userId, null],
      ["in_mediation", "agreed", cast.lead.userId, null],
      ["agreed", "judicial_confirmation", cast.admin.userId, "双方共同申请"],
      ["judicial_confirmation", "closed", cast.lead.userId, null],
      ["closed", "archived", cast.admin.userId, null],
    ]);
    expect(db.select().from(auditLog).where(and(eq(auditLog.action, "mediation.case.transition"), eq(auditLog.entityId, String(id)))).all()).toHaveLength(6);
  });

  it("refuses an illegal step with 409 and changes nothing", () => {
    const id = teamCase();
    const before = { row: caseRow(id), transitions: transitionsOf(id).length };
    for (const to of ["agreed", "closed", "archived", "in_mediation", "registered", "judicial_confirmation"] as const) {
      let err: unknown;
      try {
        move(cast.lead, id, to);
      } catch (e) {
        err = e;
      }
      expect(err, to).toBeInstanceOf(AppError);
      expect((err as AppError).status).toBe(409);
      expect((err as AppError).userMessage).toContain("已登记");
    }
    expect(caseRow(id)).toEqual(before.row);
    expect(transitionsOf(id)).toHaveLength(before.transitions);
  });

  it("needs a reason to reject or to record a failed mediation", () => {
    const id = teamCase();
    expect(codeOf(() => move(cast.lead, id, "rejected"))).toBe("validation");
    expect(caseRow(id).status).toBe("registered");
    move(cast.lead, id, "rejected", "不属于人民调解受理范围");
    expect(transitionsOf(id).at(-1)).toMatchObject({ toStatus: "rejected", reason: "不属于人民调解受理范围" });
    expect(codeOf(() => move(cast.lead, id, "accepted"))).toBe("conflict");
    move(cast.lead, id, "archived");

    const other = teamCase();
    move(cast.lead, other, "accepted");
    move(cast.lead, other, "in_mediation");
    expect(codeOf(() => move(cast.lead, other, "failed"))).toBe("validation");
    move(cast.lead, other, "failed", "被申请人拒绝继续调解");
    move(cast.lead, other, "closed");
    expect(caseRow(other).closedAt).toEqual(now);
  });

  it("accepts only with a lead mediator, and marks agreed only with an agreement on file", () => {
    const { id } = registerAs(db, cast.admin, now);
    expect(codeOf(() => move(cast.admin, id, "accepted"))).toBe("conflict");
    assignTeam(ctxFor(db, cast.admin, now), id, { mediatorIds: [cast.lead.userId] });
    move(cast.admin, id, "accepted");
    move(cast.lead, id, "in_mediation");
    expect(codeOf(() => move(cast.lead, id, "agreed"))).toBe("conflict");
    agree(cast.lead, id);
    expect(move(cast.lead, id, "agreed").status).toBe("agreed");
  });

  it("allows judicial confirmation only for a written agreement, within 30 days of signing", () => {
    const late = teamCase();
    move(cast.lead, late, "accepted");
    move(cast.lead, late, "in_mediation");
    agree(cast.lead, late, { signedOn: "2026-11-30" });
    move(cast.lead, late, "agreed");
    expect(codeOf(() => move(cast.lead, late, "judicial_confirmation", undefined, new Date("2026-12-30T15:59:00Z")))).toBe("ok");

    const tooLate = teamCase();
    move(cast.lead, tooLate, "accepted");
    move(cast.lead, tooLate, "in_mediation");
    agree(cast.lead, tooLate, { signedOn: "2026-11-30" });
    move(cast.lead, tooLate, "agreed");
    // 31 Dec 00:30 in Beijing: the 30 days ended with 30 Dec.
    expect(codeOf(() => move(cast.lead, tooLate, "judicial_confirmation", undefined, new Date("2026-12-30T16:30:00Z")))).toBe("conflict");

    const oral = teamCase();
    move(cast.lead, oral, "accepted");
    move(cast.lead, oral, "in_mediation");
    agree(cast.lead, oral, { oral: true });
    move(cast.lead, oral, "agreed");
    expect(codeOf(() => move(cast.lead, oral, "judicial_confirmation"))).toBe("conflict");
    expect(move(cast.lead, oral, "closed").status).toBe("closed");
  });

  it("is for the case's mediators and admins: the counsellor gets 403, outsiders 404", () => {
    const id = teamCase();
    expect(codeOf(() => move(cast.counselor, id, "accepted"))).toBe("forbidden");
    expect(codeOf(() => move(cast.otherMediator, id, "accepted"))).toBe("not_found");
    expect(codeOf(() => move(cast.otherCounselor, id, "accepted"))).toBe("not_found");
    expect(codeOf(() => move(cast.teacher, id, "accepted"))).toBe("not_found");
    expect(caseRow(id).status).toBe("registered");
  });
});

describe("extendDeadline", () => {
  const extend = (actor: Actor, id: number, deadlineOn: string, reason = "案情复杂，需补充调查") => extendDeadline(ctxFor(db, actor, now), id, { deadlineOn, reason });

  it("extends an accepted case to a later date with a reason", () => {
    const id = teamCase();
    expect(codeOf(() => extend(cast.lead, id, "2027-01-15"))).toBe("conflict");
    move(cast.lead, id, "accepted");
    expect(codeOf(() => extend(cast.lead, id, "2026-12-30"))).toBe("validation");
    expect(codeOf(() => extend(cast.lead, id, "2027-06-30"))).toBe("validation");
    expect(codeOf(() => extend(cast.counselor, id, "2027-01-15"))).toBe("forbidden");
    expect(extend(cast.lead, id, "2027-01-15")).toEqual({ deadlineOn: "2027-01-15" });
    expect(caseRow(id)).toMatchObject({ deadlineOn: "2026-12-30", extendedDeadlineOn: "2027-01-15", extensionReason: "案情复杂，需补充调查", extendedBy: cast.lead.userId });
  });
});
