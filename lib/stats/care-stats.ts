import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { CARE_GROUPS, careSettings, RISK_COLORS, type CareGroup, type RiskColor } from "@/db/schema";
import { DEFAULT_CADENCE, type Cadence } from "../care/schedule";
import type { Range } from "./range";
import { ratio } from "./range";

export interface CareLine {
  /** Persons who needed a visit in the period. */
  due: number;
  /** Of those, visited at least once in the period. */
  done: number;
  /** Visits recorded in the period. */
  visits: number;
  doneRate: number | null;
}

export interface CareStats extends CareLine {
  /** A person in two groups counts in both rows. */
  byGroup: (CareLine & { group: CareGroup })[];
  /** By the person's colour at the end of the period. */
  byColor: (CareLine & { color: RiskColor })[];
}

const line = (r: { due: number | null; done: number | null; visits: number | null } | undefined): CareLine => {
  const due = r?.due ?? 0;
  const done = r?.done ?? 0;
  return { due, done, visits: r?.visits ?? 0, doneRate: ratio(done, due) };
};

/**
 * Visits done against visits due, rebuilt for any past period from the visit history: a person in
 * care during the period needed a visit in it when they were visited in it, had never been visited
 * before it, or their last earlier visit plus the cadence of their colour at the period's start
 * fell on or before its last day. Local dates use the centre's fixed +08:00 (no DST since 1991).
 */
export function careStats(db: Db, range: Range): CareStats {
  const cadence: Cadence = { ...DEFAULT_CADENCE };
  for (const r of db.select({ color: careSettings.color, days: careSettings.cadenceDays }).from(careSettings).all()) cadence[r.color] = r.days;
  const start = range.start.getTime();
  const end = range.end.getTime();
  const persons = sql`
    with p as (
      select cp.id as id,
        (select count(*) from care_visits v where v.person_id = cp.id and v.visited_at >= ${start} and v.visited_at < ${end}) as visits,
        (select max(v.visited_at) from care_visits v where v.person_id = cp.id and v.visited_at < ${start}) as last_before,
        coalesce(
          (select h.to_color from care_risk_history h where h.person_id = cp.id and h.at < ${start} order by h.at desc, h.id desc limit 1),
          (select h.to_color from care_risk_history h where h.person_id = cp.id order by h.at, h.id limit 1),
          cp.risk_color) as color_start,
        coalesce(
          (select h.to_color from care_risk_history h where h.person_id = cp.id and h.at < ${end} order by h.at desc, h.id desc limit 1),
          cp.risk_color) as color_end
      from care_persons cp
      where cp.registered_on <= ${range.to} and (cp.exited_on is null or cp.exited_on >= ${range.from})
    ),
    d as (
      select id, visits, color_end,
        case when visits > 0 or last_before is null then 1
             when date(last_before / 1000, 'unixepoch', '+8 hours',
                  '+' || (case color_start when 'red' then ${cadence.red} when 'yellow' then ${cadence.yellow} else ${cadence.green} end) || ' days') <= ${range.to} then 1
             else 0 end as due
      from p
    )`;
  // One pass over the persons (the CTE's per-person subqueries are the cost), summed up here three
  // ways — in all, by colour, by group — instead of evaluating the CTE once per grouping.
  const rows = db.all<{ id: number; due: number; visits: number; color: RiskColor }>(sql`${persons} select d.id as id, d.due as due, d.visits as visits, d.color_end as color from d`);
  const total = { due: 0, done: 0, visits: 0 };
  const colors = new Map<RiskColor, typeof total>();
  const byPerson = new Map<number, { due: number; visits: number }>();
  const add = (into: typeof total, r: { due: number; visits: number }) => {
    into.due += r.due;
    into.done += r.due && r.visits > 0 ? 1 : 0;
    into.visits += r.visits;
  };
  for (const r of rows) {
    add(total, r);
    let c = colors.get(r.color);
    if (!c) colors.set(r.color, (c = { due: 0, done: 0, visits: 0 }));
    add(c, r);
    byPerson.set(r.id, r);
  }
  const groups = new Map<CareGroup, typeof total>();
  for (const m of db.all<{ personId: number; group: CareGroup }>(
    sql`select m.person_id as personId, m."group" as "group" from care_memberships m where m.created_at < ${end} and (m.ended_at is null or m.ended_at >= ${start})`,
  )) {
    const r = byPerson.get(m.personId);
    if (!r) continue;
    let g = groups.get(m.group);
    if (!g) groups.set(m.group, (g = { due: 0, done: 0, visits: 0 }));
    add(g, r);
  }
  return {
    ...line(total),
    byGroup: CARE_GROUPS.map((group) => ({ group, ...line(groups.get(group)) })),
    byColor: RISK_COLORS.map((color) => ({ color, ...line(colors.get(color)) })),
  };
}
