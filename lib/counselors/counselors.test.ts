import { describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, availabilityRules, staffProfiles } from "@/db/schema";
import { appointmentsWorld, codeOf, tue } from "../appointments/test-fixtures";
import { confirmAppointment } from "../appointments/confirm-appointment";
import { requestAppointment } from "../appointments/request-appointment";
import { addAvailabilityException } from "./add-availability-exception";
import { windowsOn } from "./availability";
import { getAvailability, getCounselor, knownSpecialties, listCounselors } from "./queries";
import { removeAvailabilityException } from "./remove-availability-exception";
import { availabilityExceptionSchema, setWeeklyAvailabilitySchema, updateCounselorProfileSchema } from "./schemas";
import { setWeeklyAvailability } from "./set-weekly-availability";
import { updateCounselorProfile } from "./update-counselor-profile";

describe("windowsOn", () => {
  const rules = [
    { weekday: 1, startMinute: 540, endMinute: 720, validFrom: null, validTo: null },
    { weekday: 1, startMinute: 700, endMinute: 780, validFrom: null, validTo: "2026-12-31" },
    { weekday: 2, startMinute: 540, endMinute: 600, validFrom: "2027-01-01", validTo: null },
  ];
  it("merges the day's rules, adds extra hours and cuts out leave", () => {
    expect(windowsOn(rules, [], "2026-11-30", 1)).toEqual([[540, 780]]);
    expect(windowsOn(rules, [], "2027-01-04", 1)).toEqual([[540, 720]]);
    expect(windowsOn(rules, [], "2026-12-01", 2)).toEqual([]);
    expect(windowsOn(rules, [{ date: "2026-11-30", kind: "leave", startMinute: 600, endMinute: 660 }], "2026-11-30", 1)).toEqual([[540, 600], [660, 780]]);
    expect(windowsOn(rules, [{ date: "2026-11-30", kind: "extra", startMinute: 840, endMinute: 900 }], "2026-11-30", 1)).toEqual([[540, 780], [840, 900]]);
    expect(windowsOn(rules, [{ date: "2026-11-30", kind: "leave", startMinute: 0, endMinute: 1440 }], "2026-11-30", 1)).toEqual([]);
  });
});

describe("counsellor profiles", () => {
  it("a counsellor edits their own, an admin anyone's; others are refused", async () => {
    const w = await appointmentsWorld();
    updateCounselorProfile(w.ctx(w.c1), w.c1.userId, { bio: "擅长情绪困扰", specialties: ["情绪管理", "睡眠问题", "情绪管理"] });
    expect(getCounselor(w.ctx(w.r1), w.c1.userId)).toMatchObject({ bio: "擅长情绪困扰", specialties: ["情绪管理", "睡眠问题"], kind: "expert" });
    expect(codeOf(() => updateCounselorProfile(w.ctx(w.c3), w.c1.userId, { bio: "改别人的" }))).toBe("forbidden");
    expect(codeOf(() => updateCounselorProfile(w.ctx(w.r1), w.c1.userId, { bio: "居民改" }))).toBe("forbidden");
    expect(codeOf(() => updateCounselorProfile(w.ctx(w.admin), w.teacher.userId, { bio: "不是咨询师" }))).toBe("not_found");
    updateCounselorProfile(w.ctx(w.admin), w.c3.userId, { counselorKind: "expert", accepting: false });
    expect(w.db.select({ k: staffProfiles.counselorKind }).from(staffProfiles).where(eq(staffProfiles.userId, w.c3.userId)).get()?.k).toBe("expert");
    // Not taking appointments: gone from the public directory, still there for the admin.
    expect(listCounselors(w.ctx(w.r1)).map((c) => c.id)).toEqual([w.c1.userId, w.c2.userId]);
    expect(listCounselors(w.ctx(w.admin), { includeInactive: true }).map((c) => c.id)).toContain(w.c3.userId);
    expect(codeOf(() => getCounselor(w.ctx(w.r1), w.c3.userId))).toBe("not_found");
    expect(listCounselors(w.ctx(w.r1), { specialty: "沙盘治疗" }).map((c) => c.id)).toEqual([w.c2.userId]);
    expect(knownSpecialties(w.ctx(w.r1))).toContain("沙盘治疗");
    expect(w.db.select().from(auditLog).where(and(eq(auditLog.action, "counselor.profile_update"), eq(auditLog.entityId, String(w.c1.userId)))).all()).toHaveLength(1);
    expect(updateCounselorProfileSchema.safeParse({ bio: "x", role: "admin" }).success).toBe(false);
  });
});

describe("availability", () => {
  it("the weekly pattern is replaced as a whole, by its counsellor or an admin", async () => {
    const w = await appointmentsWorld();
    const input = setWeeklyAvailabilitySchema.parse({ rules: [{ weekday: 3, startMinute: "09:00", endMinute: "11:30" }, { weekday: 5, startMinute: 840, endMinute: 1020, validFrom: "2026-12-01" }] });
    setWeeklyAvailability(w.ctx(w.c2), w.c2.userId, input);
    expect(getAvailability(w.ctx(w.c1), w.c2.userId).rules).toMatchObject([
      { weekday: 3, startMinute: 540, endMinute: 690, validFrom: null },
      { weekday: 5, startMinute: 840, endMinute: 1020, validFrom: "2026-12-01" },
    ]);
    expect(codeOf(() => setWeeklyAvailability(w.ctx(w.c1), w.c2.userId, input))).toBe("forbidden");
    setWeeklyAvailability(w.ctx(w.admin), w.c2.userId, { rules: [] });
    expect(w.db.select().from(availabilityRules).where(eq(availabilityRules.counselorId, w.c2.userId)).all()).toEqual([]);
    expect(codeOf(() => getAvailability(w.ctx(w.r1), w.c2.userId))).toBe("forbidden");
    expect(setWeeklyAvailabilitySchema.safeParse({ rules: [{ weekday: 3, startMinute: "11:00", endMinute: "09:00" }] }).success).toBe(false);
    expect(setWeeklyAvailabilitySchema.safeParse({ rules: [{ weekday: 3, startMinute: "09:03", endMinute: "10:00" }] }).success).toBe(false);
    expect(setWeeklyAvailabilitySchema.safeParse({ rules: [{ weekday: 7, startMinute: "09:00", endMinute: "10:00" }] }).success).toBe(false);
  });

  it("leave stops new bookings and names the sessions already in it; removing it reopens the time", async () => {
    const w = await appointmentsWorld();
    const r = requestAppointment(w.ctx(w.r1), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("10:00") });
    confirmAppointment(w.ctx(w.c1), r.id, {});
    const leave = addAvailabilityException(w.ctx(w.c1), w.c1.userId, availabilityExceptionSchema.parse({ date: "2026-12-01", kind: "leave", startMinute: "00:00", endMinute: "24:00", note: "参加培训" }));
    expect(leave.affectedAppointmentIds).toEqual([r.id]);
    expect(codeOf(() => requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("14:00") }))).toBe("conflict");
    expect(codeOf(() => removeAvailabilityException(w.ctx(w.c3), w.c1.userId, leave.id))).toBe("forbidden");
    expect(codeOf(() => removeAvailabilityException(w.ctx(w.c3), w.c3.userId, leave.id))).toBe("not_found");
    removeAvailabilityException(w.ctx(w.c1), w.c1.userId, leave.id);
    expect(requestAppointment(w.ctx(w.r2), { serviceId: w.service.individual, counselorId: w.c1.userId, startAt: tue("14:00") }).status).toBe("requested");
    expect(getAvailability(w.ctx(w.admin), w.c1.userId, { fromDate: "2026-11-30", toDate: "2026-12-31" }).exceptions).toEqual([]);
  });
});
