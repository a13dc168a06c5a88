import { beforeAll, describe, expect, it } from "vitest";
import { appointments, type AppointmentStatus } from "@/db/schema";
import { appointmentStats } from "./appointment-stats";
import { getMonthlyStats } from "./get-stats";
import { local, NOV, OCT, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;

function appt(service: string, counselorId: number | null, start: string | null, status: AppointmentStatus) {
  const startAt = start ? local(start) : null;
  w.db
    .insert(appointments)
    .values({
      residentId: w.people[0],
      serviceId: w.service(service),
      counselorId,
      startAt,
      endAt: startAt ? new Date(startAt.getTime() + 50 * 60_000) : null,
      status,
      mode: start ? "slot" : "order",
      createdBy: w.admin.userId,
      createdAt: local("2026-10-01 09:00"),
    })
    .run();
}

beforeAll(async () => {
  w = await statsWorld();
  const c1 = w.counselor.userId;
  const c2 = w.counselor2.userId;
  // November (local): 7 appointments.
  appt("个体咨询", c1, "2026-11-01 00:00", "completed"); // first minute of the month
  appt("个体咨询", c1, "2026-11-10 10:00", "completed");
  appt("个体咨询", c1, "2026-11-12 10:00", "no_show");
  appt("个体咨询", c2, "2026-11-13 10:00", "cancelled");
  appt("沙盘治疗", c2, "2026-11-20 14:00", "completed");
  appt("沙盘治疗", c2, "2026-11-25 14:00", "checked_in");
  appt("沙盘治疗", c1, "2026-11-30 23:30", "confirmed"); // last half hour of the month
  // Outside November: the day after, the evening before, and an order without a time.
  appt("个体咨询", c1, "2026-12-01 00:00", "confirmed");
  appt("个体咨询", c2, "2026-10-31 23:59", "no_show");
  appt("沙盘治疗", null, null, "requested");
});

describe("appointment statistics", () => {
  it("counts November's appointments by outcome, service and counsellor, with the no-show rate", () => {
    const s = appointmentStats(w.db, NOV);
    expect(s.total).toBe(7);
    expect(s.byStatus).toEqual({ requested: 0, confirmed: 1, checked_in: 1, completed: 3, cancelled: 1, declined: 0, no_show: 1 });
    // 1 no-show of 3 completed + 1 checked in + 1 no-show.
    expect(s.noShowRate).toBeCloseTo(1 / 5);
    expect(s.byService).toEqual([
      { id: w.service("个体咨询"), name: "个体咨询", total: 4, completed: 2, noShow: 1, cancelled: 1 },
      { id: w.service("沙盘治疗"), name: "沙盘治疗", total: 3, completed: 1, noShow: 0, cancelled: 0 },
    ]);
    expect(s.byCounselor).toEqual([
      { id: w.counselor.userId, name: "李咨询", total: 4, completed: 2, noShow: 1, cancelled: 0 },
      { id: w.counselor2.userId, name: "王咨询", total: 3, completed: 1, noShow: 0, cancelled: 1 },
    ]);
  });

  it("takes October as the previous period, and gives no rate when nothing took place", () => {
    const s = appointmentStats(w.db, OCT);
    expect(s).toMatchObject({ total: 1, noShowRate: 1 });
    expect(appointmentStats(w.db, { ...NOV, start: local("2025-01-01 00:00"), end: local("2025-02-01 00:00") }).noShowRate).toBeNull();
    const r = getMonthlyStats(w.ctx(w.admin), { month: "2026-11" });
    expect(r.appointments.total).toBe(7);
    expect(r.previous.period.code).toBe("2026-10");
    expect(r.previous.appointments.total).toBe(1);
  });
});
