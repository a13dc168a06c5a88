import { and, asc, count, eq, inArray, isNotNull, notInArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { windowsOn, type ExceptionLike, type RuleLike } from "@/lib/counselors/availability";
import { AppError } from "@/lib/errors";
import { cancelInTransaction, reserveInTransaction } from "@/lib/rooms/engine";
import { addLocalDays, localClock, startOfLocalDay, toLocalDate } from "@/lib/time";
import type { Db } from "./client";
import {
  appointmentAlerts,
  appointmentEvents,
  appointments,
  availabilityExceptions,
  availabilityRules,
  residents,
  rooms,
  services,
  sessionRecords,
  staffProfiles,
  userRoles,
  users,
  type AppointmentStatus,
  type AppointmentUrgency,
  type RiskLevel,
} from "./schema";
import { prng } from "./seed";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const BUFFER = 10 * MINUTE;

type RoomCode = "self-service" | "studio" | "exercise" | "vr" | "emotion" | "music" | "sandplay" | "sleep";

/** The catalogue: name, minutes, rooms in order of preference, the specialty it needs, and how often it is booked. */
const SERVICES: { name: string; description: string; minutes: number; rooms: RoomCode[]; specialty: string | null; weight: number }[] = [
  { name: "个体心理咨询", description: "一对一心理咨询，帮助梳理情绪困扰、人际关系、压力等问题。", minutes: 50, rooms: ["studio", "sandplay"], specialty: null, weight: 50 },
  { name: "家庭咨询", description: "夫妻、亲子等家庭成员共同参与的咨询，改善沟通与关系。", minutes: 90, rooms: ["studio", "sandplay"], specialty: "婚姻家庭", weight: 8 },
  { name: "沙盘治疗", description: "通过沙盘游戏表达内心，适合儿童青少年及不善言辞的来访者。", minutes: 60, rooms: ["sandplay"], specialty: "沙盘治疗", weight: 8 },
  { name: "音乐放松", description: "在音乐放松室由咨询师带领进行音乐放松与呼吸训练。", minutes: 45, rooms: ["music"], specialty: null, weight: 10 },
  { name: "VR心灵陪护", description: "在工作人员陪同下使用 VR 设备进行沉浸式放松与情绪宣泄。", minutes: 30, rooms: ["vr"], specialty: null, weight: 6 },
  { name: "测评结果解读", description: "解读 PHQ-9、GAD-7 等自评量表结果，给出建议与转介。", minutes: 30, rooms: ["studio", "self-service"], specialty: null, weight: 10 },
  { name: "睡眠改善指导", description: "针对失眠的睡眠卫生指导与放松训练，在睡眠小屋进行。", minutes: 40, rooms: ["sleep"], specialty: "睡眠问题", weight: 5 },
  { name: "情绪宣泄陪护", description: "在情绪互动宣泄室安全地释放情绪，咨询师全程陪护与疏导。", minutes: 30, rooms: ["emotion"], specialty: null, weight: 3 },
];

const RECORDS: { issue: string; assessment: string; intervention: string; plan: string; next: string }[] = [
  { issue: "来访者近两个月入睡困难、早醒，白天精力差，担心影响工作。", assessment: "睡眠问题伴轻度焦虑，无自伤想法，社会功能基本保持。", intervention: "睡眠卫生教育，渐进式肌肉放松练习，记录睡眠日记。", plan: "每两周一次，共四次；必要时转介睡眠门诊。", next: "两周后复诊，带睡眠日记。" },
  { issue: "来访者与青春期孩子冲突频繁，感到无力和委屈。", assessment: "亲子沟通模式僵化，来访者情绪耗竭，无危机风险。", intervention: "情绪命名与共情练习，讨论非暴力沟通的具体说法。", plan: "建议下次邀请孩子共同参加家庭咨询。", next: "预约家庭咨询。" },
  { issue: "来访者退休后感到失落、孤独，对生活兴趣下降。", assessment: "适应性情绪低落，PHQ-9 轻度，家庭支持较好。", intervention: "生命回顾，发掘兴趣与社区资源，布置行为激活作业。", plan: "每周一次，共六次；推荐老年音乐放松小组。", next: "下周同一时间。" },
  { issue: "来访者因工作调整压力大，易怒，与同事关系紧张。", assessment: "职场压力反应，情绪调节困难，无躯体化明显表现。", intervention: "压力源梳理，认知重评练习，腹式呼吸训练。", plan: "每周一次，共四次。", next: "练习情绪记录表。" },
  { issue: "来访者夫妻间长期冷战，考虑是否离婚，犹豫不决。", assessment: "婚姻关系困扰，来访者自我价值感偏低，需进一步评估。", intervention: "澄清需求与顾虑，探讨沟通中的互动循环。", plan: "建议夫妻共同参加家庭咨询；必要时转人民调解。", next: "两周后复诊。" },
  { issue: "来访者为初三学生，考前紧张，注意力难以集中。", assessment: "考试焦虑，程度中等，家庭期望较高。", intervention: "正常化焦虑，放松训练，制定复习与作息计划。", plan: "每周一次至考试结束。", next: "下周复诊，检查作息计划执行情况。" },
  { issue: "来访者配偶去世半年，常常哭泣，回避与人交往。", assessment: "哀伤反应延长，情绪低落，需关注风险。", intervention: "哀伤陪伴，允许表达，讨论纪念与告别的方式。", plan: "每周一次；持续评估情绪与风险。", next: "下周同一时间。" },
];

const HIGH_RISK = { issue: "来访者近期多次提到活着没意思，曾想过轻生，无具体计划。", assessment: "抑郁情绪明显，存在消极观念，风险较高。", intervention: "风险评估，共同制定安全计划，联系家属陪伴，告知心理援助热线。", plan: "每周一次，一周内电话随访；建议精神科评估。", next: "三天内电话随访。" };

const NEEDS: { text: string; times: string[]; urgency: AppointmentUrgency }[] = [
  { text: "孩子上初二，最近不愿意上学，在家玩手机，沟通就吵架，想找老师给些建议。", times: ["工作日下午", "周六上午"], urgency: "soon" },
  { text: "最近半年失眠严重，吃了药效果也不好，想做咨询。", times: ["工作日上午"], urgency: "normal" },
  { text: "母亲去世后一直走不出来，常常想哭。", times: ["工作日下午"], urgency: "soon" },
  { text: "和丈夫关系不好，想做家庭咨询，希望是女咨询师。", times: ["周六上午", "周六下午"], urgency: "normal" },
  { text: "做了自评量表说是中度抑郁，想请老师解读一下。", times: ["尽快"], urgency: "urgent" },
  { text: "工作压力大，经常心慌胸闷，医院检查没问题。", times: ["工作日上午", "工作日下午"], urgency: "normal" },
  { text: "孩子性格内向，老师建议做沙盘，想了解一下。", times: ["周六上午"], urgency: "normal" },
  { text: "最近情绪很差，有时候觉得活着没意思，想找人聊聊。", times: ["尽快"], urgency: "urgent" },
  { text: "退休后总觉得空落落的，想参加一些放松的活动。", times: ["工作日上午"], urgency: "normal" },
  { text: "和邻居闹矛盾后一直很生气，睡不好。", times: ["工作日下午"], urgency: "normal" },
];

const CANCEL_REASONS = { resident: ["临时有事，改天再约", "身体不适", "家里有急事", "已经好多了，暂时不需要"], staff: ["咨询师临时外出督导", "咨询师生病请假", "中心临时安排培训"] };
const DECLINE_REASONS = ["该时段咨询师另有安排，请改约其他时间", "该需求更适合转介精神专科，已电话联系居民", "所选服务与需求不符，已建议改约个体心理咨询"];

interface Counselor {
  id: number;
  username: string;
  name: string;
  kind: string | null;
  specialties: string[];
}

/** A use-case actor for a seeded account (the seed acts through the real use cases). */
export function actorOf(u: { id: number; username: string; name: string }, roles: Actor["roles"]): Actor {
  return { userId: u.id, username: u.username, name: u.name, roles, residentId: null, sessionId: "seed", mustChangePassword: false };
}

/**
 * The appointments of a living centre around `now`: the service catalogue, weekly availability for
 * every counsellor (with some leave and extra hours), ~150 appointments from two months back to
 * two weeks ahead in every state — each with its room reserved through the booking engine (at the
 * time it was booked) — session records for completed ones, 订单式 requests waiting in triage,
 * and the demo residents' appointments with the demo counsellor. Deterministic for a given day;
 * does nothing once a service exists.
 */
export function seedAppointments(db: Db, now: Date): void {
  if ((db.select({ n: count() }).from(services).get()?.n ?? 0) > 0) return;
  const roomIds = new Map(db.select({ id: rooms.id, code: rooms.code }).from(rooms).all().map((r) => [r.code as RoomCode, r.id]));
  if (roomIds.size < 8) return;
  const admin = db.select({ id: users.id, username: users.username, name: users.name }).from(users).where(eq(users.username, "admin")).get();
  if (!admin) return;
  const rand = prng(20261204);
  const today = startOfLocalDay(now);

  // Services.
  const serviceRows = SERVICES.map((s, i) => {
    const { id } = db
      .insert(services)
      .values({ name: s.name, description: s.description, durationMinutes: s.minutes, roomIds: s.rooms.map((c) => roomIds.get(c)!), requiredSpecialty: s.specialty, sortOrder: i, createdAt: addLocalDays(today, -90) })
      .returning({ id: services.id })
      .get();
    return { ...s, id, roomIdList: s.rooms.map((c) => roomIds.get(c)!) };
  });

  // Counsellors and their weekly availability.
  const counselors: Counselor[] = db
    .select({ id: users.id, username: users.username, name: users.name, kind: staffProfiles.counselorKind, specialties: staffProfiles.specialties })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "counselor")))
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .where(eq(users.active, true))
    .orderBy(asc(users.id))
    .all()
    .map((c) => ({ ...c, specialties: c.specialties ?? [] }));
  const AM: [number, number] = [540, 720];
  const PM: [number, number] = [840, 1020];
  const SAT_AM: [number, number] = [540, 720];
  const SAT_PM: [number, number] = [780, 930];
  const rules = new Map<number, RuleLike[]>();
  const ruleRows: (typeof availabilityRules.$inferInsert)[] = [];
  const addRule = (c: Counselor, weekday: number, [s, e]: [number, number]) => {
    const r = { weekday, startMinute: s, endMinute: e, validFrom: null, validTo: null };
    rules.set(c.id, [...(rules.get(c.id) ?? []), r]);
    ruleRows.push({ counselorId: c.id, ...r, createdAt: addLocalDays(today, -90), createdBy: admin.id });
  };
  for (const c of counselors) {
    if (c.username === "counselor") {
      for (const wd of [1, 2, 3, 4, 5]) {
        addRule(c, wd, AM);
        addRule(c, wd, PM);
      }
    } else if (c.username === "counselor2") {
      addRule(c, 6, SAT_AM);
      addRule(c, 6, SAT_PM);
      addRule(c, 3, PM);
    } else if (c.kind === "expert") {
      for (const wd of rand.sample([1, 2, 3, 4, 5], 3)) addRule(c, wd, rand.next() < 0.5 ? AM : PM);
    } else if (c.kind === "guide") {
      for (const wd of rand.sample([1, 2, 3, 4, 5], 3)) {
        addRule(c, wd, AM);
        addRule(c, wd, PM);
      }
    } else {
      addRule(c, 6, rand.next() < 0.5 ? SAT_AM : SAT_PM);
      addRule(c, rand.int(1, 5), PM);
    }
  }
  if (ruleRows.length) db.insert(availabilityRules).values(ruleRows).run();

  // Some leave and extra hours (never for the demo counsellors, whose calendars the tour shows).
  const exceptions = new Map<number, ExceptionLike[]>();
  const exceptionRows: (typeof availabilityExceptions.$inferInsert)[] = [];
  const others = counselors.filter((c) => c.username !== "counselor" && c.username !== "counselor2");
  for (const c of rand.sample(others, Math.min(6, others.length))) {
    const date = toLocalDate(addLocalDays(today, rand.int(-40, 13)));
    const leave = rand.next() < 0.75;
    const x = { date, kind: leave ? ("leave" as const) : ("extra" as const), startMinute: leave ? 0 : 840, endMinute: leave ? 1440 : 1020 };
    exceptions.set(c.id, [...(exceptions.get(c.id) ?? []), x]);
    exceptionRows.push({ counselorId: c.id, ...x, note: leave ? rand.pick(["外出培训", "事假", "病假", "参加市心理学会年会"]) : "社区宣传周加开咨询", createdAt: addLocalDays(today, -45), createdBy: c.id });
  }
  if (exceptionRows.length) db.insert(availabilityExceptions).values(exceptionRows).run();

  // Residents: the demo accounts' own files, and people without an account (walk-ins, phone).
  const residentOf = (username: string) => db.select({ residentId: users.residentId }).from(users).where(eq(users.username, username)).get()?.residentId ?? null;
  const accountResidents = db.select({ id: users.residentId }).from(users).where(isNotNull(users.residentId)).all().map((r) => r.id!);
  const pool = db
    .select({ id: residents.id })
    .from(residents)
    .where(accountResidents.length ? notInArray(residents.id, accountResidents) : undefined)
    .orderBy(asc(residents.id))
    .limit(100)
    .all()
    .map((r) => r.id);
  if (pool.length === 0 || counselors.length === 0) return;
  const residentAccounts = new Map(
    db
      .select({ id: users.id, username: users.username, name: users.name, residentId: users.residentId })
      .from(users)
      .where(inArray(users.username, ["resident", "resident2"]))
      .all()
      .map((u) => [u.residentId!, u]),
  );

  const busy = new Map<number, { s: number; e: number }[]>();
  const isFree = (c: number, s: number, e: number) => !(busy.get(c) ?? []).some((b) => b.s < e + BUFFER && b.e > s - BUFFER);
  const occupy = (c: number, s: number, e: number) => busy.set(c, [...(busy.get(c) ?? []), { s, e }]);
  const ctxAt = (actor: Actor, at: Date): Ctx => ({ db, actor, now: at, ip: null });
  const counselorActor = (c: Counselor) => actorOf(c, ["counselor"]);
  const event = (appointmentId: number, at: Date, actorId: number | null, from: AppointmentStatus | null, to: AppointmentStatus, action: string, reason: string | null = null) =>
    db.insert(appointmentEvents).values({ appointmentId, actorId, at, fromStatus: from, toStatus: to, action, reason }).run();

  const eligible = (svc: (typeof serviceRows)[number]) => counselors.filter((c) => !svc.specialty || c.specialties.includes(svc.specialty));
  const pickService = () => {
    const total = serviceRows.reduce((n, s) => n + s.weight, 0);
    let x = rand.next() * total;
    for (const s of serviceRows) if ((x -= s.weight) < 0) return s;
    return serviceRows[0];
  };

  /** A free start for this counsellor and service on that day, or null: their windows, their other sessions, a fitting room (the engine decides at insert). */
  const candidateStarts = (c: Counselor, svc: (typeof serviceRows)[number], day: Date): number[] => {
    const windows = windowsOn(rules.get(c.id) ?? [], exceptions.get(c.id) ?? [], toLocalDate(day), localClock(day).weekday);
    const out: number[] = [];
    for (const [ws, we] of windows) for (let m = ws; m + svc.minutes <= we; m += 30) out.push(day.getTime() + m * MINUTE);
    return out.filter((s) => isFree(c.id, s, s + svc.minutes * MINUTE));
  };

  interface Plan {
    svc: (typeof serviceRows)[number];
    c: Counselor;
    residentId: number;
    start: number;
    status: AppointmentStatus;
    risk?: RiskLevel;
    cancelledByResident?: boolean;
  }

  /** Books one appointment through the engine at the time it was made, then walks it through its states. */
  const book = (p: Plan): boolean => {
    const startAt = new Date(p.start);
    const endAt = new Date(p.start + p.svc.minutes * MINUTE);
    const requested = p.status === "requested";
    // Requests still waiting were made in the last hours; the rest some days before.
    const createdAt = new Date(Math.min(now.getTime() - HOUR, requested ? now.getTime() - rand.int(1, 20) * HOUR : p.start - rand.int(1, 10) * DAY));
    if (createdAt.getTime() >= p.start) return false;
    const account = residentAccounts.get(p.residentId);
    const booker = account ? actorOf(account, ["resident"]) : counselorActor(p.c);
    const { id } = db
      .insert(appointments)
      .values({
        residentId: p.residentId,
        serviceId: p.svc.id,
        counselorId: p.c.id,
        startAt,
        endAt,
        status: "requested",
        mode: "slot",
        urgency: "normal",
        createdBy: booker.userId,
        createdAt,
      })
      .returning({ id: appointments.id })
      .get();
    const holdExpiresAt = new Date(Math.min(createdAt.getTime() + 48 * HOUR, p.start));
    const held = requested || p.status === "declined";
    let reservationId: number | null = null;
    for (const roomId of p.svc.roomIdList) {
      try {
        reservationId = reserveInTransaction(ctxAt(booker, createdAt), {
          roomId,
          startAt,
          endAt,
          purpose: "appointment",
          title: `${p.svc.name} · ${p.c.name}`,
          status: held ? "held" : "confirmed",
          holdExpiresAt: held ? holdExpiresAt : null,
          residentId: p.residentId,
          sourceType: "appointment",
          sourceId: id,
        }).id;
        break;
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
      }
    }
    if (reservationId === null) {
      db.delete(appointments).where(eq(appointments.id, id)).run();
      return false;
    }
    occupy(p.c.id, p.start, endAt.getTime());
    const confirmedAt = new Date(Math.min(createdAt.getTime() + rand.int(1, 20) * HOUR, p.start - HOUR, now.getTime()));
    const set: Partial<typeof appointments.$inferInsert> = { reservationId, version: 1 };
    event(id, createdAt, booker.userId, null, "requested", "request");
    if (requested) {
      set.holdExpiresAt = holdExpiresAt;
    } else if (p.status === "declined") {
      const at = new Date(Math.min(confirmedAt.getTime(), holdExpiresAt.getTime() - MINUTE));
      const reason = rand.pick(DECLINE_REASONS);
      cancelInTransaction(ctxAt(counselorActor(p.c), at), reservationId, { reason: "预约未受理" });
      Object.assign(set, { status: "declined", declinedAt: at, declinedBy: p.c.id, declineReason: reason, version: 2 });
      event(id, at, p.c.id, "requested", "declined", "decline", reason);
    } else {
      Object.assign(set, { status: "confirmed", confirmedAt, version: 2 });
      event(id, confirmedAt, p.c.id, "requested", "confirmed", "confirm");
      if (p.status === "cancelled") {
        const at = new Date(Math.min(p.start - 2 * HOUR, now.getTime(), confirmedAt.getTime() + rand.int(1, 48) * HOUR));
        const byResident = p.cancelledByResident ?? rand.next() < 0.7;
        const by = byResident ? booker : counselorActor(p.c);
        const reason = rand.pick(byResident ? CANCEL_REASONS.resident : CANCEL_REASONS.staff);
        cancelInTransaction(ctxAt(by, at), reservationId, { reason });
        Object.assign(set, { status: "cancelled", cancelledAt: at, cancelledBy: by.userId, cancelReason: reason, version: 3 });
        event(id, at, by.userId, "confirmed", "cancelled", "cancel", reason);
      } else if (p.status === "checked_in" || p.status === "completed" || p.status === "no_show") {
        const checkIn = new Date(p.start - rand.int(0, 15) * MINUTE);
        if (p.status === "no_show") {
          const at = new Date(p.start + 20 * MINUTE);
          Object.assign(set, { status: "no_show", version: 3 });
          event(id, at, p.c.id, "confirmed", "no_show", "no_show");
        } else {
          Object.assign(set, { status: "checked_in", checkedInAt: checkIn, version: 3 });
          event(id, checkIn, p.c.id, "confirmed", "checked_in", "check_in");
          if (p.status === "completed") {
            const done = new Date(endAt.getTime() + rand.int(5, 60) * MINUTE);
            Object.assign(set, { status: "completed", completedAt: done, version: 4 });
            event(id, done, p.c.id, "checked_in", "completed", "complete");
            const high = p.risk === "high";
            const t = high ? HIGH_RISK : rand.pick(RECORDS);
            db.insert(sessionRecords)
              .values({ appointmentId: id, authorId: p.c.id, presentingIssue: t.issue, assessment: t.assessment, intervention: t.intervention, plan: t.plan, nextStep: t.next, riskLevel: p.risk ?? "low", createdAt: done })
              .run();
            if (high) db.insert(appointmentAlerts).values({ appointmentId: id, recipientId: admin.id, riskLevel: "high", raisedBy: p.c.id, createdAt: done }).run();
          }
        }
      }
    }
    db.update(appointments).set(set).where(eq(appointments.id, id)).run();
    return true;
  };

  const demoCounselor = counselors.find((c) => c.username === "counselor");
  const demoResident = residentOf("resident");
  const demoResident2 = residentOf("resident2");
  const firstDay = addLocalDays(today, -60);
  const lastDay = addLocalDays(today, 14);

  // The demo residents with the demo counsellor: history with records, one confirmed ahead, one waiting.
  if (demoCounselor) {
    const individual = serviceRows[0];
    const on = (offset: number, status: AppointmentStatus, residentId: number | null, risk?: RiskLevel) => {
      if (residentId === null) return;
      for (let d = offset; d < offset + 7; d++) {
        const day = addLocalDays(today, d);
        const starts = candidateStarts(demoCounselor, individual, day).filter((s) => (status === "completed" ? s + individual.minutes * MINUTE < now.getTime() : s > now.getTime() + 3 * HOUR));
        if (starts.length && book({ svc: individual, c: demoCounselor, residentId, start: starts[Math.floor(starts.length / 2)], status, risk })) return;
      }
    };
    on(-21, "completed", demoResident, "low");
    on(-8, "completed", demoResident, "medium");
    on(3, "confirmed", demoResident);
    on(-30, "completed", demoResident2, "low");
    on(2, "requested", demoResident2);
  }

  // The centre's other appointments: about two a day over the range.
  for (let day = firstDay; day < lastDay; day = addLocalDays(day, 1)) {
    const future = day.getTime() >= today.getTime();
    const wanted = rand.int(1, 3);
    for (let i = 0, tries = 0; i < wanted && tries < wanted * 6; tries++) {
      const svc = pickService();
      const cs = eligible(svc);
      if (!cs.length) continue;
      // The demo counsellor gets a fair share of the coming two weeks, so their calendar is lived in.
      const c = future && demoCounselor && rand.next() < 0.35 && (!svc.specialty || demoCounselor.specialties.includes(svc.specialty)) ? demoCounselor : rand.pick(cs);
      const starts = candidateStarts(c, svc, day);
      if (!starts.length) continue;
      const start = rand.pick(starts);
      const end = start + svc.minutes * MINUTE;
      let status: AppointmentStatus;
      const x = rand.next();
      if (end <= now.getTime() - HOUR) status = x < 0.68 ? "completed" : x < 0.78 ? "no_show" : x < 0.92 ? "cancelled" : "declined";
      else if (start <= now.getTime()) status = "confirmed";
      else status = x < 0.68 ? "confirmed" : x < 0.88 ? "requested" : "cancelled";
      const ok = book({ svc, c, residentId: rand.pick(pool), start, status, risk: status === "completed" ? (rand.next() < 0.03 ? "high" : rand.next() < 0.2 ? "medium" : rand.next() < 0.5 ? "low" : "none") : undefined });
      if (ok) i++;
    }
  }

  // Two of the demo counsellor's recent sessions are not closed yet (one checked in): their records are still to write.
  if (demoCounselor) {
    for (const [offset, status] of [[-1, "checked_in"], [-2, "confirmed"]] as const) {
      for (let d = offset; d > offset - 5; d--) {
        const starts = candidateStarts(demoCounselor, serviceRows[0], addLocalDays(today, d)).filter((s) => s + 50 * MINUTE < now.getTime());
        if (starts.length && book({ svc: serviceRows[0], c: demoCounselor, residentId: rand.pick(pool), start: starts[0], status })) break;
      }
    }
  }

  // 订单式 requests waiting in triage: needs and preferred times, no counsellor yet.
  for (const [i, need] of NEEDS.entries()) {
    const svc = need.text.includes("沙盘") ? serviceRows[2] : need.text.includes("家庭") ? serviceRows[1] : need.text.includes("量表") ? serviceRows[5] : need.text.includes("放松") ? serviceRows[3] : serviceRows[0];
    const residentId = rand.pick(pool);
    const account = residentAccounts.get(residentId);
    const createdAt = new Date(now.getTime() - (i + 1) * rand.int(3, 14) * HOUR);
    const createdBy = account ? account.id : (demoCounselor?.id ?? admin.id);
    const { id } = db
      .insert(appointments)
      .values({ residentId, serviceId: svc.id, status: "requested", mode: "order", need: need.text, preferredTimes: need.times, urgency: need.urgency, createdBy, createdAt })
      .returning({ id: appointments.id })
      .get();
    event(id, createdAt, createdBy, null, "requested", "request");
  }

  // One high-risk alert has already been followed up.
  const firstAlert = db.select({ id: appointmentAlerts.id, createdAt: appointmentAlerts.createdAt }).from(appointmentAlerts).orderBy(asc(appointmentAlerts.createdAt)).limit(1).get();
  if (firstAlert && firstAlert.createdAt.getTime() < now.getTime() - 7 * DAY) {
    db.update(appointmentAlerts).set({ handledAt: new Date(firstAlert.createdAt.getTime() + DAY), handledBy: admin.id }).where(eq(appointmentAlerts.id, firstAlert.id)).run();
  }
}
