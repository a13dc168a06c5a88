import type { Actor } from "../auth/actor";
import { makeUser } from "../testing/fixtures";
import { local, NOW, roomsWorld, type RoomsWorld } from "../rooms/test-fixtures";
import { createActivity } from "./create-activity";
import type { CreateActivityInput } from "./schemas";

export { codeOf, errorOf, local, NOW } from "../rooms/test-fixtures";

export interface ActivitiesWorld extends RoomsWorld {
  teacher2: Actor;
  /** Residents r3 … r(n+2), beyond the rooms world's two. */
  more: Actor[];
  /** Creates an activity as `by` (default the teacher) at `now` (default NOW); returns its id. */
  activity: (input?: Partial<CreateActivityInput>, by?: Actor, now?: Date) => number;
}

/** The rooms world (eight rooms, admin, counsellor, teacher t1, residents r1 r2) plus a second teacher and `extra` residents. */
export async function activitiesWorld(extra = 4): Promise<ActivitiesWorld> {
  const w = await roomsWorld();
  const teacher2 = await makeUser(w.db, "t2", ["teacher"], { name: "周老师" });
  const more: Actor[] = [];
  for (let i = 0; i < extra; i++) more.push(await makeUser(w.db, `r${i + 3}`, ["resident"], { name: `居民${i + 3}` }));
  const activity: ActivitiesWorld["activity"] = (input = {}, by = w.teacher, now = NOW) =>
    createActivity(w.ctx(by, now), {
      title: "正念减压小组",
      type: "stress_relief",
      roomId: w.room("sandplay"),
      startAt: local("2026-12-02 14:00"),
      endAt: local("2026-12-02 15:30"),
      capacity: 2,
      ...input,
    }).activities[0].id;
  return { ...w, teacher2, more, activity };
}

/** An hour after the default activity ends: for attendance and feedback. */
export const AFTER = local("2026-12-02 16:30");
export const BEFORE_START = local("2026-12-02 13:30");
