import { and, eq, gte, lt, sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { APPOINTMENT_STATUSES, appointments, services, users, type AppointmentStatus } from "@/db/schema";
import type { Range } from "./range";
import { ratio } from "./range";

export interface AppointmentLine {
  id: number;
  name: string;
  total: number;
  completed: number;
  noShow: number;
  cancelled: number;
}

export interface AppointmentStats {
  /** Appointments scheduled to start in the period (an order not yet given a time counts nowhere). */
  total: number;
  byStatus: Record<AppointmentStatus, number>;
  byService: AppointmentLine[];
  /** Counsellor load: their appointments in the period, by outcome. */
  byCounselor: AppointmentLine[];
  /** no_show / (completed + checked_in + no_show): of the sessions that were due to take place. */
  noShowRate: number | null;
}

/** One GROUP BY over the start-time index: service × counsellor × status. */
export function appointmentStats(db: Db, range: Range): AppointmentStats {
  const rows = db
    .select({
      serviceId: appointments.serviceId,
      serviceName: services.name,
      counselorId: appointments.counselorId,
      counselorName: users.name,
      status: appointments.status,
      n: sql<number>`count(*)`,
    })
    .from(appointments)
    .innerJoin(services, eq(services.id, appointments.serviceId))
    .leftJoin(users, eq(users.id, appointments.counselorId))
    .where(and(gte(appointments.startAt, range.start), lt(appointments.startAt, range.end)))
    .groupBy(appointments.serviceId, appointments.counselorId, appointments.status)
    .all();

  const byStatus = Object.fromEntries(APPOINTMENT_STATUSES.map((s) => [s, 0])) as Record<AppointmentStatus, number>;
  const svc = new Map<number, AppointmentLine>();
  const cns = new Map<number, AppointmentLine>();
  const add = (map: Map<number, AppointmentLine>, id: number, name: string, status: AppointmentStatus, n: number) => {
    const line = map.get(id) ?? { id, name, total: 0, completed: 0, noShow: 0, cancelled: 0 };
    line.total += n;
    if (status === "completed") line.completed += n;
    if (status === "no_show") line.noShow += n;
    if (status === "cancelled") line.cancelled += n;
    map.set(id, line);
  };
  let total = 0;
  for (const r of rows) {
    total += r.n;
    byStatus[r.status] += r.n;
    add(svc, r.serviceId, r.serviceName, r.status, r.n);
    if (r.counselorId !== null) add(cns, r.counselorId, r.counselorName ?? "", r.status, r.n);
  }
  const order = (a: AppointmentLine, b: AppointmentLine) => b.total - a.total || a.name.localeCompare(b.name, "zh-CN") || a.id - b.id;
  const held = byStatus.completed + byStatus.checked_in + byStatus.no_show;
  return {
    total,
    byStatus,
    byService: [...svc.values()].sort(order),
    byCounselor: [...cns.values()].sort(order),
    noShowRate: ratio(byStatus.no_show, held),
  };
}
