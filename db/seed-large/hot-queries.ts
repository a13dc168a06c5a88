import { drizzle } from "drizzle-orm/better-sqlite3";
import type { Db } from "../client";
import * as schema from "../schema";
import type { Role } from "../schema";
import { todaysSessions, triageCount, triageQueue, myOpenAlerts, getService, listAppointments } from "@/lib/appointments/queries";
import { computeSlots } from "@/lib/appointments/slots";
import { weekActivities } from "@/lib/activities/queries";
import { openAlertCount } from "@/lib/assessments/queries";
import { signInProblemsToday } from "@/lib/audit/queries";
import type { Actor } from "@/lib/auth/actor";
import { dueVisits } from "@/lib/care/queries";
import type { Ctx } from "@/lib/context";
import { myHotlineAlerts, myShiftFollowUps, onDutyNow } from "@/lib/hotline/queries";
import { casesNeedingAttention, listCases } from "@/lib/mediation/queries";
import { roomReservations, todayRoomUse } from "@/lib/rooms/queries";
import { reserveRoom } from "@/lib/rooms/reserve-room";
import { getMonthlyStats } from "@/lib/stats/get-stats";
import { accountCounts } from "@/lib/users/queries";
import { addLocalDays, startOfLocalDay, startOfLocalWeek, toLocalDate } from "@/lib/time";

/** Tables of 50 000 rows or more in the ten-year data set: a full scan of one is a bug on a hot path. */
export const LARGE_TABLES = ["appointments", "appointment_events", "session_records", "reservations", "hotline_calls", "care_visits", "activity_signups", "audit_log"] as const;

export interface HotQuery {
  operation: string;
  sql: string;
  plan: string[];
  /** Plan lines that read a whole large table (no index), or walk a whole index of one. */
  fullScans: string[];
  ms: number;
}

type Captured = { sql: string; params: unknown[] };

function actorFor(db: Db, username: string): Actor {
  const u = db.$client.prepare("SELECT id, username, name, resident_id AS residentId FROM users WHERE username = ?").get(username) as { id: number; username: string; name: string; residentId: number | null } | undefined;
  if (!u) throw new Error(`no user ${username}`);
  const roles = (db.$client.prepare("SELECT role FROM user_roles WHERE user_id = ?").all(u.id) as { role: Role }[]).map((r) => r.role);
  return { userId: u.id, username: u.username, name: u.name, roles, residentId: u.residentId, sessionId: "explain", mustChangePassword: false };
}

/**
 * A full scan of a large table: "SCAN t" (no index at all) or "SCAN t USING [COVERING] INDEX …"
 * (every entry of an index). A statement without WHERE that stops at a LIMIT (the audit chain's
 * "last hash": ORDER BY id DESC LIMIT 1) reads only that many rows and is not one.
 */
export function fullScanOf(line: string, sql: string): string | null {
  const m = /^SCAN (\w+)(?: USING (?:COVERING )?INDEX \w+)?$/.exec(line.trim());
  if (!m || !(LARGE_TABLES as readonly string[]).includes(m[1])) return null;
  if (!/\swhere\s/i.test(sql) && /\slimit\s+\?\s*$/i.test(sql)) return null;
  return m[1];
}

/**
 * Runs the lib/ functions behind each benchmarked operation with a query logger, then prints
 * EXPLAIN QUERY PLAN and times every statement they issued. Everything runs inside a transaction
 * that is rolled back (the booking, and any audit row a read writes, leave no trace).
 */
export function explainHotQueries(db: Db, now: Date): HotQuery[] {
  const captured: Captured[] = [];
  const logged = drizzle({ client: db.$client, schema, casing: "snake_case", logger: { logQuery: (sql, params) => captured.push({ sql, params }) } }) as unknown as Db;
  const ctxOf = (username: string): Ctx => ({ db: logged, actor: actorFor(db, username), now, ip: null });
  const today = toLocalDate(now);
  const week = startOfLocalWeek(now);
  const operations: [string, () => unknown][] = [
    [
      "home (admin widgets)",
      () => {
        const ctx = ctxOf("admin");
        signInProblemsToday(ctx);
        accountCounts(ctx);
        todaysSessions(ctx);
        if (triageCount(ctx)) triageQueue(ctx, 1);
        myOpenAlerts(ctx);
        todayRoomUse(ctx);
        dueVisits(ctx, { before: toLocalDate(addLocalDays(now, 7)) });
        casesNeedingAttention(ctx);
        myHotlineAlerts(ctx);
        onDutyNow(ctx);
        myShiftFollowUps(ctx);
        openAlertCount(ctx);
        weekActivities(ctx);
      },
    ],
    ["roomWeek", () => roomReservations(ctxOf("admin"), 2, { start: week, end: addLocalDays(week, 7), limit: 200 })],
    [
      "slots",
      () => {
        const ctx = ctxOf("resident");
        computeSlots(ctx, getService(ctx, 1), { start: startOfLocalDay(now), end: addLocalDays(startOfLocalDay(now), 28) });
      },
    ],
    ["appointments", () => listAppointments(ctxOf("admin"), { status: "confirmed", limit: 50 })],
    ["mediationSearch", () => listCases(ctxOf("admin"), { q: "王", limit: 50 })],
    ["careWorkList", () => dueVisits(ctxOf("carer"), {})],
    ["stats", () => getMonthlyStats(ctxOf("admin"), { month: today.slice(0, 7) })],
    [
      "book",
      () => {
        const start = new Date(Date.parse("2027-03-02T10:00:00+08:00"));
        reserveRoom(ctxOf("admin"), { roomId: 2, startAt: start, endAt: new Date(start.getTime() + 30 * 60_000) });
      },
    ],
  ];
  const out: HotQuery[] = [];
  const sqlite = db.$client;
  sqlite.exec("SAVEPOINT explain_hot_queries");
  try {
    for (const [operation, run] of operations) {
      captured.length = 0;
      run();
      const seen = new Set<string>();
      for (const q of captured) {
        if (seen.has(q.sql) || !/^\s*(select|with)\b/i.test(q.sql)) continue;
        seen.add(q.sql);
        const plan = (sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...q.params) as { detail: string }[]).map((r) => r.detail);
        const statement = sqlite.prepare(q.sql);
        const times: number[] = [];
        for (let k = 0; k < 3; k++) {
          const t = performance.now();
          statement.all(...q.params);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        out.push({ operation, sql: q.sql, plan, fullScans: plan.map((line) => fullScanOf(line, q.sql)).filter((x): x is string => x !== null), ms: Math.round(times[1] * 100) / 100 });
      }
    }
  } finally {
    sqlite.exec("ROLLBACK TO explain_hot_queries");
    sqlite.exec("RELEASE explain_hot_queries");
  }
  return out;
}
