import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { mediationCases, mediationParties, mediationSessions, reservations, rooms } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { assignTeam } from "./assign-team";
import { getCaseDetail } from "./queries";
import { recordFollowUp } from "./record-follow-up";
import { recordSession } from "./record-session";
import { saveAgreement } from "./save-agreement";
import { recordFollowUpSchema, recordSessionSchema, saveAgreementSchema, updateSessionSchema } from "./schemas";
import { codeOf, mediationCast, registerAs } from "./test-helpers";
import { transitionCase } from "./transition-case";
import { updateSession } from "./update-session";

let db: Db;
let cast: Awaited<ReturnType<typeof mediationCast>>;
let roomId: number;
const now = new Date("2026-11-30T02:00:00Z");

beforeAll(async () => {
  db = createTestDb();
  cast = await mediationCast(db, "s");
  roomId = db
    .insert(rooms)
    .values({ code: "studio", name: "心理服务工作室", mode: "exclusive", capacity: 1, openingHours: Array(7).fill([8 * 60, 21 * 60]), createdAt: now })
    .returning({ id: rooms.id })
    .get().id;
});

function caseIn(status: "registered" | "accepted" | "in_mediation") {
  const { id } = registerAs(db, cast.lead, now);
  assignTeam(ctxFor(db, cast.lead, now), id, { mediatorIds: [cast.lead.userId, cast.assistant.userId], counselorId: cast.counselor.userId });
  if (status !== "registered") transitionCase(ctxFor(db, cast.lead, now), id, { to: "accepted" });
  if (status === "in_mediation") transitionCase(ctxFor(db, cast.lead, now), id, { to: "in_mediation" });
  return id;
}
const partiesOf = (id: number) => db.select({ id: mediationParties.id, role: mediationParties.role }).from(mediationParties).where(eq(mediationParties.caseId, id)).all();
const session = (actor: Actor, id: number, body: Record<string, unknown>) =>
  recordSession(ctxFor(db, actor, now), id, recordSessionSchema.parse({ heldAt: "2026-11-30T09:30:00+08:00", participants: "双方当事人、调解员", statements: [], ...body }));

describe("recordSession", () => {
  it("records a meeting with each party's statement, facts and outcome", () => {
    const id = caseIn("in_mediation");
    const [a, r] = partiesOf(id);
    const { id: sid, roomReservationId } = session(cast.lead, id, {
      place: "社区调解室",
      statements: [
        { partyId: a.id, text: "对方每晚放音乐到十二点。" },
        { partyId: r.id, text: "孩子练琴，最晚九点半。" },
      ],
      facts: "双方作息不同。",
      outcome: "约定晚九点后不练琴。",
    });
    expect(roomReservationId).toBeNull();
    const detail = getCaseDetail(ctxFor(db, cast.counselor, now), id);
    expect(detail.sessions).toMatchObject([{ id: sid, place: "社区调解室", room: null, facts: "双方作息不同。", recorder: { id: cast.lead.userId } }]);
    expect(detail.sessions[0].statements).toHaveLength(2);
  });

  it("books a room through the booking engine in the same transaction; a taken room refuses the whole record", () => {
    const id = caseIn("accepted");
    const body = { heldAt: "2026-12-02T14:00:00+08:00", endAt: "2026-12-02T15:30:00+08:00", roomId };
    const first = session(cast.counselor, id, body);
    expect(first.roomReservationId).not.toBeNull();
    const res = db.select().from(reservations).where(eq(reservations.id, first.roomReservationId!)).get()!;
    expect(res).toMatchObject({ roomId, purpose: "mediation", status: "confirmed", sourceType: "mediation", sourceId: id });
    expect(res.title).not.toContain("王大爷");
    expect(db.select().from(mediationSessions).where(eq(mediationSessions.id, first.id)).get()!.place).toBe("心理服务工作室");

    const before = db.select().from(mediationSessions).all().length;
    expect(codeOf(() => session(cast.lead, id, { heldAt: "2026-12-02T15:00:00+08:00", endAt: "2026-12-02T16:00:00+08:00", roomId }))).toBe("conflict");
    expect(db.select().from(mediationSessions).all()).toHaveLength(before);
    // A room needs an end; no room needs a place.
    expect(recordSessionSchema.safeParse({ heldAt: "2026-12-03T09:00:00+08:00", roomId, participants: "x", statements: [] }).success).toBe(false);
    expect(recordSessionSchema.safeParse({ heldAt: "2026-12-03T09:00:00+08:00", participants: "x", statements: [] }).success).toBe(false);
    expect(recordSessionSchema.safeParse({ heldAt: "2026-12-03T09:00:00", place: "x", participants: "x", statements: [] }).success).toBe(false);
    // What the form sends: an emptied end time, untouched statement boxes.
    const fromForm = recordSessionSchema.parse({ heldAt: "2026-12-03T09:00:00+08:00", endAt: "", roomId: undefined, place: "x", participants: "x", statements: [{ partyId: 1, text: "" }], facts: "", outcome: "" });
    expect(fromForm).toMatchObject({ endAt: undefined, statements: [], facts: undefined });
  });

  it("refuses statements of another case's party, meetings before acceptance, and outsiders", () => {
    const id = caseIn("in_mediation");
    const other = caseIn("in_mediation");
    expect(codeOf(() => session(cast.lead, id, { place: "x", statements: [{ partyId: partiesOf(other)[0].id, text: "…" }] }))).toBe("validation");
    expect(codeOf(() => session(cast.lead, caseIn("registered"), { place: "x" }))).toBe("conflict");
    expect(codeOf(() => session(cast.otherMediator, id, { place: "x" }))).toBe("not_found");
    expect(codeOf(() => session(cast.admin, id, { place: "x" }))).toBe("forbidden");
  });

  it("fills in a meeting's record later", () => {
    const id = caseIn("in_mediation");
    const [a] = partiesOf(id);
    const { id: sid } = session(cast.lead, id, { place: "社区调解室" });
    updateSession(ctxFor(db, cast.assistant, now), id, sid, updateSessionSchema.parse({ participants: "王大爷、刘女士", statements: [{ partyId: a.id, text: "同意调解。" }], facts: "事实", outcome: "继续协商" }));
    expect(getCaseDetail(ctxFor(db, cast.lead, now), id).sessions[0]).toMatchObject({ participants: "王大爷、刘女士", outcome: "继续协商", statements: [{ partyId: a.id, text: "同意调解。" }] });
    expect(codeOf(() => updateSession(ctxFor(db, cast.lead, now), caseIn("in_mediation"), sid, updateSessionSchema.parse({ participants: "x", statements: [] })))).toBe("not_found");
  });
});

describe("agreement and follow-ups", () => {
  const agreement = (over: Record<string, unknown> = {}) =>
    saveAgreementSchema.parse({ oral: false, facts: "噪音纠纷，双方各有责任。", content: "一、……", performanceMethod: "当场履行", performanceDeadlineOn: "2026-12-10", signedOn: "2026-11-30", ...over });

  it("numbers the agreement after the case and sets the follow-up due after the performance deadline", () => {
    const id = caseIn("in_mediation");
    expect(saveAgreementSchema.safeParse({ ...agreement(), performanceDeadlineOn: "2026-11-01" }).success).toBe(false);
    const { agreementNo } = saveAgreement(ctxFor(db, cast.lead, now), id, agreement());
    const c = db.select().from(mediationCases).where(eq(mediationCases.id, id)).get()!;
    expect(agreementNo).toBe(c.caseNo.replace("人调字", "人调协字"));
    expect(c.followUpDueOn).toBe("2026-12-25");
    // Corrected before judicial confirmation: same number, new due date.
    expect(saveAgreement(ctxFor(db, cast.lead, now), id, agreement({ performanceDeadlineOn: "2026-12-20" })).agreementNo).toBe(agreementNo);
    expect(db.select().from(mediationCases).where(eq(mediationCases.id, id)).get()!.followUpDueOn).toBe("2027-01-04");
    expect(codeOf(() => saveAgreement(ctxFor(db, cast.counselor, now), id, agreement()))).toBe("forbidden");
    expect(codeOf(() => saveAgreement(ctxFor(db, cast.lead, now), caseIn("accepted"), agreement()))).toBe("conflict");
  });

  it("records follow-ups; a performed agreement needs no further visit, otherwise the next falls due", () => {
    const id = caseIn("in_mediation");
    saveAgreement(ctxFor(db, cast.lead, now), id, agreement());
    const visit = (actor: Actor, body: Record<string, unknown>, at = now) =>
      recordFollowUp(ctxFor(db, actor, at), id, recordFollowUpSchema.parse({ visitedAt: "2026-11-30T09:00:00+08:00", method: "phone", performed: "partly", satisfaction: "basically", ...body }));
    expect(codeOf(() => visit(cast.lead, {}))).toBe("conflict");
    transitionCase(ctxFor(db, cast.lead, now), id, { to: "agreed" });
    expect(visit(cast.counselor, { risks: "申请人仍有怨气", measures: "心理疏导" }).followUpDueOn).toBe("2026-12-15");
    expect(codeOf(() => visit(cast.lead, { visitedAt: "2026-12-30T09:00:00+08:00" }))).toBe("validation");
    expect(codeOf(() => visit(cast.otherMediator, {}))).toBe("not_found");
    expect(visit(cast.lead, { performed: "yes", satisfaction: "satisfied" }).followUpDueOn).toBeNull();
    const detail = getCaseDetail(ctxFor(db, cast.lead, now), id);
    expect(detail.followUps.map((f) => [f.performed, f.by.id])).toEqual([
      ["partly", cast.counselor.userId],
      ["yes", cast.lead.userId],
    ]);
    expect(detail.deadline).toBeNull();
  });
});
