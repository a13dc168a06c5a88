import { and, asc, eq, gt, inArray, isNotNull, isNull, lt, min, ne } from "drizzle-orm";
import { addLocalDays, localClock, parseLocalDate, startOfLocalDay, toLocalDate } from "@/lib/time";
import type { Db } from "./client";
import {
  activities,
  activitySignups,
  activityTeachers,
  appointments,
  hotlineCalls,
  reservations,
  residents,
  rooms,
  services,
  sessionRecords,
  userRoles,
  users,
  type ActivityType,
  type AppointmentStatus,
  type CallCategory,
  type CallerKind,
  type RiskLevel,
} from "./schema";
import { prng } from "./seed";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * Where the history ends: a month before today. The areas' own seeds cover the month around today
 * (their tests look at that window), history only the months before it.
 */
export function historyEnd(now: Date): Date {
  return addLocalDays(startOfLocalDay(now), -31);
}

/**
 * History for the statistics: the three months before the current one get appointments, hotline
 * calls, group activities with attendance and ratings, and self-service room use, wherever an
 * area's own seed starts later (each seeds about a month around today). Each area is filled only
 * up to the first record it already has, so this is idempotent; deterministic for a given `now`.
 * Care visits and mediation cases already reach back that far in their own seeds.
 */
export function seedHistory(db: Db, now: Date): void {
  const [y, m] = toLocalDate(now).split("-").map(Number);
  const back = m > 3 ? `${y}-${String(m - 3).padStart(2, "0")}-01` : `${y - 1}-${String(m + 9).padStart(2, "0")}-01`;
  const from = parseLocalDate(back)!;
  const roomIds = new Map(db.select({ id: rooms.id, code: rooms.code }).from(rooms).all().map((r) => [r.code, r.id]));
  const admin = db.select({ id: users.id }).from(users).where(eq(users.username, "admin")).get()?.id;
  // People of the register without an account: the demo residents' own records stay as their areas seeded them.
  const people = db
    .select({ id: residents.id })
    .from(residents)
    .leftJoin(users, eq(users.residentId, residents.id))
    .where(isNull(users.id))
    .orderBy(asc(residents.id))
    .all()
    .map((r) => r.id);
  if (roomIds.size < 8 || admin === undefined || people.length < 20) return;
  const withRole = (role: "hotline" | "counselor" | "teacher") =>
    db
      .select({ id: users.id })
      .from(users)
      .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
      .where(eq(users.active, true))
      .orderBy(asc(users.username))
      .all()
      .map((u) => u.id);
  const ctx: HistoryCtx = { db, from, end: historyEnd(now), admin, people, room: (code) => roomIds.get(code)! };
  historyCalls(ctx, withRole("hotline"));
  historyAppointments(ctx, withRole("counselor"));
  historyActivities(ctx, withRole("teacher"));
  historySelfService(ctx);
}

interface HistoryCtx {
  db: Db;
  from: Date;
  /** History stops here, or at the first record an area already has, whichever is earlier. */
  end: Date;
  admin: number;
  people: number[];
  room: (code: string) => number;
}

/** The local days from `c.from` up to (not including) the day of `first` or `c.end`, whichever is earlier. */
function days(c: HistoryCtx, first: Date | null | undefined): Date[] {
  const out: Date[] = [];
  if (!first) return out;
  const last = startOfLocalDay(first < c.end ? first : c.end);
  for (let d = c.from; d < last; d = addLocalDays(d, 1)) out.push(d);
  return out;
}

/** Whether a live reservation of the room overlaps [start, end) (the areas' own seeds may reach back). */
function roomTaken(db: Db, roomId: number, start: Date, end: Date): boolean {
  return !!db
    .select({ id: reservations.id })
    .from(reservations)
    .where(and(eq(reservations.roomId, roomId), ne(reservations.status, "cancelled"), lt(reservations.startAt, end), gt(reservations.endAt, start)))
    .get();
}

const CALLS: { categories: CallCategory[]; risk: RiskLevel; summary: string }[] = [
  { categories: ["emotion"], risk: "low", summary: "来电者近期情绪低落、睡眠不好，倾听与共情，介绍放松方法，建议预约咨询。" },
  { categories: ["family"], risk: "low", summary: "来电者与家人因琐事争执，协助梳理沟通方式，告知中心可提供家庭咨询。" },
  { categories: ["relationship", "emotion"], risk: "medium", summary: "来电者感情受挫、反复回想，陪伴表达情绪，讨论自我照顾安排，约定回访。" },
  { categories: ["study"], risk: "none", summary: "来电者为学生，考前焦虑，正常化紧张情绪并练习呼吸放松。" },
  { categories: ["work", "emotion"], risk: "medium", summary: "来电者工作压力大、自责，评估无自伤想法，讨论压力管理，约定回访。" },
  { categories: ["health"], risk: "low", summary: "来电者担心身体状况引发焦虑，建议规律就医并进行 GAD-7 自评。" },
  { categories: ["crisis", "emotion"], risk: "high", summary: "来电者流露轻生念头但无具体计划，共同制定安全计划，联系家属陪伴，安排次日回访。" },
  { categories: ["other"], risk: "none", summary: "来电者咨询如何陪伴情绪低落的亲友，提供建议与转介信息。" },
];

function historyCalls(c: HistoryCtx, operators: number[]) {
  const first = c.db.select({ at: min(hotlineCalls.startedAt) }).from(hotlineCalls).get()?.at;
  if (operators.length === 0 || !first) return;
  const rand = prng(8801);
  const rows: (typeof hotlineCalls.$inferInsert)[] = [];
  for (const day of days(c, first)) {
    const n = rand.int(0, 3);
    for (let i = 0; i < n; i++) {
      const startedAt = new Date(day.getTime() + rand.int(8 * 60, 23 * 60) * MINUTE);
      const endedAt = new Date(startedAt.getTime() + rand.int(6, 45) * MINUTE);
      const roll = rand.next();
      const kind: CallerKind = roll < 0.08 ? "hangup" : roll < 0.13 ? "silent" : roll < 0.2 ? "info" : roll < 0.3 ? "anonymous" : roll < 0.4 ? "other" : "self";
      const brief = kind === "hangup" || kind === "silent";
      const tpl = kind === "info" ? CALLS[7] : rand.pick(CALLS.slice(0, 7));
      const risk: RiskLevel | null = brief ? null : tpl.risk;
      const needsCallback = risk === "high" || (risk === "medium" && rand.next() < 0.7);
      const followUpAt = needsCallback ? new Date(startedAt.getTime() + DAY) : null;
      // Most call-backs are made before they fall due; a few are late.
      const followUpDoneAt = followUpAt ? new Date(followUpAt.getTime() + (rand.next() < 0.8 ? -rand.int(1, 12) : rand.int(1, 20)) * HOUR) : null;
      rows.push({
        status: "saved",
        startedAt,
        endedAt,
        operatorId: rand.pick(operators),
        callerKind: kind,
        categories: brief ? [] : tpl.categories,
        summary: brief ? (kind === "silent" ? "接通后无声，温和告知热线随时可以拨打。" : "") : tpl.summary,
        riskLevel: risk,
        actions: risk === "high" ? ["safety_plan", "guardian_contacted"] : [],
        followUpAt,
        followUpDoneAt,
        createdAt: endedAt,
        updatedAt: followUpDoneAt ?? endedAt,
      });
    }
  }
  for (let i = 0; i < rows.length; i += 200) c.db.insert(hotlineCalls).values(rows.slice(i, i + 200)).run();
}

function historyAppointments(c: HistoryCtx, counselors: number[]) {
  const first = c.db.select({ at: min(appointments.startAt) }).from(appointments).where(isNotNull(appointments.startAt)).get()?.at;
  const svc = c.db.select({ id: services.id, minutes: services.durationMinutes, roomIds: services.roomIds }).from(services).where(eq(services.active, true)).orderBy(asc(services.sortOrder), asc(services.id)).all();
  if (counselors.length === 0 || svc.length === 0 || !first) return;
  const rand = prng(8802);
  for (const day of days(c, first)) {
    const { weekday } = localClock(day);
    if (weekday === 0 || weekday === 6) continue;
    // Distinct hours and counsellors in a day: no room or counsellor is double-booked.
    const n = rand.int(0, 2);
    const who = rand.sample(counselors, n);
    for (const [i, hour] of rand.sample([9, 10, 14, 15, 16], n).entries()) {
      const s = svc[rand.next() < 0.6 ? 0 : rand.int(0, svc.length - 1)];
      const startAt = new Date(day.getTime() + hour * HOUR);
      const endAt = new Date(startAt.getTime() + Math.min(s.minutes, 55) * MINUTE);
      const roll = rand.next();
      const status: AppointmentStatus = roll < 0.7 ? "completed" : roll < 0.8 ? "no_show" : roll < 0.92 ? "cancelled" : "declined";
      const roomId = s.roomIds[0] ?? c.room("studio");
      const counselorId = who[i];
      const residentId = rand.pick(c.people);
      const createdAt = new Date(startAt.getTime() - rand.int(2, 10) * DAY);
      if (roomTaken(c.db, roomId, startAt, endAt)) continue;
      // A declined request had held its slot until it was declined: its reservation is cancelled too.
      const released = status === "cancelled" || status === "declined";
      const reservationId = c.db
            .insert(reservations)
            .values({
              roomId,
              startAt,
              endAt,
              status: released ? "cancelled" : "confirmed",
              purpose: "appointment",
              bookedBy: c.admin,
              residentId,
              cancelledAt: released ? new Date(startAt.getTime() - DAY) : null,
              createdAt,
            })
            .returning({ id: reservations.id })
            .get().id;
      const { id } = c.db
        .insert(appointments)
        .values({
          residentId,
          serviceId: s.id,
          counselorId,
          startAt,
          endAt,
          status,
          mode: rand.next() < 0.7 ? "slot" : "order",
          reservationId,
          confirmedAt: status === "declined" ? null : new Date(createdAt.getTime() + HOUR),
          completedAt: status === "completed" ? endAt : null,
          checkedInAt: status === "completed" ? startAt : null,
          cancelledAt: status === "cancelled" ? new Date(startAt.getTime() - DAY) : null,
          cancelledBy: status === "cancelled" ? c.admin : null,
          cancelReason: status === "cancelled" ? "居民临时有事" : null,
          declinedAt: status === "declined" ? new Date(createdAt.getTime() + HOUR) : null,
          declinedBy: status === "declined" ? c.admin : null,
          declineReason: status === "declined" ? "所需时段已约满" : null,
          createdBy: c.admin,
          createdAt,
        })
        .returning({ id: appointments.id })
        .get();
      c.db.update(reservations).set({ sourceType: "appointment", sourceId: id }).where(eq(reservations.id, reservationId)).run();
      if (status === "completed") {
        const r = rand.pick(RECORDS);
        c.db.insert(sessionRecords).values({ appointmentId: id, authorId: counselorId, ...r, riskLevel: "low", createdAt: new Date(endAt.getTime() + 30 * MINUTE) }).run();
      }
    }
  }
}

const RECORDS = [
  { presentingIssue: "近期工作压力大，入睡困难。", assessment: "情绪困扰，无自伤风险。", intervention: "压力管理与放松训练。", plan: "两周后复诊，练习睡前放松。" },
  { presentingIssue: "与家人沟通不畅，常有争执。", assessment: "家庭关系紧张，情绪基本稳定。", intervention: "梳理沟通模式，角色扮演练习。", plan: "建议参加亲子沟通团体。" },
  { presentingIssue: "考前焦虑，注意力难以集中。", assessment: "轻度焦虑。", intervention: "认知调整与呼吸放松。", plan: "考后回访。" },
] as const;

const ACTIVITIES: { title: string; type: ActivityType; room: string; hour: number; capacity: number }[] = [
  { title: "正念减压团体", type: "stress_relief", room: "sandplay", hour: 9.5, capacity: 10 },
  { title: "亲子沟通工作坊", type: "parent_child", room: "sandplay", hour: 14, capacity: 12 },
  { title: "睡眠与情绪讲座", type: "lecture", room: "exercise", hour: 9.5, capacity: 6 },
  { title: "人际关系成长小组", type: "group_counselling", room: "sandplay", hour: 9.5, capacity: 8 },
  { title: "运动减压体验课", type: "stress_relief", room: "exercise", hour: 14, capacity: 6 },
];

function historyActivities(c: HistoryCtx, teachers: number[]) {
  const first = c.db.select({ at: min(activities.startAt) }).from(activities).get()?.at;
  if (teachers.length === 0 || !first) return;
  const rand = prng(8803);
  let k = 0;
  for (const day of days(c, first)) {
    // Saturdays, when the rooms have no appointments: two sessions each.
    if (localClock(day).weekday !== 6) continue;
    for (const slot of [0, 1]) {
      const a = ACTIVITIES[(k + slot) % ACTIVITIES.length];
      const hour = slot === 0 ? 9.5 : 14;
      const startAt = new Date(day.getTime() + hour * HOUR);
      const endAt = new Date(startAt.getTime() + 90 * MINUTE);
      const roomId = c.room(a.room);
      if (roomTaken(c.db, roomId, startAt, endAt)) continue;
      const by = teachers[(k + slot) % teachers.length];
      const createdAt = new Date(startAt.getTime() - 14 * DAY);
      const reservationId = c.db
        .insert(reservations)
        .values({ roomId, startAt, endAt, status: "confirmed", purpose: "activity", places: 1, title: a.title, bookedBy: by, createdAt })
        .returning({ id: reservations.id })
        .get().id;
      const { id } = c.db
        .insert(activities)
        .values({
          title: a.title,
          type: a.type,
          roomId,
          reservationId,
          startAt,
          endAt,
          capacity: a.capacity,
          signupDeadline: new Date(startAt.getTime() - 2 * HOUR),
          status: "closed",
          createdBy: by,
          createdAt,
        })
        .returning({ id: activities.id })
        .get();
      c.db.insert(activityTeachers).values({ activityId: id, userId: by }).run();
      c.db.update(reservations).set({ sourceType: "activity", sourceId: id }).where(eq(reservations.id, reservationId)).run();
      const who = rand.sample(c.people, rand.int(Math.ceil(a.capacity / 2), a.capacity));
      c.db
        .insert(activitySignups)
        .values(
          who.map((residentId) => {
            const attended = rand.next() < 0.85;
            const rated = attended && rand.next() < 0.6;
            return {
              activityId: id,
              residentId,
              status: attended ? ("attended" as const) : ("absent" as const),
              createdAt: new Date(createdAt.getTime() + rand.int(1, 10) * DAY),
              attendanceAt: endAt,
              attendanceBy: by,
              rating: rated ? rand.int(3, 5) : null,
              ratedAt: rated ? new Date(endAt.getTime() + rand.int(1, 48) * HOUR) : null,
            };
          }),
        )
        .run();
    }
    k += 2;
  }
}

function historySelfService(c: HistoryCtx) {
  const first = c.db
    .select({ at: min(reservations.startAt) })
    .from(reservations)
    .where(inArray(reservations.purpose, ["self_service", "meeting"]))
    .get()?.at;
  const bookers = c.db
    .select({ id: users.id, residentId: users.residentId })
    .from(users)
    .where(and(isNotNull(users.residentId), eq(users.active, true)))
    .orderBy(asc(users.id))
    .all();
  if (!first || bookers.length === 0) return;
  const rand = prng(8804);
  const rows: (typeof reservations.$inferInsert)[] = [];
  for (const day of days(c, first)) {
    const { weekday } = localClock(day);
    if (weekday === 0) continue;
    const open = weekday === 6 ? [9, 15] : [9, 17];
    for (const code of ["self-service", "exercise", "music", "emotion", "sleep"]) {
      const n = rand.int(0, code === "self-service" || code === "exercise" ? 4 : 2);
      // Distinct hours per room and day: an exclusive room never doubles up, a shared one stays under capacity.
      const hours = rand.sample(Array.from({ length: open[1] - open[0] }, (_, i) => open[0] + i), n);
      for (const hour of hours) {
        const startAt = new Date(day.getTime() + hour * HOUR);
        const endAt = new Date(startAt.getTime() + (code === "self-service" ? 30 : 60) * MINUTE);
        if (roomTaken(c.db, c.room(code), startAt, endAt)) continue;
        // Most self-service visits are booked at the front desk for people without an account; now
        // and then a resident with an account books online (a handful each, not hundreds).
        const online = rand.next() < 0.04;
        const b = online ? rand.pick(bookers) : { id: c.admin, residentId: rand.pick(c.people) };
        const cancelled = rand.next() < 0.08;
        rows.push({
          roomId: c.room(code),
          startAt,
          endAt,
          status: cancelled ? "cancelled" : "confirmed",
          purpose: "self_service",
          places: 1,
          bookedBy: b.id,
          residentId: b.residentId,
          cancelledAt: cancelled ? new Date(startAt.getTime() - 3 * HOUR) : null,
          cancelledBy: cancelled ? b.id : null,
          createdAt: new Date(startAt.getTime() - rand.int(1, 5) * DAY),
        });
      }
    }
  }
  for (let i = 0; i < rows.length; i += 200) c.db.insert(reservations).values(rows.slice(i, i + 200)).run();
}
