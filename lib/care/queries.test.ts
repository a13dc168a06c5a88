import { beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { carePersons } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { canSeeRestricted } from "./policy";
import { careOverview, dueVisits, getPerson, groupDetailsFor, listPersons, listVisits, searchResidents } from "./queries";
import { recordVisit } from "./record-visit";
import { listPersonsSchema } from "./schemas";
import { compareDue } from "./schedule";
import { auditsOf, enrol, failure, local, makeResident, NOW, visitInput, world, type World } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("dueVisits — the work list", () => {
  it("orders exactly by overdue days, then colour, then due date; filters by `before`; a carer sees only their own", async () => {
    const db = createTestDb();
    const admin = await makeUser(db, "root", ["admin"]);
    const carer = await makeUser(db, "c1", ["carer"]);
    const other = await makeUser(db, "c2", ["carer"]);
    const v: World = { ...w, db, admin, carer, carer2: other };
    const spec = [
      ["2026-12-03", "green"],
      ["2026-11-20", "green"],
      ["2026-11-25", "red"],
      ["2026-11-20", "red"],
      ["2026-12-05", "red"],
      ["2026-11-30", "yellow"],
      ["2026-12-01", "yellow"],
      ["2026-12-20", "red"],
      ["2026-11-20", "yellow"],
    ] as const;
    const ids = spec.map(([due, color]) => {
      const id = enrol(v, carer, { riskColor: color });
      db.update(carePersons).set({ nextVisitDue: due }).where(eq(carePersons.id, id)).run();
      return { id, nextVisitDue: due, riskColor: color };
    });
    const theirs = enrol(v, other, { riskColor: "red" });
    db.update(carePersons).set({ nextVisitDue: "2026-11-01" }).where(eq(carePersons.id, theirs)).run();

    const expected = ids.filter((i) => i.nextVisitDue <= "2026-12-06").sort((a, b) => compareDue(a, b, "2026-11-30")).map((i) => i.id);
    const got = dueVisits(ctxFor(db, carer, NOW), {});
    expect(got.items.map((i) => i.id)).toEqual(expected);
    // Spelled out: 20 Nov red, yellow, green (10 days) → 25 Nov red (5) → not yet due: red, yellow, yellow, green.
    expect(got.items.map((i) => `${i.nextVisitDue}/${i.riskColor}`)).toEqual([
      "2026-11-20/red",
      "2026-11-20/yellow",
      "2026-11-20/green",
      "2026-11-25/red",
      "2026-12-05/red",
      "2026-11-30/yellow",
      "2026-12-01/yellow",
      "2026-12-03/green",
    ]);
    expect(got.items.map((i) => i.overdueDays)).toEqual([10, 10, 10, 5, 0, 0, 0, 0]);
    expect(got.items.map((i) => i.bucket)).toEqual(["overdue", "overdue", "overdue", "overdue", "thisWeek", "thisWeek", "thisWeek", "thisWeek"]);
    expect(dueVisits(ctxFor(db, carer, NOW), { before: "2026-11-30" }).items).toHaveLength(5);
    expect(dueVisits(ctxFor(db, carer, NOW), { before: null }).items.map((i) => i.nextVisitDue)).toContain("2026-12-20");
    // Admin sees everyone, the other carer's most overdue first.
    expect(dueVisits(ctxFor(db, admin, NOW), {}).items[0].id).toBe(theirs);
    expect(dueVisits(ctxFor(db, other, NOW), {}).items.map((i) => i.id)).toEqual([theirs]);
    // Pages with an offset cursor.
    const p1 = dueVisits(ctxFor(db, carer, NOW), { limit: 3 });
    const p2 = dueVisits(ctxFor(db, carer, NOW), { limit: 3, cursor: p1.nextCursor! });
    expect([...p1.items, ...p2.items].map((i) => i.id)).toEqual(expected.slice(0, 6));
  });

  it("a visit moves the person out of the overdue bucket", () => {
    const id = enrol(w, w.carer, { riskColor: "red" }, local("2026-11-01T09:00:00"));
    expect(dueVisits(ctxFor(w.db, w.carer, NOW), {}).items.find((i) => i.id === id)).toMatchObject({ bucket: "overdue", overdueDays: 29 });
    recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput());
    expect(dueVisits(ctxFor(w.db, w.carer, NOW), {}).items.find((i) => i.id === id)).toBeUndefined();
    expect(dueVisits(ctxFor(w.db, w.carer, NOW), { before: "2026-12-07" }).items.find((i) => i.id === id)).toMatchObject({ bucket: "later", nextVisitDue: "2026-12-07" });
  });

  it("is refused to teachers, counsellors and residents (403)", () => {
    for (const a of [w.teacher, w.counselor, w.resident]) expect(failure(() => dueVisits(ctxFor(w.db, a, NOW), {}))).toMatchObject({ status: 403 });
  });
});

describe("listPersons", () => {
  it("scopes to the carer's persons and filters by group, colour, status, carer and literal search", () => {
    const mine = enrol(w, w.carer, { group: "left_behind", leftBehindKind: "children", riskColor: "green", person: { name: "百分_号孩子", gender: "male" } });
    const theirs = enrol(w, w.carer2, { group: "left_behind", leftBehindKind: "children", riskColor: "green" });
    const ctx = ctxFor(w.db, w.carer, NOW);
    const list = (q: Record<string, string>) => listPersons(ctx, listPersonsSchema.parse(q)).items.map((i) => i.id);
    expect(list({})).toContain(mine);
    expect(list({})).not.toContain(theirs);
    expect(list({ group: "left_behind" })).toEqual([mine]);
    expect(list({ group: "left_behind", color: "red" })).toEqual([]);
    expect(list({ carerId: String(w.carer2.userId) })).toEqual([]);
    expect(list({ q: "百分_" })).toEqual([mine]);
    expect(list({ q: "%" })).toEqual([]);
    expect(list({ q: "' OR 1=1--" })).toEqual([]);
    expect(list({ status: "exited", group: "" })).toEqual([]);
    const admin = listPersons(ctxFor(w.db, w.admin, NOW), listPersonsSchema.parse({ group: "left_behind" })).items;
    expect(admin.map((i) => i.id)).toEqual(expect.arrayContaining([mine, theirs]));
    expect(admin.find((i) => i.id === mine)).toMatchObject({ groups: [{ group: "left_behind", leftBehindKind: "children" }], carers: [{ id: w.carer.userId }] });
    expect(failure(() => listPersons(ctxFor(w.db, w.resident, NOW), {}))).toMatchObject({ status: 403 });
  });
});

describe("getPerson — one file, audited, restricted tier", () => {
  it("gives the assigned carer and admin the corrections details, audits each read, and 404s an unassigned carer", () => {
    const id = enrol(w, w.carer, { group: "corrections", details: { termStart: "2026-03-01", termEnd: "2027-02-28", supervisingOffice: "濮上司法所", notes: "缓刑，每月报到" } });
    const before = auditsOf(w.db, "care.person.read").length;
    const p = getPerson(ctxFor(w.db, w.carer, NOW), id);
    expect(p.restrictedVisible).toBe(true);
    expect(p.groups[0]).toMatchObject({ group: "corrections", restricted: true, legalBasis: "legal_duty", details: { supervisingOffice: "濮上司法所", termEnd: "2027-02-28" } });
    expect(getPerson(ctxFor(w.db, w.admin, NOW), id).groups[0].details).toMatchObject({ notes: "缓刑，每月报到" });
    const reads = auditsOf(w.db, "care.person.read");
    expect(reads).toHaveLength(before + 2);
    expect(reads.at(-1)).toMatchObject({ actorId: w.admin.userId, entityId: String(id) });
    expect(reads.at(-1)!.details).not.toContain("缓刑");
    expect(failure(() => getPerson(ctxFor(w.db, w.carer2, NOW), id))).toMatchObject({ status: 404 });
    expect(failure(() => getPerson(ctxFor(w.db, w.counselor, NOW), id))).toMatchObject({ status: 403 });
    expect(failure(() => getPerson(ctxFor(w.db, w.teacher, NOW), id))).toMatchObject({ status: 403 });
  });

  it("strips corrections and petition details (and nothing else) for a reader outside the restricted tier", () => {
    const rows = [
      { group: "corrections" as const, leftBehindKind: null, details: { supervisingOffice: "濮上司法所", extra: "不应外泄" } as object, legalBasis: "legal_duty" as const, consentNote: null, basisRecordedAt: NOW, createdAt: NOW, endedAt: null, endReason: null },
      { group: "petitioner" as const, leftBehindKind: null, details: { matter: "征地补偿" }, legalBasis: "consent" as const, consentNote: null, basisRecordedAt: NOW, createdAt: NOW, endedAt: null, endReason: null },
      { group: "bereaved" as const, leftBehindKind: null, details: { familySituation: "老两口同住" }, legalBasis: "consent" as const, consentNote: null, basisRecordedAt: NOW, createdAt: NOW, endedAt: null, endReason: null },
    ];
    const outsider: Actor = { ...w.counselor };
    expect(canSeeRestricted(outsider, [w.carer.userId])).toBe(false);
    expect(canSeeRestricted(w.carer, [w.carer.userId])).toBe(true);
    expect(canSeeRestricted(w.carer2, [w.carer.userId])).toBe(false);
    const stripped = groupDetailsFor(rows, false);
    expect(stripped.map((g) => g.details)).toEqual([null, null, { familySituation: "老两口同住", lossYear: undefined, notes: undefined }]);
    expect(JSON.stringify(stripped)).not.toContain("司法所");
    expect(JSON.stringify(stripped)).not.toContain("征地");
    // Even the tier's readers get only the known fields of the JSON column.
    expect(JSON.stringify(groupDetailsFor(rows, true))).not.toContain("不应外泄");
  });

  it("lists visits newest first, audited, and scoped like the file", () => {
    const id = enrol(w, w.carer, {}, local("2026-11-01T09:00:00"));
    recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2026-11-10T09:00:00+08:00", observations: { health: "高血压" } }));
    recordVisit(ctxFor(w.db, w.carer, NOW), id, visitInput({ visitedAt: "2026-11-25T09:00:00+08:00", kind: "phone" }));
    const v = listVisits(ctxFor(w.db, w.carer, NOW), id, {});
    expect(v.items.map((i) => i.kind)).toEqual(["phone", "home"]);
    expect(v.items[1]).toMatchObject({ observations: { health: "高血压" }, visitors: [{ id: w.carer.userId, name: "刘走访" }] });
    expect(auditsOf(w.db, "care.visits.read").some((a) => a.entityId === String(id))).toBe(true);
    expect(failure(() => listVisits(ctxFor(w.db, w.carer2, NOW), id, {}))).toMatchObject({ status: 404 });
  });
});

describe("searchResidents and careOverview", () => {
  it("finds residents by name or phone, showing only a phone tail and whether they are in care", () => {
    const rid = makeResident(w.db, "独一无二", { phone: "13812345678" });
    const hits = searchResidents(ctxFor(w.db, w.carer, NOW), { q: "独一无二" });
    expect(hits).toEqual([{ id: rid, name: "独一无二", gender: "female", birthYear: null, community: null, phoneTail: "5678", inCare: null }]);
    expect(JSON.stringify(hits)).not.toContain("13812345678");
    expect(failure(() => searchResidents(ctxFor(w.db, w.teacher, NOW), { q: "独" }))).toMatchObject({ status: 403 });
  });

  it("counts persons per group and colour, visits done vs due this month, overdue by carer (admin only)", async () => {
    const db = createTestDb();
    const admin = await makeUser(db, "root", ["admin"]);
    const c1 = await makeUser(db, "c1", ["carer"], { name: "甲" });
    const c2 = await makeUser(db, "c2", ["carer"], { name: "乙" });
    const v: World = { ...w, db, admin, carer: c1, carer2: c2 };
    const a = enrol(v, c1, { group: "bereaved", riskColor: "red" }, local("2026-11-01T09:00:00"));
    enrol(v, c1, { group: "corrections", riskColor: "yellow" }, local("2026-11-01T09:00:00"));
    enrol(v, c2, { group: "bereaved", riskColor: "green" }, local("2026-11-29T09:00:00"));
    enrol(v, admin, { group: "petitioner", riskColor: "green" }, NOW);
    recordVisit(ctxFor(db, c1, NOW), a, visitInput({ visitedAt: "2026-11-20T09:00:00+08:00" }));
    recordVisit(ctxFor(db, c1, NOW), a, visitInput({ visitedAt: "2026-11-27T09:00:00+08:00" }));
    const o = careOverview(ctxFor(db, admin, NOW), {});
    expect(o.month).toBe("2026-11");
    expect(o.byGroup.find((g) => g.group === "bereaved")).toEqual({ group: "bereaved", red: 1, yellow: 0, green: 1, total: 2 });
    expect(o.byColor).toEqual({ red: 1, yellow: 1, green: 2 });
    expect(o).toMatchObject({ activePersons: 4, unassigned: 1, visitsThisMonth: 2, personsVisited: 1, personsDue: 4 });
    // Most overdue first, then most due this week.
    expect(o.byCarer).toEqual([
      { id: c1.userId, name: "甲", assigned: 2, overdue: 1, dueThisWeek: 1 },
      { id: c2.userId, name: "乙", assigned: 1, overdue: 1, dueThisWeek: 0 },
    ]);
    expect(failure(() => careOverview(ctxFor(db, c1, NOW), {}))).toMatchObject({ status: 403 });
  });
});
