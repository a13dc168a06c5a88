import { APPOINTMENT_STATUSES, CALL_CATEGORIES, CALLER_KINDS, RISK_LEVELS } from "@/db/schema";
import { label, t, type MessageKey } from "../i18n/messages";
import { formatDateTime } from "../time";
import type { PeriodFigures, StatsReport } from "./get-stats";

/** A share (0–1), shown as a percentage; null when there was nothing to divide by. */
export interface Rate {
  rate: number | null;
}
export type Cell = string | number | null | Rate;

export interface Table {
  title: string;
  headers: string[];
  rows: Cell[][];
  note?: string;
}

export interface Sheet {
  /** The worksheet's name (≤ 31 characters, no []:*?/\). */
  name: string;
  tables: Table[];
}

export const rate = (r: number | null): Rate => ({ rate: r });
export const isRate = (c: Cell): c is Rate => typeof c === "object" && c !== null;

/** "37.5%" or "—". */
export function formatRate(r: number | null): string {
  return r === null ? t("stats.none") : `${(Math.round(r * 1000) / 10).toFixed(1)}%`;
}

export function formatCell(c: Cell): string {
  if (c === null) return t("stats.none");
  if (isRate(c)) return formatRate(c.rate);
  return String(c);
}

export interface Kpi {
  key: MessageKey;
  current: number | null;
  previous: number | null;
  isRate: boolean;
}

/** The headline figures with last period's value beside them (the page's cards and the overview sheet). */
export function kpis(r: StatsReport): Kpi[] {
  const pick = (f: PeriodFigures): [MessageKey, number | null, boolean][] => [
    ["stats.kpi.appointments", f.appointments.total, false],
    ["stats.kpi.noShowRate", f.appointments.noShowRate, true],
    ["stats.kpi.calls", f.hotline.calls, false],
    ["stats.kpi.followUpInTime", f.hotline.followUps.inTimeRate, true],
    ["stats.kpi.mediationOpened", f.mediation.opened, false],
    ["stats.kpi.mediationClosed", f.mediation.closed, false],
    ["stats.kpi.closureRate", f.mediation.closureRate, true],
    ["stats.kpi.careVisits", f.care.visits, false],
    ["stats.kpi.careDoneRate", f.care.doneRate, true],
    ["stats.kpi.roomUtilisation", f.rooms.utilisation, true],
    ["stats.kpi.activitySessions", f.activities.sessions, false],
    ["stats.kpi.attendance", f.activities.attended, false],
    ["stats.kpi.attendanceRate", f.activities.attendanceRate, true],
    ["stats.kpi.averageRating", f.activities.averageRating, false],
  ];
  const prev = pick(r.previous);
  return pick(r).map(([key, current, isRate], i) => ({ key, current, previous: prev[i][1], isRate }));
}

const kpiCell = (k: Kpi, v: number | null): Cell => (k.isRate ? rate(v) : v);

/** The report as tables, one sheet per area: the one source of the XLSX, the CSV and the print page. */
export function reportSheets(r: StatsReport, now: Date): Sheet[] {
  const a = r.appointments;
  const h = r.hotline;
  const m = r.mediation;
  const c = r.care;
  const act = r.activities;
  return [
    {
      name: t("stats.sheet.summary"),
      tables: [
        {
          title: `${r.period.label}（${t("stats.period.range", { from: r.period.from, to: r.period.to })}）`,
          headers: [t("stats.col.metric"), t("stats.col.current"), `${t("stats.col.previous")}（${r.previous.period.label}）`],
          rows: kpis(r).map((k) => [t(k.key), kpiCell(k, k.current), kpiCell(k, k.previous)]),
          note: t("stats.print.generated", { at: formatDateTime(now) }),
        },
      ],
    },
    {
      name: t("stats.appointments.title"),
      tables: [
        {
          title: t("stats.appointments.byStatus"),
          headers: [t("stats.appointments.status"), t("stats.col.count")],
          rows: [...APPOINTMENT_STATUSES.map((s) => [label("appointmentStatus", s), a.byStatus[s]] as Cell[]), [t("stats.appointments.total"), a.total], [t("stats.kpi.noShowRate"), rate(a.noShowRate)]],
          note: t("stats.appointments.note"),
        },
        {
          title: t("stats.appointments.byService"),
          headers: [t("stats.appointments.service"), t("stats.appointments.total"), t("stats.appointments.completed"), t("stats.appointments.noShow"), t("stats.appointments.cancelled")],
          rows: a.byService.map((s) => [s.name, s.total, s.completed, s.noShow, s.cancelled]),
        },
        {
          title: t("stats.appointments.byCounselor"),
          headers: [t("stats.appointments.counselor"), t("stats.appointments.total"), t("stats.appointments.completed"), t("stats.appointments.noShow"), t("stats.appointments.cancelled")],
          rows: a.byCounselor.map((s) => [s.name, s.total, s.completed, s.noShow, s.cancelled]),
        },
      ],
    },
    {
      name: t("stats.hotline.title"),
      tables: [
        {
          title: t("stats.hotline.followUps"),
          headers: [t("stats.col.metric"), t("stats.col.count")],
          rows: [
            [t("stats.kpi.calls"), h.calls],
            [t("stats.hotline.followUpRequired"), h.followUps.required],
            [t("stats.hotline.followUpDone"), h.followUps.done],
            [t("stats.hotline.followUpInTime"), h.followUps.doneInTime],
            [t("stats.kpi.followUpInTime"), rate(h.followUps.inTimeRate)],
          ],
          note: t("stats.hotline.note"),
        },
        { title: t("stats.hotline.byCategory"), headers: [t("stats.hotline.category"), t("stats.col.count")], rows: CALL_CATEGORIES.map((k) => [label("callCategory", k), h.byCategory[k]]) },
        {
          title: t("stats.hotline.byRisk"),
          headers: [t("stats.hotline.risk"), t("stats.col.count")],
          rows: [...RISK_LEVELS.map((k) => [label("riskLevel", k), h.byRisk[k]] as Cell[]), [t("stats.hotline.unassessed"), h.byRisk.unassessed]],
        },
        { title: t("stats.hotline.byCallerKind"), headers: [t("stats.hotline.callerKind"), t("stats.col.count")], rows: CALLER_KINDS.map((k) => [label("callerKind", k), h.byCallerKind[k]]) },
      ],
    },
    {
      name: t("stats.mediation.title"),
      tables: [
        {
          title: t("stats.mediation.title"),
          headers: [t("stats.col.metric"), t("stats.col.count")],
          rows: [
            [t("stats.mediation.opened"), m.opened],
            [t("stats.mediation.accepted"), m.accepted],
            [t("stats.mediation.concluded"), m.concluded],
            [t("stats.mediation.closed"), m.closed],
            [t("stats.mediation.rate"), rate(m.closureRate)],
            [t("stats.mediation.median"), m.medianDaysToClose],
          ],
          note: t("stats.mediation.note"),
        },
        {
          title: t("stats.mediation.byType"),
          headers: [t("stats.mediation.type"), t("stats.mediation.opened"), t("stats.mediation.accepted"), t("stats.mediation.concluded"), t("stats.mediation.closed"), t("stats.mediation.rate")],
          rows: m.byDisputeType.map((d) => [label("mediationDisputeType", d.disputeType), d.opened, d.accepted, d.concluded, d.closed, rate(d.closureRate)]),
        },
      ],
    },
    {
      name: t("stats.care.title"),
      tables: [
        {
          title: t("stats.care.byGroup"),
          headers: [t("stats.care.group"), t("stats.care.due"), t("stats.care.done"), t("stats.care.visits"), t("stats.care.rate")],
          rows: [...c.byGroup.map((g) => [label("careGroup", g.group), g.due, g.done, g.visits, rate(g.doneRate)] as Cell[]), [t("stats.care.total"), c.due, c.done, c.visits, rate(c.doneRate)]],
          note: t("stats.care.note"),
        },
        {
          title: t("stats.care.byColor"),
          headers: [t("stats.care.color"), t("stats.care.due"), t("stats.care.done"), t("stats.care.visits"), t("stats.care.rate")],
          rows: c.byColor.map((g) => [label("riskColor", g.color), g.due, g.done, g.visits, rate(g.doneRate)]),
        },
      ],
    },
    {
      name: t("stats.rooms.title"),
      tables: [
        {
          title: t("stats.rooms.title"),
          headers: [t("stats.rooms.room"), t("stats.rooms.reservations"), t("stats.rooms.openHours"), t("stats.rooms.bookedHours"), t("stats.rooms.utilisation")],
          rows: r.rooms.rooms.map((x) => [x.name, x.reservations, x.openHours, x.bookedHours, rate(x.utilisation)]),
          note: t("stats.rooms.note"),
        },
      ],
    },
    {
      name: t("stats.activities.title"),
      tables: [
        {
          title: t("stats.activities.byType"),
          headers: [t("stats.activities.type"), t("stats.activities.sessions"), t("stats.activities.attended"), t("stats.activities.ratings"), t("stats.activities.averageRating")],
          rows: [
            ...act.byType.map((x) => [label("activityType", x.type), x.sessions, x.attended, x.ratings, x.averageRating] as Cell[]),
            [t("stats.care.total"), act.sessions, act.attended, act.ratings, act.averageRating],
          ],
          note: t("stats.activities.note"),
        },
        {
          title: t("stats.activities.list"),
          headers: [
            t("stats.activities.activity"),
            t("stats.activities.type"),
            t("stats.activities.date"),
            t("stats.activities.capacity"),
            t("stats.activities.signedUp"),
            t("stats.activities.attended"),
            t("stats.activities.absent"),
            t("stats.activities.averageRating"),
          ],
          rows: act.items.map((x) => [x.title, label("activityType", x.type), formatDateTime(x.startAt), x.capacity, x.signedUp, x.attended, x.absent, x.averageRating]),
        },
      ],
    },
  ];
}
