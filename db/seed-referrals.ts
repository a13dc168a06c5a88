import { and, asc, eq, gt, isNull, max, notExists } from "drizzle-orm";
import type { Db } from "./client";
import { actorOf } from "./seed-appointments";
import { careAssignments, careFollowUps, carePersons, notificationOutbox, residents, userRoles, users, type Role } from "./schema";
import type { Actor } from "@/lib/auth/actor";
import { createCall } from "@/lib/hotline/create-call";
import { createCallSchema } from "@/lib/hotline/schemas";
import { addLocalDays, startOfLocalDay, toIsoLocal } from "@/lib/time";

const HOUR = 3_600_000;

function operator(db: Db, username: string): Actor | null {
  const u = db.select({ id: users.id, username: users.username, name: users.name }).from(users).where(eq(users.username, username)).get();
  if (!u) return null;
  return actorOf(u, db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, u.id)).all().map((r) => r.role as Role));
}

/**
 * Calls referred on to mediation and to the care team (issue 5), made through the call use case so
 * every link is real: a neighbours' dispute registered as a case waiting for its mediators, a person
 * in care whose carer is asked to visit early, and a lonely caller not yet in care waiting for the
 * admin. Runs after the hotline, care and mediation seeds, at times in the past few days.
 */
export function seedReferrals(db: Db, now: Date): void {
  const op = operator(db, "hotline");
  if (!op) return;
  // The demo carer's people, and residents with no account who are not in care.
  const inCare = db
    .select({ residentId: carePersons.residentId })
    .from(carePersons)
    .innerJoin(careAssignments, eq(careAssignments.personId, carePersons.id))
    .innerJoin(users, and(eq(users.id, careAssignments.carerId), eq(users.username, "carer")))
    .where(eq(carePersons.status, "active"))
    .orderBy(asc(carePersons.id))
    .all();
  const outside = db
    .select({ id: residents.id })
    .from(residents)
    .leftJoin(users, eq(users.residentId, residents.id))
    .where(and(isNull(users.id), notExists(db.select({ id: carePersons.id }).from(carePersons).where(eq(carePersons.residentId, residents.id)))))
    .orderBy(asc(residents.id))
    .all();
  if (inCare.length < 2 || outside.length < 12) return;

  // Seeding twice adds nothing; the demo sends nothing outside (its messages are in-app only).
  if (db.select({ id: careFollowUps.id }).from(careFollowUps).limit(1).get()) return;
  const outboxBefore = db.select({ id: max(notificationOutbox.id) }).from(notificationOutbox).get()?.id ?? 0;

  const dayAt = (daysAgo: number, hour: number) => new Date(addLocalDays(startOfLocalDay(now), -daysAgo).getTime() + hour * HOUR);
  const call = (startedAt: Date, input: Record<string, unknown>) => {
    const at = new Date(startedAt.getTime() + 25 * 60_000);
    createCall({ db, actor: op, now: at, ip: null }, createCallSchema.parse({ startedAt: toIsoLocal(startedAt), endedAt: toIsoLocal(new Date(startedAt.getTime() + 18 * 60_000)), callerKind: "self", ...input }));
  };

  // The newest case of the demo: registered after every seeded one, so case numbers keep their order.
  call(new Date(now.getTime() - 2 * HOUR), {
    categories: ["family", "emotion"],
    summary: "来电者称楼上邻居装修后漏水，多次协商未果，双方在楼道争吵，来电者血压升高、夜里睡不着。倾听情绪，介绍人民调解的程序。",
    riskLevel: "low",
    actions: ["referred_mediation"],
    residentId: outside[10].id,
    referralDisputeType: "neighbour",
    referralRespondent: "郑国栋",
    referralNote: "楼上住户装修后卫生间漏水，来电者家中厨房墙面受损，双方协商两次未果并发生争吵，来电者希望调解赔偿维修费用。",
  });
  call(dayAt(2, 15), {
    categories: ["emotion", "health"],
    summary: "来电者近一周情绪低落、食欲差，提到老伴去世后一个人不想出门。评估无自伤计划，约定关爱专员近期上门看望。",
    riskLevel: "medium",
    actions: ["referred_care"],
    followUpAt: toIsoLocal(new Date(now.getTime() + 20 * HOUR)),
    residentId: inCare[1].residentId,
    referralNote: "来电时情绪低落、食欲差，独自在家不愿出门，请尽快上门看望，留意睡眠和饮食。",
  });
  call(dayAt(1, 20), {
    categories: ["emotion"],
    summary: "来电者子女都在外地打工，一个人住，晚上感到孤单害怕。陪伴倾诉，介绍社区的关爱服务。",
    riskLevel: "low",
    actions: ["referred_care"],
    residentId: outside[11].id,
    referralNote: "独居，子女在外地，夜间孤单害怕；本人同意关爱专员联系，请评估是否纳入留守老人关爱。",
  });
  db.delete(notificationOutbox).where(gt(notificationOutbox.id, outboxBefore)).run();
}
