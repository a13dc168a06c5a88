import { and, eq } from "drizzle-orm";
import { activitySignups } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { auditActivity, loadForManage } from "./internal";
import type { AttendanceInput } from "./schemas";

/** Attendance opens this long before the start, so a teacher can tick people in as they arrive. */
export const ATTENDANCE_OPENS_MS = 60 * 60_000;

/**
 * A teacher of the activity (or the admin) marks registered residents present or absent, on a
 * phone, one toggle at a time or all at once. A mark can be changed later.
 */
export function recordAttendance(ctx: Ctx, activityId: number, input: AttendanceInput): { signupId: number; status: "attended" | "absent" }[] {
  return ctx.db.transaction(
    () => {
      const { activity: a } = loadForManage(ctx, activityId);
      if (a.status === "cancelled") throw appError("conflict", t("activities.error.alreadyCancelled"));
      if (ctx.now.getTime() < a.startAt.getTime() - ATTENDANCE_OPENS_MS) throw appError("conflict", t("activities.error.attendanceTooEarly"));
      const out = input.marks.map((m, i) => {
        const s = ctx.db
          .select({ id: activitySignups.id, status: activitySignups.status })
          .from(activitySignups)
          .where(and(eq(activitySignups.id, m.signupId), eq(activitySignups.activityId, a.id)))
          .get();
        if (!s) throw appError("validation", t("activities.error.attendanceUnknown"), { [`marks.${i}.signupId`]: [t("activities.error.attendanceUnknown")] });
        if (s.status !== "registered" && s.status !== "attended" && s.status !== "absent") throw appError("conflict", t("activities.error.attendanceNotRegistered"));
        const status = m.attended ? ("attended" as const) : ("absent" as const);
        ctx.db.update(activitySignups).set({ status, attendanceAt: ctx.now, attendanceBy: ctx.actor.userId }).where(eq(activitySignups.id, s.id)).run();
        return { signupId: s.id, status };
      });
      auditActivity(ctx, "activity.attendance", "activity", a.id, {
        attended: out.filter((o) => o.status === "attended").length,
        absent: out.filter((o) => o.status === "absent").length,
      });
      return out;
    },
    { behavior: "immediate" },
  );
}
