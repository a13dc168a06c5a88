import { describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { dueVisits, getPerson, listPersons } from "@/lib/care/queries";
import { computeNextVisitDue, DEFAULT_CADENCE } from "@/lib/care/schedule";
import { resolveSession } from "@/lib/auth/sessions";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { ctxFor } from "@/lib/testing/fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { seedDemo } from "./seed";
import { careActivities, careMemberships, carePersons, careRiskHistory, careVisits } from "./schema";
import { DEMO_PASSWORD } from "./seed-data";

const NOW = new Date("2026-11-30T02:00:00Z");

async function actorOf(db: ReturnType<typeof createTestDb>, username: string) {
  const { session } = await signInWithPassword({ db, now: NOW }, { username, password: DEMO_PASSWORD }, "api");
  return resolveSession(db, { token: session.token! }, NOW)!;
}

describe("care demo data", () => {
  it("puts ~40 persons of all four groups in all three colours into care, most of them the demo carer's, some overdue and some due this week", async () => {
    const db = createTestDb();
    await seedDemo(db, NOW);
    const persons = db.select().from(carePersons).all();
    expect(persons.length).toBe(40);
    expect(persons.filter((p) => p.status === "exited")).toHaveLength(1);
    const combos = db
      .select({ group: careMemberships.group, color: carePersons.riskColor })
      .from(careMemberships)
      .innerJoin(carePersons, eq(carePersons.id, careMemberships.personId))
      .where(eq(carePersons.status, "active"))
      .all()
      .map((r) => `${r.group}/${r.color}`);
    for (const g of ["corrections", "bereaved", "petitioner", "left_behind"]) for (const c of ["red", "yellow", "green"]) expect(combos).toContain(`${g}/${c}`);
    expect(new Set(db.select({ k: careMemberships.leftBehindKind }).from(careMemberships).all().map((r) => r.k))).toEqual(new Set([null, "elderly", "children", "women"]));

    // Stored due dates agree with the schedule rules.
    for (const p of persons) expect(p.nextVisitDue).toBe(computeNextVisitDue(p, DEFAULT_CADENCE));

    const carer = await actorOf(db, "carer");
    const mine = listPersons(ctxFor(db, carer, NOW), { status: "active" }).items;
    expect(mine.length).toBeGreaterThanOrEqual(25);
    const due = dueVisits(ctxFor(db, carer, NOW), {}).items;
    expect(due.filter((d) => d.bucket === "overdue").length).toBeGreaterThanOrEqual(5);
    expect(due.filter((d) => d.bucket === "thisWeek").length).toBeGreaterThanOrEqual(3);
    expect(due.some((d) => d.lastVisitAt === null)).toBe(true);
    const gh = await actorOf(db, "gh01");
    expect(listPersons(ctxFor(db, gh, NOW), {}).items.length).toBeGreaterThan(0);

    // Histories: visits over months, colour changes with reasons, a group activity.
    expect(db.select({ n: sql<number>`count(*)` }).from(careVisits).get()!.n).toBeGreaterThan(120);
    expect(db.select({ n: sql<number>`count(*)` }).from(careRiskHistory).where(sql`${careRiskHistory.fromColor} IS NOT NULL`).get()!.n).toBeGreaterThanOrEqual(15);
    expect(db.select().from(careActivities).all()).toHaveLength(1);
    const file = getPerson(ctxFor(db, carer, NOW), mine[0].id);
    expect(file.visits.length + file.colorHistory.length).toBeGreaterThan(0);
  });

  it("is deterministic and not repeated on a second run", async () => {
    const a = createTestDb();
    const b = createTestDb();
    await seedDemo(a, NOW);
    await seedDemo(b, NOW);
    await seedDemo(b, NOW);
    const rows = (db: typeof a) => db.select({ r: carePersons.residentId, c: carePersons.riskColor, d: carePersons.nextVisitDue }).from(carePersons).all();
    expect(rows(b)).toEqual(rows(a));
    expect(db_count(b)).toBe(db_count(a));
  });
});

function db_count(db: ReturnType<typeof createTestDb>) {
  return db.select({ n: sql<number>`count(*)` }).from(careVisits).get()!.n;
}
