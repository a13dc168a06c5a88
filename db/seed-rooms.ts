import { asc, count, eq, isNotNull, notInArray } from "drizzle-orm";
import { peakPlaces, shapeProblem, type EngineRoom } from "@/lib/rooms/engine";
import { addLocalDays, localClock, startOfLocalDay } from "@/lib/time";
import type { Db } from "./client";
import { reservations, residents, roomBlackouts, rooms, users, type NewReservation, type ReservationPurpose } from "./schema";
import { prng } from "./seed";

const MINUTE = 60_000;
const DAY_SPAN = 14;

type Code = "self-service" | "studio" | "exercise" | "vr" | "emotion" | "music" | "sandplay" | "sleep";

// Walk-in self-service use, booked at the front desk by the community guides on duty.
const WALK_IN: Partial<Record<Code, { titles: string[]; lengths: number[]; perDay: [number, number] }>> = {
  "self-service": { titles: ["居民到访 · PHQ-9 自评", "居民到访 · GAD-7 自评", "社区体检转介 · 心理自评"], lengths: [30, 30, 60], perDay: [2, 5] },
  exercise: { titles: ["居民到访 · 运动减压", "退休职工 · 器械锻炼"], lengths: [60, 60, 90], perDay: [1, 4] },
  emotion: { titles: ["居民到访 · 情绪宣泄", "青少年 · 宣泄体验"], lengths: [30, 60], perDay: [1, 3] },
  music: { titles: ["居民到访 · 音乐放松", "老年居民 · 音乐放松"], lengths: [30, 60], perDay: [1, 4] },
  sleep: { titles: ["居民到访 · 助眠体验", "失眠居民 · 放松训练"], lengths: [60], perDay: [1, 3] },
  vr: { titles: ["VR 放松体验（工作人员陪同）", "VR 情绪宣泄（工作人员陪同）"], lengths: [30, 60], perDay: [0, 2] },
  studio: { titles: ["个案研讨", "新手咨询师带教"], lengths: [60], perDay: [0, 1] },
};

/**
 * A living month of room use around `now`: two weeks back and two ahead, weekly series, staff
 * meetings, walk-in self-service use, the demo residents' own bookings (one upcoming each, so the
 * three-booking limit leaves room to try), some cancellations, and a maintenance blackout.
 * Deterministic for a given day and idempotent (does nothing once any reservation exists). Every
 * row passes the engine's own checks: opening hours, lengths, blackouts, exclusive rooms never
 * overlapping, shared rooms never over capacity. Appointments, activities and mediation seed their
 * own rooms through the engine later and simply pick the times still free.
 */
export function seedRooms(db: Db, now: Date): void {
  if ((db.select({ n: count() }).from(reservations).get()?.n ?? 0) > 0) return;
  const roomRows = db
    .select({ id: rooms.id, code: rooms.code, name: rooms.name, mode: rooms.mode, capacity: rooms.capacity, openingHours: rooms.openingHours, minMinutes: rooms.minMinutes, maxMinutes: rooms.maxMinutes, active: rooms.active, residentBookable: rooms.residentBookable })
    .from(rooms)
    .all();
  const room = new Map(roomRows.map((r) => [r.code as Code, r as EngineRoom]));
  if (room.size < 8) return;
  const userIds = new Map(db.select({ id: users.id, username: users.username }).from(users).all().map((u) => [u.username, u.id]));
  const uid = (username: string) => userIds.get(username) ?? userIds.get("admin")!;
  const residentOf = (username: string) => db.select({ residentId: users.residentId }).from(users).where(eq(users.username, username)).get()?.residentId ?? null;
  const accountResidents = db.select({ id: users.residentId }).from(users).where(isNotNull(users.residentId)).all().map((r) => r.id!);
  const walkInResidents = db
    .select({ id: residents.id })
    .from(residents)
    .where(accountResidents.length ? notInArray(residents.id, accountResidents) : undefined)
    .orderBy(asc(residents.id))
    .limit(60)
    .all()
    .map((r) => r.id);
  const guides = ["zx21", "zx22", "zx23", "zx24", "zx25"].filter((u) => userIds.has(u));
  const desk = guides.length ? guides : ["counselor2"];

  const rand = prng(20261201);
  const today = startOfLocalDay(now);
  const first = addLocalDays(today, -DAY_SPAN);
  const rows: NewReservation[] = [];
  const taken = new Map<number, { startAt: Date; endAt: Date; places: number }[]>();
  const blackouts: { roomId: number | null; startAt: Date; endAt: Date }[] = [];

  const at = (day: Date, hhmm: string) => new Date(day.getTime() + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))) * MINUTE);

  function fits(r: EngineRoom, startAt: Date, endAt: Date, places: number): boolean {
    // Past times are fine here (history), everything else as the engine checks it.
    if (shapeProblem(r, startAt, endAt, places, new Date(0))) return false;
    if (blackouts.some((b) => (b.roomId === null || b.roomId === r.id) && b.startAt < endAt && b.endAt > startAt)) return false;
    const overlapping = (taken.get(r.id) ?? []).filter((x) => x.startAt < endAt && x.endAt > startAt);
    if (r.mode === "exclusive") return overlapping.length === 0;
    return peakPlaces(overlapping, startAt, endAt).peak + places <= r.capacity;
  }

  function add(
    code: Code,
    startAt: Date,
    minutes: number,
    f: { purpose: ReservationPurpose; title: string | null; by: string; places?: number; residentId?: number | null; seriesId?: string; cancel?: { by: string; reason: string } },
  ): boolean {
    const r = room.get(code)!;
    const endAt = new Date(startAt.getTime() + minutes * MINUTE);
    const places = r.mode === "exclusive" ? 1 : (f.places ?? 1);
    const cancelled = Boolean(f.cancel);
    if (!cancelled && !fits(r, startAt, endAt, places)) return false;
    if (cancelled && shapeProblem(r, startAt, endAt, places, new Date(0))) return false;
    const createdAt = new Date(Math.min(now.getTime(), startAt.getTime() - (2 + rand.int(0, 5)) * 24 * 60 * MINUTE));
    rows.push({
      roomId: r.id,
      startAt,
      endAt,
      status: cancelled ? "cancelled" : "confirmed",
      purpose: f.purpose,
      places,
      title: f.title,
      bookedBy: uid(f.by),
      residentId: f.residentId ?? null,
      seriesId: f.seriesId ?? null,
      cancelledAt: cancelled ? new Date(Math.min(now.getTime(), startAt.getTime() - 3 * 60 * MINUTE)) : null,
      cancelledBy: cancelled ? uid(f.cancel!.by) : null,
      cancelReason: f.cancel?.reason ?? null,
      createdAt,
    });
    if (!cancelled) taken.set(r.id, [...(taken.get(r.id) ?? []), { startAt, endAt, places }]);
    return true;
  }

  const days = Array.from({ length: DAY_SPAN * 2 }, (_, i) => addLocalDays(first, i));
  const weekday = (d: Date) => localClock(d).weekday;
  /** The first day from `d` on which the room is open. */
  const openDay = (code: Code, d: Date) => {
    let day = d;
    while (!room.get(code)!.openingHours[weekday(day)]) day = addLocalDays(day, 1);
    return day;
  };

  // A maintenance blackout next week, and last week's fire-safety inspection that closed every room.
  const vrDay = openDay("vr", addLocalDays(today, 3));
  const maintenance = { roomId: room.get("vr")!.id, startAt: at(vrDay, "08:30"), endAt: at(vrDay, "12:30"), reason: "设备维护：VR 头显固件升级与消毒" };
  const inspectionDay = openDay("studio", addLocalDays(today, -5));
  const inspection = { roomId: null, startAt: at(inspectionDay, "13:00"), endAt: at(inspectionDay, "14:00"), reason: "消防安全检查，全部功能室暂停使用" };
  blackouts.push(maintenance, inspection);

  // Weekly series, each occurrence its own row with one series id.
  for (const day of days) {
    const wd = weekday(day);
    if (wd === 1) add("sandplay", at(day, "16:00"), 60, { purpose: "meeting", title: "中心工作例会", by: "admin", seriesId: "seed-series-weekly-meeting" });
    if (wd === 1) add("vr", at(day, "08:30"), 30, { purpose: "other", title: "VR 设备例行巡检", by: "admin", seriesId: "seed-series-vr-check" });
    if (wd === 3) add("sandplay", at(day, "14:30"), 120, { purpose: "activity", title: "青少年团体沙盘小组", by: "teacher", seriesId: "seed-series-sandplay-youth" });
    if (wd === 4) add("exercise", at(day, "16:00"), 60, { purpose: "activity", title: "社区减压操", by: "teacher", places: 6, seriesId: "seed-series-exercise" });
    if (wd === 5) add("sandplay", at(day, "14:00"), 120, { purpose: "meeting", title: "咨询师团体督导", by: "counselor", seriesId: "seed-series-supervision" });
    if (wd === 2) add("music", at(day, "09:30"), 60, { purpose: "activity", title: "老年音乐放松小组", by: "fd01", places: 4, seriesId: "seed-series-music-elderly" });
  }

  // The demo residents' own bookings: history, one upcoming each, one they cancelled.
  const resident = residentOf("resident");
  const resident2 = residentOf("resident2");
  const own = (username: string, residentId: number | null, code: Code, day: Date, hhmm: string, minutes: number, cancel?: string) =>
    add(code, at(openDay(code, day), hhmm), minutes, { purpose: "self_service", title: null, by: username, residentId, cancel: cancel ? { by: username, reason: cancel } : undefined });
  if (resident) {
    own("resident", resident, "sleep", addLocalDays(today, -10), "14:00", 60);
    own("resident", resident, "music", addLocalDays(today, -4), "10:30", 60);
    own("resident", resident, "emotion", addLocalDays(today, 1), "10:00", 60, "临时有事，改天再来");
    own("resident", resident, "sleep", addLocalDays(today, 2), "14:00", 60);
  }
  if (resident2) {
    own("resident2", resident2, "exercise", addLocalDays(today, -7), "15:00", 60);
    own("resident2", resident2, "emotion", addLocalDays(today, 3), "10:00", 60);
  }

  // Walk-in use and staff bookings, on a half-hour grid within each room's hours.
  for (const day of days) {
    for (const [code, plan] of Object.entries(WALK_IN) as [Code, NonNullable<(typeof WALK_IN)[Code]>][]) {
      const r = room.get(code)!;
      const hours = r.openingHours[weekday(day)];
      if (!hours) continue;
      const wanted = rand.int(plan.perDay[0], plan.perDay[1]);
      for (let tries = 0, made = 0; made < wanted && tries < wanted * 4; tries++) {
        const minutes = rand.pick(plan.lengths);
        const slots = Math.floor((hours[1] - hours[0] - minutes) / 30);
        if (slots < 0) break;
        const startAt = new Date(day.getTime() + (hours[0] + 30 * rand.int(0, slots)) * MINUTE);
        const staffBooking = code === "studio";
        const ok = add(code, startAt, minutes, {
          purpose: staffBooking ? "meeting" : "self_service",
          title: rand.pick(plan.titles),
          by: staffBooking ? rand.pick(["counselor", "counselor2"]) : rand.pick(desk),
          residentId: staffBooking || !walkInResidents.length ? null : rand.pick(walkInResidents),
          cancel: !staffBooking && rand.next() < 0.08 ? { by: rand.pick(desk), reason: "居民来电取消" } : undefined,
        });
        if (ok) made++;
      }
    }
  }

  db.insert(roomBlackouts)
    .values([maintenance, inspection].map((b) => ({ ...b, createdBy: uid("admin"), createdAt: new Date(Math.min(now.getTime(), b.startAt.getTime() - 3 * 24 * 60 * MINUTE)) })))
    .run();
  for (let i = 0; i < rows.length; i += 200) db.insert(reservations).values(rows.slice(i, i + 200)).run();
}
