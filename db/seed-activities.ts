import { and, asc, count, eq, inArray, isNotNull, isNull, notInArray } from "drizzle-orm";
import type { Actor } from "@/lib/auth/actor";
import { occupancyProblem, shapeProblem, type EngineRoom } from "@/lib/rooms/engine";
import { scoreAssessment } from "@/lib/assessments/scales";
import { addLocalDays, localClock, startOfLocalDay } from "@/lib/time";
import type { Db } from "./client";
import {
  activities,
  activitySignups,
  activityTeachers,
  assessmentAlerts,
  assessments,
  reservations,
  residentMessages,
  residents,
  rooms,
  users,
  type ActivityType,
  type AssessmentScale,
  type SignupStatus,
} from "./schema";
import { prng } from "./seed";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

type Code = "self-service" | "exercise" | "emotion" | "music" | "sandplay" | "studio";

interface Plan {
  day: number;
  at: string;
  minutes: number;
  room: Code;
  type: ActivityType;
  title: string;
  by: string;
  capacity: number;
  audience?: string;
  description: string;
  /** Sign-ups as a share of capacity (past ones), or exact counts for the demo's special cases. */
  fill: number;
  waitlist?: number;
  cancelled?: string;
}

// A month back to three weeks ahead; days are offsets from today (moved to the next open day).
const PLANS: Plan[] = [
  { day: -29, at: "09:30", minutes: 90, room: "sandplay", type: "group_counselling", title: "情绪疏导团体（第一期）", by: "fd02", capacity: 8, fill: 0.9, audience: "近期情绪困扰的成年居民", description: "在安全、保密的小组里说出烦恼，学习识别和调节情绪。" },
  { day: -27, at: "14:00", minutes: 60, room: "exercise", type: "stress_relief", title: "运动减压打卡", by: "fd03", capacity: 6, fill: 1, description: "在专业指导下使用跑步机和动感单车，用运动释放压力。" },
  { day: -25, at: "10:00", minutes: 90, room: "studio", type: "lecture", title: "心理健康讲座：如何识别抑郁", by: "teacher", capacity: 12, fill: 0.8, audience: "社区居民", description: "认识抑郁的常见表现，了解何时需要求助，以及身边人可以做什么。" },
  { day: -22, at: "15:00", minutes: 60, room: "music", type: "stress_relief", title: "音乐放松体验课", by: "fd04", capacity: 4, fill: 1, description: "在音乐放松椅上跟随引导语放松身心，适合睡眠不好、容易紧张的居民。" },
  { day: -20, at: "09:30", minutes: 120, room: "sandplay", type: "parent_child", title: "亲子沙盘游戏", by: "fd05", capacity: 6, fill: 1, audience: "6–12 岁儿童及家长", description: "家长和孩子一起摆沙盘、讲故事，在游戏中增进理解。" },
  { day: -18, at: "14:00", minutes: 90, room: "studio", type: "lecture", title: "睡眠与心理健康讲座", by: "fd06", capacity: 12, fill: 0.7, description: "失眠从哪里来？讲解睡眠卫生和简单易学的放松方法。" },
  { day: -15, at: "10:00", minutes: 60, room: "emotion", type: "stress_relief", title: "情绪宣泄体验", by: "fd07", capacity: 4, fill: 0.75, audience: "18 岁以上居民", description: "在老师陪伴下安全地释放愤怒和压抑，并学习事后的自我安抚。" },
  { day: -13, at: "09:00", minutes: 120, room: "sandplay", type: "group_counselling", title: "退休适应团体", by: "teacher", capacity: 8, fill: 0.9, audience: "退休一年内的居民", description: "退休后生活节奏变了，和同龄人一起聊聊新的安排与心情。" },
  { day: -11, at: "14:00", minutes: 90, room: "studio", type: "other", title: "心理志愿者培训（倾听技巧）", by: "fd08", capacity: 10, fill: 0.6, description: "面向社区心理志愿者：倾听、共情与转介的基本功。" },
  { day: -8, at: "10:00", minutes: 90, room: "sandplay", type: "parent_child", title: "亲子沟通工作坊", by: "fd09", capacity: 8, fill: 0.9, audience: "初中生家长", description: "青春期孩子不爱说话怎么办？练习倾听和表达的方法。" },
  { day: -6, at: "15:00", minutes: 60, room: "music", type: "stress_relief", title: "呼吸放松训练", by: "teacher", capacity: 4, fill: 1, description: "学习腹式呼吸和渐进式肌肉放松，随时随地帮自己平静下来。" },
  { day: -4, at: "14:00", minutes: 90, room: "studio", type: "lecture", title: "老年人防诈骗与心理调适讲座", by: "fd10", capacity: 12, fill: 0.8, audience: "60 岁以上居民", description: "常见诈骗手法与被骗后的心理调适，欢迎子女陪同。" },
  { day: -2, at: "10:00", minutes: 60, room: "self-service", type: "other", title: "心理自评终端使用指导", by: "fd11", capacity: 4, fill: 0.5, description: "手把手教您在自助终端上完成 PHQ-9、GAD-7 自评，看懂结果。" },
  // Coming: one full with a waitlist (the demo resident is first on it), one cancelled, the rest open.
  { day: 1, at: "14:00", minutes: 90, room: "studio", type: "group_counselling", title: "人际沟通工作坊", by: "teacher", capacity: 6, fill: 1, waitlist: 3, description: "学习说出需要、拒绝不合理的要求，改善与家人同事的关系。" },
  { day: 2, at: "10:00", minutes: 60, room: "music", type: "stress_relief", title: "正念减压体验", by: "fd12", capacity: 4, fill: 0.5, description: "用十分钟的正念练习，把注意力带回当下。无需基础。" },
  { day: 3, at: "15:00", minutes: 60, room: "emotion", type: "stress_relief", title: "青少年情绪宣泄体验", by: "fd13", capacity: 4, fill: 0.25, audience: "12–18 岁青少年（家长陪同）", description: "考试压力大？在安全的环境里释放情绪，学会照顾自己。" },
  { day: 4, at: "09:30", minutes: 120, room: "sandplay", type: "parent_child", title: "亲子绘画疗愈", by: "fd05", capacity: 6, fill: 0.34, audience: "4–10 岁儿童及家长", description: "用画笔说出心里话，家长学习读懂孩子的画。", cancelled: "带领老师临时外出培训，活动取消，敬请谅解" },
  { day: 6, at: "14:00", minutes: 90, room: "studio", type: "lecture", title: "家庭关系讲座：好好说话", by: "fd14", capacity: 12, fill: 0.4, description: "夫妻、婆媳、亲子之间，怎样说对方才听得进去。" },
  { day: 8, at: "10:00", minutes: 90, room: "sandplay", type: "group_counselling", title: "情绪疏导团体（第二期）", by: "fd02", capacity: 8, fill: 0.25, audience: "近期情绪困扰的成年居民", description: "第二期开始报名，共四次中的第一次。" },
  { day: 10, at: "15:00", minutes: 60, room: "exercise", type: "stress_relief", title: "运动减压打卡", by: "fd03", capacity: 6, fill: 0.5, description: "在专业指导下使用跑步机和动感单车，用运动释放压力。" },
  { day: 13, at: "14:00", minutes: 90, room: "studio", type: "lecture", title: "心理健康讲座：焦虑不可怕", by: "teacher", capacity: 12, fill: 0.2, description: "认识焦虑、与焦虑相处，现场练习放松方法。" },
  { day: 16, at: "09:30", minutes: 120, room: "sandplay", type: "group_counselling", title: "哀伤陪伴小组", by: "fd15", capacity: 6, fill: 0.17, audience: "经历亲人离世的居民", description: "在同伴和老师的陪伴下，慢慢讲出思念和失落。" },
  { day: 20, at: "10:00", minutes: 60, room: "music", type: "stress_relief", title: "音乐放松体验课", by: "fd04", capacity: 4, fill: 0, description: "在音乐放松椅上跟随引导语放松身心，适合睡眠不好、容易紧张的居民。" },
];

// The rooms seed's weekly "activity" bookings become real activities of their own.
const SERIES_DETAILS: Record<string, { type: ActivityType; capacity: number; description: string; audience?: string }> = {
  青少年团体沙盘小组: { type: "group_counselling", capacity: 8, audience: "12–16 岁青少年", description: "每周三下午，用沙盘表达和整理心情，结识同龄伙伴。" },
  社区减压操: { type: "stress_relief", capacity: 12, description: "每周四下午的集体减压操，动一动，心情也跟着轻松。" },
  老年音乐放松小组: { type: "stress_relief", capacity: 6, audience: "60 岁以上居民", description: "每周二上午，听音乐、做放松，和老朋友们聊聊天。" },
};

const COMMENTS = ["老师讲得很细，很有收获。", "环境很安静，放松了不少。", "希望多办几期。", "时间有点短，意犹未尽。", "认识了几个同样情况的朋友，心里踏实多了。", "孩子很喜欢，回家还在讲。"];

/**
 * Group activities and self-assessments around `now`: a month back to three weeks ahead, of every
 * type, run by the demo teacher and the generated fdNN teachers; sign-ups from the register (the
 * demo residents among them), one full activity with a waitlist, one cancelled, attendance and
 * ratings for the past ones; the rooms seed's weekly activity bookings adopted as a weekly series.
 * Every room booking passes the engine's checks against what is already booked. Deterministic and
 * idempotent (does nothing once any activity exists).
 */
export function seedActivities(db: Db, now: Date): void {
  if ((db.select({ n: count() }).from(activities).get()?.n ?? 0) > 0) return;
  const roomRows = db
    .select({ id: rooms.id, code: rooms.code, name: rooms.name, mode: rooms.mode, capacity: rooms.capacity, openingHours: rooms.openingHours, minMinutes: rooms.minMinutes, maxMinutes: rooms.maxMinutes, active: rooms.active, residentBookable: rooms.residentBookable })
    .from(rooms)
    .all();
  const room = new Map(roomRows.map((r) => [r.code, r as EngineRoom]));
  const userIds = new Map(db.select({ id: users.id, username: users.username }).from(users).all().map((u) => [u.username, u.id]));
  const adminId = userIds.get("admin");
  if (room.size < 8 || adminId === undefined) return;
  const uid = (username: string) => userIds.get(username) ?? userIds.get("teacher") ?? adminId;
  const residentOf = (username: string) => db.select({ id: users.residentId }).from(users).where(eq(users.username, username)).get()?.id ?? null;
  const demo = [residentOf("resident"), residentOf("resident2")].filter((x): x is number => x !== null);
  const accountResidents = db.select({ id: users.residentId }).from(users).where(isNotNull(users.residentId)).all().map((r) => r.id!);
  const pool = db
    .select({ id: residents.id })
    .from(residents)
    .where(accountResidents.length ? notInArray(residents.id, accountResidents) : undefined)
    .orderBy(asc(residents.id))
    .limit(80)
    .all()
    .map((r) => r.id);
  const rand = prng(20261208);
  const today = startOfLocalDay(now);
  // occupancyProblem reads only the database and the clock.
  const system: Actor = { userId: adminId, username: "admin", name: "", roles: ["admin"], residentId: null, sessionId: "seed", mustChangePassword: false };
  const ctx = { db, actor: system, now };
  const at = (day: Date, hhmm: string) => new Date(day.getTime() + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE);
  const openDay = (r: EngineRoom, d: Date) => {
    let day = d;
    while (!r.openingHours[localClock(day).weekday]) day = addLocalDays(day, 1);
    return day;
  };

  function insertActivity(a: {
    title: string;
    type: ActivityType;
    roomId: number;
    reservationId: number;
    seriesId: string | null;
    startAt: Date;
    endAt: Date;
    capacity: number;
    audience: string | null;
    description: string;
    by: number;
  }): number {
    const createdAt = new Date(Math.min(now.getTime(), a.startAt.getTime() - 10 * DAY));
    const { id } = db
      .insert(activities)
      .values({ ...a, createdBy: a.by, signupDeadline: new Date(a.startAt.getTime() - 2 * 60 * MINUTE), status: "open", createdAt })
      .returning({ id: activities.id })
      .get();
    db.insert(activityTeachers).values({ activityId: id, userId: a.by }).run();
    db.update(reservations).set({ sourceType: "activity", sourceId: id }).where(eq(reservations.id, a.reservationId)).run();
    return id;
  }

  /** Places taken, a waitlist, and — for past sessions — attendance and ratings. */
  function signUps(activityId: number, startAt: Date, endAt: Date, capacity: number, wanted: number, waitlist: number, include: number[]) {
    const past = endAt.getTime() <= now.getTime();
    const people = [...include, ...rand.sample(pool.filter((p) => !include.includes(p)), wanted + waitlist)].slice(0, wanted + waitlist);
    let position = 0;
    people.forEach((residentId, i) => {
      const placed = i < Math.min(wanted, capacity);
      const createdAt = new Date(Math.min(now.getTime() - (people.length - i) * 37 * MINUTE, startAt.getTime() - (5 - (i % 4)) * DAY));
      let status: SignupStatus = placed ? "registered" : "waitlisted";
      let rating: number | null = null;
      let comment: string | null = null;
      if (past && placed) {
        // The demo resident's latest session is left unrated, so the portal offers to rate it.
        status = rand.next() < 0.85 || include.includes(residentId) ? "attended" : "absent";
        if (status === "attended" && !(residentId === demo[0] && endAt.getTime() > now.getTime() - 7 * DAY) && rand.next() < 0.7) {
          rating = rand.pick([3, 4, 4, 5, 5, 5]);
          comment = rand.next() < 0.5 ? rand.pick(COMMENTS) : null;
        }
      }
      db.insert(activitySignups)
        .values({
          activityId,
          residentId,
          status,
          position: status === "waitlisted" ? ++position : null,
          createdAt,
          attendanceAt: past && placed ? startAt : null,
          attendanceBy: null,
          rating,
          comment,
          ratedAt: rating ? new Date(endAt.getTime() + DAY) : null,
        })
        .run();
    });
    const placed = Math.min(wanted, capacity, people.length);
    db.update(activities).set({ status: placed >= capacity ? "full" : "open" }).where(eq(activities.id, activityId)).run();
  }

  // 1. The rooms seed's weekly activity bookings (no owner yet) become a weekly series each.
  const orphans = db
    .select()
    .from(reservations)
    .where(and(eq(reservations.purpose, "activity"), isNull(reservations.sourceType), eq(reservations.status, "confirmed"), isNotNull(reservations.seriesId)))
    .orderBy(asc(reservations.startAt))
    .all();
  for (const r of orphans) {
    const details = SERIES_DETAILS[r.title ?? ""];
    if (!details) continue;
    const id = insertActivity({
      title: r.title!,
      type: details.type,
      roomId: r.roomId,
      reservationId: r.id,
      seriesId: r.seriesId,
      startAt: r.startAt,
      endAt: r.endAt,
      capacity: details.capacity,
      audience: details.audience ?? null,
      description: details.description,
      by: r.bookedBy,
    });
    const past = r.endAt.getTime() <= now.getTime();
    const include = r.title === "老年音乐放松小组" && demo[0] ? [demo[0]] : r.title === "社区减压操" && demo[1] ? [demo[1]] : [];
    signUps(id, r.startAt, r.endAt, details.capacity, Math.round(details.capacity * (past ? 0.8 : 0.4)), 0, include);
  }

  // 2. One-off activities, each booked where the engine says the room is free.
  for (const p of PLANS) {
    const r = room.get(p.room);
    if (!r) continue;
    const day = openDay(r, addLocalDays(today, p.day));
    const places = r.mode === "exclusive" ? 1 : r.capacity;
    let startAt: Date | null = null;
    for (let shift = 0; shift < 6 && !startAt; shift++) {
      const s = new Date(at(day, p.at).getTime() + shift * 60 * MINUTE);
      const e = new Date(s.getTime() + p.minutes * MINUTE);
      if (!shapeProblem(r, s, e, places, new Date(0)) && !occupancyProblem(ctx, r, s, e, places)) startAt = s;
    }
    if (!startAt) continue;
    const endAt = new Date(startAt.getTime() + p.minutes * MINUTE);
    const by = uid(p.by);
    const { id: reservationId } = db
      .insert(reservations)
      .values({
        roomId: r.id,
        startAt,
        endAt,
        status: p.cancelled ? "cancelled" : "confirmed",
        purpose: "activity",
        places,
        title: p.title,
        bookedBy: by,
        cancelledAt: p.cancelled ? new Date(now.getTime() - DAY) : null,
        cancelledBy: p.cancelled ? by : null,
        cancelReason: p.cancelled ?? null,
        createdAt: new Date(Math.min(now.getTime(), startAt.getTime() - 10 * DAY)),
      })
      .returning({ id: reservations.id })
      .get();
    const id = insertActivity({ title: p.title, type: p.type, roomId: r.id, reservationId, seriesId: null, startAt, endAt, capacity: p.capacity, audience: p.audience ?? null, description: p.description, by });
    const past = endAt.getTime() <= now.getTime();
    // The demo residents: at several past sessions, on the full one (resident2 placed, resident first on the waitlist), and the cancelled one.
    let include: number[] = [];
    if (past && demo.length && rand.next() < 0.5) include = [demo[0]];
    if (past && p.by === "teacher" && demo[0]) include = [demo[0]];
    if (p.waitlist && demo.length === 2) include = [demo[1]];
    if (p.cancelled) include = demo.slice(0, 1);
    signUps(id, startAt, endAt, p.capacity, Math.round(p.capacity * p.fill), 0, include);
    if (p.waitlist) {
      const waiting = [...(demo[0] ? [demo[0]] : []), ...rand.sample(pool, p.waitlist + 5)].filter(
        (x, i, xs) => xs.indexOf(x) === i && !db.select({ id: activitySignups.id }).from(activitySignups).where(and(eq(activitySignups.activityId, id), eq(activitySignups.residentId, x))).get(),
      );
      waiting.slice(0, p.waitlist).forEach((residentId, i) =>
        db.insert(activitySignups).values({ activityId: id, residentId, status: "waitlisted", position: i + 1, createdAt: new Date(now.getTime() - (p.waitlist! - i) * 60 * MINUTE) }).run(),
      );
    }
    if (p.cancelled) {
      const told = db.select({ id: activitySignups.id, residentId: activitySignups.residentId }).from(activitySignups).where(eq(activitySignups.activityId, id)).all();
      if (told.length) db.update(activitySignups).set({ status: "cancelled", cancelledAt: new Date(now.getTime() - DAY) }).where(inArray(activitySignups.id, told.map((s) => s.id))).run();
      db.update(activities).set({ status: "cancelled", cancelledAt: new Date(now.getTime() - DAY), cancelledBy: by, cancelReason: p.cancelled }).where(eq(activities.id, id)).run();
      for (const s of told) db.insert(residentMessages).values({ residentId: s.residentId, kind: "activity_cancelled", sourceType: "activity", sourceId: id, createdAt: new Date(now.getTime() - DAY) }).run();
    }
  }

  // 3. Self-assessments: the demo residents' own, kiosk sessions, and alerts (one open, one followed up).
  const assess = (residentId: number | null, scale: AssessmentScale, answers: number[], daysAgo: number, handled?: { by: string; note: string }) => {
    const r = scoreAssessment(scale, answers);
    const createdAt = new Date(now.getTime() - daysAgo * DAY - rand.int(1, 8) * 60 * MINUTE);
    const { id } = db
      .insert(assessments)
      .values({ residentId, scale, answers, score: r.score, band: r.band, alert: r.alert, kiosk: residentId === null, createdAt })
      .returning({ id: assessments.id })
      .get();
    if (r.alert) {
      db.insert(assessmentAlerts)
        .values({
          assessmentId: id,
          reasons: r.reasons,
          status: handled ? "handled" : "open",
          createdAt,
          handledBy: handled ? uid(handled.by) : null,
          handledAt: handled ? new Date(createdAt.getTime() + 3 * 60 * MINUTE) : null,
          handledNote: handled?.note ?? null,
        })
        .run();
    }
  };
  if (demo[0]) {
    assess(demo[0], "GAD-7", [1, 1, 2, 1, 0, 1, 0], 20);
    assess(demo[0], "PHQ-9", [1, 1, 1, 1, 0, 1, 0, 0, 0], 6);
  }
  if (demo[1]) assess(demo[1], "PHQ-9", [2, 2, 1, 2, 1, 1, 1, 0, 0], 9);
  for (let i = 0; i < 8; i++) {
    const scale: AssessmentScale = i % 2 ? "GAD-7" : "PHQ-9";
    const n = scale === "PHQ-9" ? 9 : 7;
    assess(null, scale, Array.from({ length: n }, (_, k) => (scale === "PHQ-9" && k === 8 ? 0 : rand.int(0, 2))), rand.int(1, 25));
  }
  if (pool[3]) assess(pool[3], "PHQ-9", [2, 2, 2, 1, 1, 2, 1, 0, 1], 12, { by: "counselor", note: "已电话联系，本人同意预约面谈，已安排咨询师。" });
  assess(null, "PHQ-9", [1, 2, 1, 2, 1, 1, 0, 0, 1], 1);
}
