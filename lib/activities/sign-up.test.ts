import { beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { activities, activitySignups, residentMessages } from "@/db/schema";
import { cancelActivity } from "./cancel-activity";
import { cancelSignup } from "./cancel-signup";
import { getActivity } from "./queries";
import { signUp } from "./sign-up";
import { updateActivity } from "./update-activity";
import { activitiesWorld, BEFORE_START, codeOf, errorOf, local, type ActivitiesWorld } from "./test-fixtures";

let w: ActivitiesWorld;
beforeEach(async () => {
  w = await activitiesWorld(4);
});

const statuses = (activityId: number) =>
  Object.fromEntries(
    w.db
      .select({ residentId: activitySignups.residentId, status: activitySignups.status })
      .from(activitySignups)
      .where(eq(activitySignups.activityId, activityId))
      .all()
      .map((r) => [r.residentId, r.status]),
  );
const messagesOf = (residentId: number) => w.db.select().from(residentMessages).where(eq(residentMessages.residentId, residentId)).all();
const statusOf = (id: number) => w.db.select({ s: activities.status }).from(activities).where(eq(activities.id, id)).get()!.s;

describe("signUp and cancelSignup", () => {
  it("capacity 2, three sign-ups: two registered, one waitlisted; a cancellation promotes and tells the waitlisted one", () => {
    const id = w.activity({ capacity: 2 });
    const [a, b, c] = [w.resident, w.resident2, w.more[0]];
    expect(signUp(w.ctx(a), id)).toMatchObject({ status: "registered", waitlistPosition: null });
    expect(statusOf(id)).toBe("open");
    expect(signUp(w.ctx(b), id)).toMatchObject({ status: "registered" });
    expect(statusOf(id)).toBe("full");
    expect(signUp(w.ctx(c), id)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect(getActivity(w.ctx(w.teacher), id)).toMatchObject({ registered: 2, waitlisted: 1, status: "full" });

    expect(cancelSignup(w.ctx(a), id)).toEqual({ status: "cancelled", promoted: 1 });
    expect(statuses(id)).toEqual({ [a.residentId!]: "cancelled", [b.residentId!]: "registered", [c.residentId!]: "registered" });
    const told = messagesOf(c.residentId!);
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({ kind: "waitlist_promoted", sourceType: "activity", sourceId: id });
    expect(getActivity(w.ctx(c), id)).toMatchObject({ registered: 2, waitlisted: 0, mySignup: { status: "registered" } });
    expect(statusOf(id)).toBe("full");
  });

  it("promotes exactly one per freed place, in waitlist order", () => {
    const id = w.activity({ capacity: 1 });
    signUp(w.ctx(w.resident), id);
    for (const r of [w.resident2, ...w.more]) expect(signUp(w.ctx(r), id).status).toBe("waitlisted");
    expect(getActivity(w.ctx(w.more[1]), id).mySignup).toMatchObject({ status: "waitlisted", waitlistPosition: 3 });
    expect(cancelSignup(w.ctx(w.resident), id).promoted).toBe(1);
    const s = statuses(id);
    expect(Object.values(s).filter((x) => x === "registered")).toHaveLength(1);
    expect(s[w.resident2.residentId!]).toBe("registered");
    expect(getActivity(w.ctx(w.more[1]), id).mySignup?.waitlistPosition).toBe(2);
    // A waitlisted resident leaving frees no place: nobody else moves up.
    expect(cancelSignup(w.ctx(w.more[0]), id).promoted).toBe(0);
    expect(getActivity(w.ctx(w.more[1]), id).mySignup?.waitlistPosition).toBe(1);
  });

  it("refuses a second sign-up (409), and accepts signing up again after cancelling (at the end of the queue)", () => {
    const id = w.activity({ capacity: 1 });
    signUp(w.ctx(w.resident), id);
    const e = errorOf(() => signUp(w.ctx(w.resident), id));
    expect(e.code).toBe("conflict");
    expect(e.userMessage).toBe("您已经报名了这个活动。");
    signUp(w.ctx(w.resident2), id);
    cancelSignup(w.ctx(w.resident), id);
    expect(signUp(w.ctx(w.resident), id)).toMatchObject({ status: "waitlisted", waitlistPosition: 1 });
    expect(w.db.select().from(activitySignups).where(and(eq(activitySignups.activityId, id), eq(activitySignups.residentId, w.resident.residentId!))).all()).toHaveLength(1);
  });

  it("cancelling twice is a no-op; cancelling without a sign-up is 409", () => {
    const id = w.activity();
    signUp(w.ctx(w.resident), id);
    expect(cancelSignup(w.ctx(w.resident), id).status).toBe("cancelled");
    expect(cancelSignup(w.ctx(w.resident), id)).toEqual({ status: "cancelled", promoted: 0 });
    expect(codeOf(() => cancelSignup(w.ctx(w.resident2), id))).toBe("conflict");
  });

  it("refuses after the deadline, once started, when closed or cancelled (409), and staff accounts (403)", () => {
    const id = w.activity({ signupDeadline: local("2026-12-01 12:00") });
    expect(codeOf(() => signUp(w.ctx(w.resident, local("2026-12-01 12:00")), id))).toBe("conflict");
    expect(codeOf(() => signUp(w.ctx(w.resident, local("2026-12-01 11:59")), id))).toBe("ok");
    expect(getActivity(w.ctx(w.resident, local("2026-12-01 12:00")), id).status).toBe("closed");

    const closed = w.activity({ roomId: w.room("studio") });
    updateActivity(w.ctx(w.teacher), closed, { signupsClosed: true });
    expect(codeOf(() => signUp(w.ctx(w.resident), closed))).toBe("conflict");
    updateActivity(w.ctx(w.teacher), closed, { signupsClosed: false });
    expect(codeOf(() => signUp(w.ctx(w.resident), closed))).toBe("ok");

    const cancelled = w.activity({ roomId: w.room("emotion"), endAt: local("2026-12-02 15:00") });
    cancelActivity(w.ctx(w.teacher), cancelled);
    expect(errorOf(() => signUp(w.ctx(w.resident), cancelled)).userMessage).toBe("这个活动已经取消。");

    expect(codeOf(() => signUp(w.ctx(w.teacher), id))).toBe("forbidden");
    expect(codeOf(() => signUp(w.ctx(w.admin), id))).toBe("forbidden");
    expect(codeOf(() => signUp(w.ctx(w.resident), 9999))).toBe("not_found");
  });

  it("refuses to cancel a place once the activity has started (409)", () => {
    const id = w.activity();
    signUp(w.ctx(w.resident), id);
    expect(codeOf(() => cancelSignup(w.ctx(w.resident, local("2026-12-02 14:00")), id))).toBe("conflict");
    expect(codeOf(() => cancelSignup(w.ctx(w.resident, BEFORE_START), id))).toBe("ok");
  });

  it("promotes the waitlist when the teacher adds places, and refuses fewer places than registered", () => {
    const id = w.activity({ capacity: 1 });
    signUp(w.ctx(w.resident), id);
    signUp(w.ctx(w.resident2), id);
    signUp(w.ctx(w.more[0]), id);
    expect(codeOf(() => updateActivity(w.ctx(w.teacher), id, { capacity: 1 }))).toBe("ok");
    updateActivity(w.ctx(w.teacher), id, { capacity: 2 });
    expect(statuses(id)[w.resident2.residentId!]).toBe("registered");
    expect(statuses(id)[w.more[0].residentId!]).toBe("waitlisted");
    expect(messagesOf(w.resident2.residentId!)[0].kind).toBe("waitlist_promoted");
    const e = errorOf(() => updateActivity(w.ctx(w.teacher), id, { capacity: 1 }));
    expect(e.code).toBe("conflict");
    expect(e.fieldErrors?.capacity).toBeDefined();
  });
});
