import { beforeAll, describe, expect, it } from "vitest";
import { activities, activitySignups, type ActivityStatus, type ActivityType, type SignupStatus } from "@/db/schema";
import { activityStats } from "./activity-stats";
import { local, NOV, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;

function activity(title: string, type: ActivityType, start: string, capacity: number, signups: [SignupStatus, number | null][], status: ActivityStatus = "open") {
  const s = local(start);
  const { id } = w.db
    .insert(activities)
    .values({ title, type, roomId: w.room("sandplay"), startAt: s, endAt: new Date(s.getTime() + 90 * 60_000), capacity, signupDeadline: s, status, createdBy: w.teacher.userId, createdAt: local("2026-10-01 09:00") })
    .returning({ id: activities.id })
    .get();
  signups.forEach(([st, rating], i) => w.db.insert(activitySignups).values({ activityId: id, residentId: w.people[i], status: st, rating, createdAt: local("2026-10-02 09:00") }).run());
  return id;
}

beforeAll(async () => {
  w = await statsWorld();
  activity("正念减压小组", "group_counselling", "2026-11-05 14:00", 10, [
    ["attended", 5],
    ["attended", 4],
    ["attended", null],
    ["absent", null],
    ["registered", null],
    ["waitlisted", null],
    ["cancelled", null],
  ]);
  activity("睡眠讲座", "lecture", "2026-11-20 19:00", 20, [
    ["attended", 3],
    ["attended", 3],
  ]);
  activity("取消的活动", "lecture", "2026-11-25 14:00", 10, [["cancelled", null]], "cancelled");
  activity("十月讲座", "lecture", "2026-10-30 14:00", 10, [["attended", 5]]);
});

describe("activity statistics", () => {
  it("counts November's sessions, places, attendance and ratings, by type and per activity", () => {
    const s = activityStats(w.db, NOV);
    expect(s).toMatchObject({ sessions: 2, capacity: 30, signedUp: 7, attended: 5, absent: 1, ratings: 4, averageRating: 3.8 });
    expect(s.attendanceRate).toBeCloseTo(5 / 6);
    const t = Object.fromEntries(s.byType.map((x) => [x.type, x]));
    expect(t.group_counselling).toEqual({ type: "group_counselling", sessions: 1, attended: 3, ratings: 2, averageRating: 4.5 });
    expect(t.lecture).toEqual({ type: "lecture", sessions: 1, attended: 2, ratings: 2, averageRating: 3 });
    expect(s.items.map((i) => [i.title, i.signedUp, i.attended, i.absent, i.averageRating])).toEqual([
      ["正念减压小组", 5, 3, 1, 4.5],
      ["睡眠讲座", 2, 2, 0, 3],
    ]);
  });
});
