import { eq } from "drizzle-orm";
import type { Db } from "@/db/client";
import { appointments, availabilityRules, reservations, rooms, services, staffProfiles } from "@/db/schema";
import { ROOMS } from "@/db/seed-data";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { local, NOW } from "../rooms/test-fixtures";

export { codeOf, errorOf, local, NOW } from "../rooms/test-fixtures";

export interface AppointmentsWorld {
  db: Db;
  admin: Actor;
  c1: Actor;
  c2: Actor;
  c3: Actor;
  teacher: Actor;
  r1: Actor;
  r2: Actor;
  r3: Actor;
  room: (code: (typeof ROOMS)[number]["code"]) => number;
  /** 个体心理咨询 50 min (studio, sandplay); 沙盘治疗 60 min (sandplay, needs 沙盘治疗); 音乐放松 45 min (music). */
  service: { individual: number; sandplay: number; music: number };
  ctx: (actor: Actor, now?: Date) => ReturnType<typeof ctxFor>;
  reservationOf: (appointmentId: number) => { id: number; roomId: number; status: string; holdExpiresAt: Date | null } | undefined;
}

const WEEKDAYS = [1, 2, 3, 4, 5];

/**
 * A fresh database with the eight rooms, three services, three counsellors and three residents.
 * c1 (情绪管理) and c3 (人际关系) work Mon–Fri 09:00–12:00 and 14:00–17:00; c2 (沙盘治疗) works
 * Tuesdays 09:00–12:00. "Now" is Monday 2026-11-30 09:00 in the centre.
 */
export async function appointmentsWorld(): Promise<AppointmentsWorld> {
  const db = createTestDb();
  for (const [i, r] of ROOMS.entries()) db.insert(rooms).values({ ...r, openingHours: [...r.openingHours], sortOrder: i, createdAt: NOW }).run();
  const ids = new Map(db.select({ id: rooms.id, code: rooms.code }).from(rooms).all().map((r) => [r.code, r.id]));
  const room = (code: string) => ids.get(code)!;
  const admin = await makeUser(db, "admin1", ["admin"], { name: "王主任" });
  const c1 = await makeUser(db, "c1", ["counselor"], { name: "李静怡" });
  const c2 = await makeUser(db, "c2", ["counselor"], { name: "赵明远" });
  const c3 = await makeUser(db, "c3", ["counselor"], { name: "孙晓" });
  const teacher = await makeUser(db, "t1", ["teacher"], { name: "陈老师" });
  const r1 = await makeUser(db, "r1", ["resident"], { name: "张秀英" });
  const r2 = await makeUser(db, "r2", ["resident"], { name: "马国强" });
  const r3 = await makeUser(db, "r3", ["resident"], { name: "刘芳" });
  db.insert(staffProfiles)
    .values([
      { userId: c1.userId, counselorKind: "expert", specialties: ["情绪管理", "婚姻家庭"] },
      { userId: c2.userId, counselorKind: "volunteer", specialties: ["沙盘治疗", "青少年成长"] },
      { userId: c3.userId, counselorKind: "guide", specialties: ["人际关系"] },
    ])
    .run();
  const rules = [];
  for (const c of [c1, c3]) for (const weekday of WEEKDAYS) rules.push({ counselorId: c.userId, weekday, startMinute: 540, endMinute: 720, createdAt: NOW }, { counselorId: c.userId, weekday, startMinute: 840, endMinute: 1020, createdAt: NOW });
  rules.push({ counselorId: c2.userId, weekday: 2, startMinute: 540, endMinute: 720, createdAt: NOW });
  db.insert(availabilityRules).values(rules).run();
  const svc = (name: string, durationMinutes: number, roomIds: number[], requiredSpecialty: string | null, sortOrder: number) =>
    db.insert(services).values({ name, durationMinutes, roomIds, requiredSpecialty, sortOrder, createdAt: NOW }).returning({ id: services.id }).get().id;
  const service = {
    individual: svc("个体心理咨询", 50, [room("studio"), room("sandplay")], null, 1),
    sandplay: svc("沙盘治疗", 60, [room("sandplay")], "沙盘治疗", 2),
    music: svc("音乐放松", 45, [room("music")], null, 3),
  };
  return {
    db,
    admin,
    c1,
    c2,
    c3,
    teacher,
    r1,
    r2,
    r3,
    room,
    service,
    ctx: (actor, now = NOW) => ctxFor(db, actor, now),
    reservationOf: (appointmentId) => {
      const a = db.select({ reservationId: appointments.reservationId }).from(appointments).where(eq(appointments.id, appointmentId)).get();
      if (!a?.reservationId) return undefined;
      return db.select({ id: reservations.id, roomId: reservations.roomId, status: reservations.status, holdExpiresAt: reservations.holdExpiresAt }).from(reservations).where(eq(reservations.id, a.reservationId)).get();
    },
  };
}

/** Tuesday 2026-12-01 at a local time. */
export const tue = (hhmm: string) => local(`2026-12-01 ${hhmm}`);
