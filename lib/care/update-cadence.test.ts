import { beforeAll, describe, expect, it } from "vitest";
import { ctxFor } from "../testing/fixtures";
import { fieldErrorsOf } from "../zod";
import { getCadence } from "./queries";
import { recordVisit } from "./record-visit";
import { cadenceSchema } from "./schemas";
import { auditsOf, enrol, failure, local, NOW, personRow, visitInput, world, type World } from "./test-helpers";
import { updateCadence } from "./update-cadence";

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("updateCadence", () => {
  it("starts from the defaults 7/14/30, and a change recomputes every active person's due date at once", () => {
    expect(getCadence(ctxFor(w.db, w.carer, NOW))).toEqual({ red: 7, yellow: 14, green: 30 });
    const red = enrol(w, w.carer, { riskColor: "red" }, local("2026-11-01T09:00:00"));
    const green = enrol(w, w.carer, { riskColor: "green" }, local("2026-11-01T09:00:00"));
    const never = enrol(w, w.carer, { riskColor: "green" }, local("2026-11-15T09:00:00"));
    recordVisit(ctxFor(w.db, w.carer, NOW), red, visitInput({ visitedAt: "2026-11-29T09:00:00+08:00" }));
    recordVisit(ctxFor(w.db, w.carer, NOW), green, visitInput({ visitedAt: "2026-11-29T09:00:00+08:00" }));
    expect([personRow(w.db, red).nextVisitDue, personRow(w.db, green).nextVisitDue]).toEqual(["2026-12-06", "2026-12-29"]);

    const r = updateCadence(ctxFor(w.db, w.admin, NOW), { red: 5, yellow: 10, green: 21 });
    expect(r.cadence).toEqual({ red: 5, yellow: 10, green: 21 });
    expect(r.recomputed).toBeGreaterThanOrEqual(3);
    expect(getCadence(ctxFor(w.db, w.carer, NOW))).toEqual({ red: 5, yellow: 10, green: 21 });
    expect([personRow(w.db, red).nextVisitDue, personRow(w.db, green).nextVisitDue, personRow(w.db, never).nextVisitDue]).toEqual(["2026-12-04", "2026-12-20", "2026-11-15"]);
    // New visits follow the new cadence.
    expect(recordVisit(ctxFor(w.db, w.carer, NOW), never, visitInput()).nextVisitDue).toBe("2026-12-21");
    expect(JSON.parse(auditsOf(w.db, "care.settings.update").at(-1)!.details!)).toEqual({ red: 5, yellow: 10, green: 21 });
  });

  it("is admin only (403) and refuses out-of-range or inverted cadences (422)", () => {
    expect(failure(() => updateCadence(ctxFor(w.db, w.carer, NOW), { red: 3, yellow: 6, green: 9 }))).toMatchObject({ status: 403 });
    const fields = (v: unknown) => {
      const r = cadenceSchema.safeParse(v);
      return r.success ? "ok" : Object.keys(fieldErrorsOf(r.error)).sort();
    };
    expect(fields({ red: 7, yellow: 14, green: 30 })).toBe("ok");
    expect(fields({ red: 0, yellow: 14, green: 30 })).toEqual(["red"]);
    expect(fields({ red: 7, yellow: 14, green: 400 })).toEqual(["green"]);
    expect(fields({ red: 7.5, yellow: 14, green: 30 })).toEqual(["red"]);
    expect(fields({ red: 20, yellow: 14, green: 30 })).toEqual(["yellow"]);
    expect(fields({ red: 7, yellow: 14 })).toEqual(["green"]);
  });
});
