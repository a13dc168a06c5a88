import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { APPOINTMENT_STATUSES, CALLER_KINDS, CARE_GROUPS, MEDIATION_DISPUTE_TYPES, MEDIATION_STATUSES, RESERVATION_PURPOSES, RESERVATION_STATUSES, RISK_COLORS, RISK_LEVELS, SIGNUP_STATUSES, VISIT_KINDS, type Room } from "@/db/schema";
import { DEMO_ACCOUNTS, DEMO_RESIDENTS } from "@/db/seed-data";
import { verifyAuditChain } from "@/lib/audit/audit";
import { TRANSITIONS } from "@/lib/mediation/workflow";
import { shapeProblem } from "@/lib/rooms/engine";
import { createTestDb } from "@/lib/testing/test-db";
import { generateLargeDataset, targetCounts, type LargeSeedResult } from "./generate";

const SCALE = 1 / 1000;
// The argon2 hash is random-salted; a fixed stand-in keeps the two runs byte-comparable.
const options = { passwordHash: "$argon2id$test-stand-in", scale: SCALE };

function digest(db: Db): Record<string, string> {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%' ORDER BY name").all() as { name: string }[];
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = db.$client.prepare(`SELECT * FROM "${name}" ORDER BY rowid`).raw().all();
    out[name] = createHash("sha256").update(JSON.stringify(rows)).digest("hex");
  }
  return out;
}

const count = (db: Db, sql: string, ...params: unknown[]) => (db.$client.prepare(sql).get(...params) as { n: number }).n;
const LIVE = (t: string) => `(${t}.status = 'confirmed' OR (${t}.status = 'held' AND ${t}.hold_expires_at > @now))`;

describe("the large data set at 1/1000 scale", () => {
  let db: Db;
  let result: LargeSeedResult;

  beforeAll(() => {
    db = createTestDb();
    result = generateLargeDataset(db, options);
  });

  it("is deterministic: the same options give the same rows in every table", () => {
    const again = createTestDb();
    generateLargeDataset(again, options);
    expect(digest(again)).toEqual(digest(db));
    const other = createTestDb();
    generateLargeDataset(other, { ...options, seed: 7 });
    expect(digest(other).appointments).not.toBe(digest(db).appointments);
  });

  it("has the scaled counts, the sixty staff and every demo account", () => {
    const t = targetCounts(SCALE);
    expect(count(db, "SELECT count(*) n FROM residents")).toBe(t.residents);
    expect(count(db, "SELECT count(*) n FROM appointments")).toBe(t.appointments);
    expect(count(db, "SELECT count(*) n FROM hotline_calls")).toBe(t.hotlineCalls);
    expect(count(db, "SELECT count(*) n FROM mediation_cases")).toBe(t.mediationCases);
    expect(count(db, "SELECT count(*) n FROM care_persons")).toBe(t.carePersons);
    expect(count(db, "SELECT count(*) n FROM care_visits")).toBe(t.careVisits);
    expect(count(db, "SELECT count(*) n FROM activities")).toBe(t.activities);
    expect(count(db, "SELECT count(*) n FROM activity_signups")).toBe(t.signups);
    expect(count(db, "SELECT count(*) n FROM reservations")).toBe(t.reservations);
    expect(count(db, "SELECT count(*) n FROM audit_log")).toBe(t.audit);
    expect(count(db, "SELECT count(*) n FROM users u WHERE NOT EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'resident')")).toBe(60);
    for (const a of [...DEMO_ACCOUNTS, ...DEMO_RESIDENTS]) expect(count(db, "SELECT count(*) n FROM users WHERE username = ?", a.username), a.username).toBe(1);
    expect(count(db, "SELECT count(*) n FROM users WHERE username = 'resident' AND resident_id IS NOT NULL")).toBe(1);
    expect(count(db, "SELECT count(*) n FROM session_records")).toBeGreaterThan(0);
    expect(count(db, "SELECT count(*) n FROM mediation_parties")).toBeGreaterThanOrEqual(2 * t.mediationCases);
  });

  it("keeps foreign keys, enums and the schema's indexes", () => {
    expect(db.$client.pragma("foreign_key_check")).toEqual([]);
    const enums: [string, string, readonly string[]][] = [
      ["appointments", "status", APPOINTMENT_STATUSES],
      ["reservations", "status", RESERVATION_STATUSES],
      ["reservations", "purpose", RESERVATION_PURPOSES],
      ["hotline_calls", "caller_kind", CALLER_KINDS],
      ["hotline_calls", "risk_level", RISK_LEVELS],
      ["session_records", "risk_level", RISK_LEVELS],
      ["mediation_cases", "status", MEDIATION_STATUSES],
      ["mediation_cases", "dispute_type", MEDIATION_DISPUTE_TYPES],
      ["care_persons", "risk_color", RISK_COLORS],
      ["care_memberships", "group", CARE_GROUPS],
      ["care_visits", "kind", VISIT_KINDS],
      ["activity_signups", "status", SIGNUP_STATUSES],
    ];
    for (const [table, column, values] of enums) {
      const bad = db.$client.prepare(`SELECT DISTINCT "${column}" v FROM "${table}" WHERE "${column}" NOT IN (${values.map(() => "?").join(", ")})`).all(...values);
      expect(bad, `${table}.${column}`).toEqual([]);
    }
    const fresh = createTestDb();
    const indexNames = (d: Db) => d.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'index' ORDER BY name").all();
    expect(indexNames(db)).toEqual(indexNames(fresh));
  });

  it("never double-books a room, a counsellor or a blackout, and every booking fits its room", () => {
    const now = result.now.getTime();
    expect(
      count(db, `SELECT count(*) n FROM reservations a JOIN reservations b ON b.room_id = a.room_id AND b.id > a.id AND a.start_at < b.end_at AND b.start_at < a.end_at JOIN rooms r ON r.id = a.room_id WHERE r.mode = 'exclusive' AND ${LIVE("a")} AND ${LIVE("b")}`, { now }),
    ).toBe(0);
    expect(
      count(
        db,
        `SELECT count(*) n FROM reservations a JOIN rooms r ON r.id = a.room_id WHERE r.mode = 'shared' AND ${LIVE("a")}
         AND (SELECT sum(b.places) FROM reservations b WHERE b.room_id = a.room_id AND ${LIVE("b")} AND b.start_at <= a.start_at AND b.end_at > a.start_at) > r.capacity`,
        { now },
      ),
    ).toBe(0);
    expect(count(db, `SELECT count(*) n FROM reservations a JOIN room_blackouts k ON (k.room_id IS NULL OR k.room_id = a.room_id) AND a.start_at < k.end_at AND k.start_at < a.end_at WHERE ${LIVE("a")}`, { now })).toBe(0);
    const busy = "('requested', 'confirmed', 'checked_in', 'completed')";
    expect(count(db, `SELECT count(*) n FROM appointments a JOIN appointments b ON b.counselor_id = a.counselor_id AND b.id > a.id AND a.start_at < b.end_at AND b.start_at < a.end_at WHERE a.status IN ${busy} AND b.status IN ${busy}`)).toBe(0);
    const rooms = db.$client.prepare("SELECT id, name, mode, capacity, opening_hours, min_minutes, max_minutes, active, resident_bookable FROM rooms").all() as Record<string, unknown>[];
    const byId = new Map(
      rooms.map((r) => [
        r.id as number,
        { id: r.id as number, name: r.name as string, mode: r.mode as Room["mode"], capacity: r.capacity as number, openingHours: JSON.parse(r.opening_hours as string) as Room["openingHours"], minMinutes: r.min_minutes as number, maxMinutes: r.max_minutes as number, active: true, residentBookable: Boolean(r.resident_bookable) },
      ]),
    );
    const all = db.$client.prepare("SELECT room_id, start_at, end_at, places FROM reservations").all() as { room_id: number; start_at: number; end_at: number; places: number }[];
    for (const r of all) expect(shapeProblem(byId.get(r.room_id)!, new Date(r.start_at), new Date(r.end_at), r.places, new Date(0))).toBeNull();
    // A live appointment's reservation is live and covers the same time.
    expect(count(db, `SELECT count(*) n FROM appointments a JOIN reservations r ON r.id = a.reservation_id WHERE a.status IN ('confirmed', 'completed') AND (r.status != 'confirmed' OR r.start_at != a.start_at OR r.end_at != a.end_at)`)).toBe(0);
  });

  it("follows the areas' rules: mediation workflow, hotline high risk, care schedule", () => {
    const steps = db.$client.prepare("SELECT from_status f, to_status t FROM mediation_transitions").all() as { f: keyof typeof TRANSITIONS; t: string }[];
    for (const s of steps) expect(TRANSITIONS[s.f], `${s.f} → ${s.t}`).toContain(s.t);
    expect(count(db, "SELECT count(*) n FROM hotline_calls WHERE risk_level IN ('high', 'imminent') AND (actions = '[]' OR follow_up_at IS NULL)")).toBe(0);
    expect(count(db, "SELECT count(*) n FROM care_persons WHERE status = 'active' AND next_visit_due IS NULL")).toBe(0);
    expect(count(db, "SELECT count(*) n FROM care_memberships WHERE (\"group\" = 'corrections') != (legal_basis = 'legal_duty')")).toBe(0);
  });

  it("writes the audit rows as one valid hash chain, in time order", () => {
    const chain = verifyAuditChain(db);
    expect(chain).toEqual({ ok: true, count: targetCounts(SCALE).audit });
    expect(count(db, "SELECT count(*) n FROM audit_log a JOIN audit_log b ON b.id = a.id + 1 WHERE b.at < a.at")).toBe(0);
    expect(count(db, "SELECT count(*) n FROM audit_log WHERE at > ?", result.now.getTime())).toBe(0);
    expect(result.lastAuditHash).toBe((db.$client.prepare("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").get() as { hash: string }).hash);
  });
});
