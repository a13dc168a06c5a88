import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { assessmentAlerts, assessments, auditLog } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { AppError } from "../errors";
import { t } from "../i18n/messages";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { handleAlert } from "./handle-alert";
import { listAlerts, myAssessments, openAlertCount } from "./queries";
import { scoreAssessment, SCALES } from "./scales";
import { assessmentFormSchema, submitAssessmentSchema } from "./schemas";
import { submitAssessment } from "./submit-assessment";

/** Answers that sum to `total`, filling items from the first (item 9 stays 0 where it can). */
const answersFor = (n: number, total: number) => {
  const a = Array<number>(n).fill(0);
  for (let i = 0; total > 0; i = (i + 1) % (n === 9 ? 8 : n)) {
    if (a[i] < 3) {
      a[i]++;
      total--;
    }
  }
  return a;
};

describe("scoreAssessment", () => {
  it("PHQ-9 band edges: 0–4 无/极轻, 5–9 轻度, 10–14 中度, 15–19 中重度, 20–27 重度", () => {
    const cases: [number, string][] = [[0, "无/极轻"], [4, "无/极轻"], [5, "轻度"], [9, "轻度"], [10, "中度"], [14, "中度"], [15, "中重度"], [19, "中重度"], [20, "重度"], [24, "重度"]];
    for (const [total, band] of cases) {
      const r = scoreAssessment("PHQ-9", answersFor(9, total));
      expect(r.score, String(total)).toBe(total);
      expect(r.band, String(total)).toBe(band);
    }
    expect(scoreAssessment("PHQ-9", Array(9).fill(3))).toMatchObject({ score: 27, band: "重度", alert: true });
  });

  it("GAD-7 band edges: 0–4 无/极轻, 5–9 轻度, 10–14 中度, 15–21 重度", () => {
    const cases: [number, string][] = [[0, "无/极轻"], [4, "无/极轻"], [5, "轻度"], [9, "轻度"], [10, "中度"], [14, "中度"], [15, "重度"], [21, "重度"]];
    for (const [total, band] of cases) expect(scoreAssessment("GAD-7", answersFor(7, total)).band, String(total)).toBe(band);
  });

  it("alerts on PHQ-9 item 9 above 0 whatever the total, and on the severe band of either scale only", () => {
    expect(scoreAssessment("PHQ-9", [0, 0, 0, 0, 0, 0, 0, 0, 1])).toEqual({ score: 1, band: "无/极轻", alert: true, reasons: ["item9"] });
    const twenty = answersFor(9, 20);
    expect(twenty[8]).toBe(0);
    expect(scoreAssessment("PHQ-9", twenty)).toMatchObject({ score: 20, band: "重度", alert: true, reasons: ["severe"] });
    expect(scoreAssessment("PHQ-9", answersFor(9, 19))).toMatchObject({ band: "中重度", alert: false, reasons: [] });
    expect(scoreAssessment("GAD-7", answersFor(7, 15))).toMatchObject({ alert: true, reasons: ["severe"] });
    expect(scoreAssessment("GAD-7", answersFor(7, 14)).alert).toBe(false);
    // GAD-7 has no item 9: a 1 on its last item is just a 1.
    expect(scoreAssessment("GAD-7", [0, 0, 0, 0, 0, 0, 1]).alert).toBe(false);
  });

  it("has the standard items in Chinese, 9 and 7 of them, with four answers each", () => {
    expect(SCALES["PHQ-9"].items.map((k) => t(k))).toHaveLength(9);
    expect(t(SCALES["PHQ-9"].items[0])).toBe("做事时提不起劲或没有兴趣");
    expect(t(SCALES["PHQ-9"].items[8])).toBe("有不如死掉或用某种方式伤害自己的念头");
    expect(t(SCALES["GAD-7"].items[0])).toBe("感觉紧张、焦虑或急切");
    expect(t(SCALES["GAD-7"].items[6])).toBe("感到似乎将有可怕的事情发生而害怕");
    expect(SCALES["PHQ-9"].options.map((k) => t(k))).toEqual(["完全不会", "好几天", "一半以上的天数", "几乎每天"]);
  });
});

describe("assessment schemas", () => {
  it("needs exactly one 0–3 answer per item and refuses unknown fields", () => {
    expect(submitAssessmentSchema.safeParse({ scale: "PHQ-9", answers: Array(9).fill(0) }).success).toBe(true);
    expect(submitAssessmentSchema.safeParse({ scale: "PHQ-9", answers: Array(7).fill(0) }).success).toBe(false);
    expect(submitAssessmentSchema.safeParse({ scale: "GAD-7", answers: Array(9).fill(0) }).success).toBe(false);
    expect(submitAssessmentSchema.safeParse({ scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 4] }).success).toBe(false);
    expect(submitAssessmentSchema.safeParse({ scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 1.5] }).success).toBe(false);
    expect(submitAssessmentSchema.safeParse({ scale: "BDI", answers: Array(7).fill(0) }).success).toBe(false);
    expect(submitAssessmentSchema.safeParse({ scale: "GAD-7", answers: Array(7).fill(0), residentId: 1 }).success).toBe(false);
    expect(assessmentFormSchema.safeParse({ scale: "GAD-7", answers: ["0", "1", "2", "3", "0", "1", null] }).success).toBe(false);
    expect(assessmentFormSchema.parse({ scale: "GAD-7", answers: ["0", "1", "2", "3", "0", "1", "2"] })).toEqual({ scale: "GAD-7", answers: [0, 1, 2, 3, 0, 1, 2] });
  });
});

describe("submitAssessment and the triage queue", () => {
  let db: Db;
  let resident: Actor;
  let counselor: Actor;
  let teacher: Actor;
  const now = new Date("2026-11-30T02:00:00Z");
  beforeAll(async () => {
    db = createTestDb();
    resident = await makeUser(db, "r1", ["resident"], { name: "张秀英" });
    counselor = await makeUser(db, "c1", ["counselor"]);
    teacher = await makeUser(db, "t1", ["teacher"]);
  });

  it("stores a signed-in resident's result with their id, and a kiosk result with no identity at all", () => {
    const mine = submitAssessment({ db, now, ip: "10.0.0.5", actor: resident }, { scale: "GAD-7", answers: [1, 1, 1, 1, 1, 0, 0] });
    expect(mine).toMatchObject({ score: 5, band: "轻度", alert: false });
    expect(db.select().from(assessments).where(eq(assessments.id, mine.id)).get()!.residentId).toBe(resident.residentId);
    const kiosk = submitAssessment({ db, now, ip: "10.0.0.6", actor: resident }, { scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 0] }, { kiosk: true });
    const anon = submitAssessment({ db, now, ip: "10.0.0.7", actor: null }, { scale: "PHQ-9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] });
    for (const id of [kiosk.id, anon.id]) {
      expect(db.select().from(assessments).where(eq(assessments.id, id)).get()!.residentId).toBeNull();
      const audit = db.select().from(auditLog).where(eq(auditLog.entityId, String(id))).all().find((a) => a.action === "assessment.submit")!;
      expect(audit).toMatchObject({ actorId: null, actorUsername: null, ip: null });
    }
    // Staff are never attached either.
    const staff = submitAssessment({ db, now, actor: counselor }, { scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 0] });
    expect(db.select().from(assessments).where(eq(assessments.id, staff.id)).get()!.residentId).toBeNull();
    expect(myAssessments(ctxFor(db, resident, now)).map((a) => a.id)).toEqual([mine.id]);
  });

  it("puts an alert in the counsellors' queue, which only counsellors and the admin read (audited), and handles it once", () => {
    const before = openAlertCount(ctxFor(db, counselor, now));
    const r = submitAssessment({ db, now, actor: resident }, { scale: "PHQ-9", answers: [3, 3, 3, 3, 2, 2, 2, 2, 0] });
    expect(r).toMatchObject({ score: 20, band: "重度", alert: true });
    expect(openAlertCount(ctxFor(db, counselor, now))).toBe(before + 1);
    expect(openAlertCount(ctxFor(db, teacher, now))).toBe(0);
    const alert = db.select().from(assessmentAlerts).where(eq(assessmentAlerts.assessmentId, r.id)).get()!;
    expect(alert).toMatchObject({ status: "open", reasons: ["severe"] });
    const queue = listAlerts(ctxFor(db, counselor, now));
    expect(queue.find((a) => a.id === alert.id)).toMatchObject({ score: 20, resident: { name: "张秀英" } });
    expect(queue.some((a) => a.resident === null && a.reasons.includes("item9"))).toBe(true);
    expect(() => listAlerts(ctxFor(db, teacher, now))).toThrow(AppError);
    expect(() => listAlerts(ctxFor(db, resident, now))).toThrow(AppError);
    expect(() => handleAlert(ctxFor(db, teacher, now), alert.id, {})).toThrow(AppError);
    expect(handleAlert(ctxFor(db, counselor, now), alert.id, { note: "已电话联系，已预约咨询" })).toEqual({ id: alert.id, status: "handled" });
    expect(() => handleAlert(ctxFor(db, counselor, now), alert.id, {})).toThrow(/已经有人跟进/);
    expect(listAlerts(ctxFor(db, counselor, now), { status: "handled" })[0]).toMatchObject({ id: alert.id, handledByName: "c1" });
    expect(db.select().from(auditLog).where(eq(auditLog.action, "assessment_alert.list_read")).all().length).toBeGreaterThanOrEqual(2);
  });
});
