import { beforeAll, describe, expect, it } from "vitest";
import { careMemberships, carePersons, careRiskHistory, careSettings, careVisits, type CareGroup, type RiskColor } from "@/db/schema";
import { careStats } from "./care-stats";
import { local, NOV, statsWorld, type StatsWorld } from "./test-fixtures";

let w: StatsWorld;

interface PersonSpec {
  groups: CareGroup[];
  registered: string;
  /** Colour changes [local time, colour]; the first is the initial grade at registration. */
  colors: [string, RiskColor][];
  visits?: [string, RiskColor][];
  exited?: string;
  endedGroups?: CareGroup[];
}

function person(i: number, p: PersonSpec) {
  const by = w.carer.userId;
  const reg = local(`${p.registered} 09:00`);
  const current = p.colors[p.colors.length - 1][1];
  const { id } = w.db
    .insert(carePersons)
    .values({ residentId: w.people[i], status: p.exited ? "exited" : "active", riskColor: current, registeredOn: p.registered, exitedOn: p.exited ?? null, createdAt: reg, createdBy: by, updatedAt: reg })
    .returning({ id: carePersons.id })
    .get();
  for (const group of p.groups) {
    w.db
      .insert(careMemberships)
      .values({
        personId: id,
        group,
        leftBehindKind: group === "left_behind" ? "elderly" : null,
        legalBasis: group === "corrections" ? "legal_duty" : "consent",
        basisRecordedAt: reg,
        basisRecordedBy: by,
        endedAt: p.endedGroups?.includes(group) ? local("2026-10-01 09:00") : null,
        createdAt: reg,
        updatedAt: reg,
      })
      .run();
  }
  let prev: RiskColor | null = null;
  for (const [at, color] of p.colors) {
    w.db.insert(careRiskHistory).values({ personId: id, fromColor: prev, toColor: color, byUserId: by, at: local(at) }).run();
    prev = color;
  }
  for (const [at, color] of p.visits ?? []) {
    w.db.insert(careVisits).values({ personId: id, visitedAt: local(at), kind: "home", colorBefore: color, colorAfter: color, createdBy: by, createdAt: local(at) }).run();
  }
}

beforeAll(async () => {
  w = await statsWorld();
  // Green persons are visited every 40 days here (the centre's setting), red 7 and yellow 14 by default.
  w.db.insert(careSettings).values({ color: "green", cadenceDays: 40, updatedAt: local("2026-01-01 09:00") }).run();
  // P1: last visit 20 Oct + 40 = 29 Nov → due; visited 18 Nov → done.
  person(0, { groups: ["bereaved"], registered: "2026-08-01", colors: [["2026-08-01 09:00", "green"]], visits: [["2026-10-20 10:00", "green"], ["2026-11-18 10:00", "green"]] });
  // P2: yellow, last visit 25 Oct + 14 = 8 Nov → due, not visited.
  person(1, { groups: ["petitioner"], registered: "2026-09-01", colors: [["2026-09-01 09:00", "yellow"]], visits: [["2026-10-25 10:00", "yellow"]] });
  // P3: green, last visit 31 Oct 23:30 (local) + 40 = 10 Dec → not due; its bereaved membership ended in October.
  person(2, {
    groups: ["left_behind", "bereaved"],
    endedGroups: ["bereaved"],
    registered: "2026-09-01",
    colors: [["2026-09-01 09:00", "green"]],
    visits: [["2026-10-31 23:30", "green"]],
  });
  // P4: entered care on 20 Nov, never visited → due at once.
  person(3, { groups: ["corrections"], registered: "2026-11-20", colors: [["2026-11-20 09:00", "red"]] });
  // P5: yellow until a visit on 10 Nov turned them red; visited twice in November.
  person(4, {
    groups: ["corrections"],
    registered: "2026-10-01",
    colors: [
      ["2026-10-01 09:00", "yellow"],
      ["2026-11-10 10:00", "red"],
    ],
    visits: [
      ["2026-11-10 10:00", "yellow"],
      ["2026-11-17 10:00", "red"],
    ],
  });
  // P6: left care in October: not counted in November.
  person(5, { groups: ["bereaved"], registered: "2026-06-01", exited: "2026-10-15", colors: [["2026-06-01 09:00", "green"]], visits: [["2026-10-01 10:00", "green"]] });
  // P7: red, last visit 28 Oct + 7 = 4 Nov → due; turned green by hand on 5 Nov, not visited.
  person(6, {
    groups: ["petitioner"],
    registered: "2026-09-01",
    colors: [
      ["2026-09-01 09:00", "red"],
      ["2026-11-05 09:00", "green"],
    ],
    visits: [["2026-10-28 10:00", "red"]],
  });
});

describe("care visit statistics", () => {
  it("counts persons due and visited in November, and the visits, overall and by group", () => {
    const s = careStats(w.db, NOV);
    expect(s).toMatchObject({ due: 5, done: 2, visits: 3, doneRate: 0.4 });
    const g = Object.fromEntries(s.byGroup.map((x) => [x.group, x]));
    expect(g.bereaved).toEqual({ group: "bereaved", due: 1, done: 1, visits: 1, doneRate: 1 });
    expect(g.petitioner).toEqual({ group: "petitioner", due: 2, done: 0, visits: 0, doneRate: 0 });
    expect(g.left_behind).toEqual({ group: "left_behind", due: 0, done: 0, visits: 0, doneRate: null });
    expect(g.corrections).toEqual({ group: "corrections", due: 2, done: 1, visits: 2, doneRate: 0.5 });
  });

  it("groups by the colour each person had at the end of the period", () => {
    const c = Object.fromEntries(careStats(w.db, NOV).byColor.map((x) => [x.color, x]));
    expect(c.green).toEqual({ color: "green", due: 2, done: 1, visits: 1, doneRate: 0.5 });
    expect(c.yellow).toEqual({ color: "yellow", due: 1, done: 0, visits: 0, doneRate: 0 });
    expect(c.red).toEqual({ color: "red", due: 2, done: 1, visits: 2, doneRate: 0.5 });
  });
});
