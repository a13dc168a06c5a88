import { beforeAll, describe, expect, it } from "vitest";
import { ctxFor, makeUser } from "../testing/fixtures";
import { assignCarers } from "./assign-carers";
import { getPerson } from "./queries";
import { assignCarersSchema } from "./schemas";
import { enrol, failure, NOW, world, type World } from "./test-helpers";

let w: World;
beforeAll(async () => {
  w = await world();
});

describe("assignCarers", () => {
  it("replaces the list; a carer handed over no longer sees the person, the new one does", () => {
    const id = enrol(w, w.carer);
    expect(assignCarers(ctxFor(w.db, w.carer, NOW), id, { carerIds: [w.carer2.userId] })).toEqual({ carerIds: [w.carer2.userId] });
    expect(failure(() => getPerson(ctxFor(w.db, w.carer, NOW), id))).toMatchObject({ status: 404 });
    expect(getPerson(ctxFor(w.db, w.carer2, NOW), id).carers.map((c) => c.id)).toEqual([w.carer2.userId]);
    expect(assignCarers(ctxFor(w.db, w.admin, NOW), id, { carerIds: [w.carer.userId, w.carer2.userId] }).carerIds).toHaveLength(2);
  });

  it("refuses non-carers and disabled carers (422), an empty list (422), strangers (404) and other roles (403)", async () => {
    const gone = await makeUser(w.db, "gh-gone", ["carer"], { active: false });
    const id = enrol(w, w.carer);
    expect(failure(() => assignCarers(ctxFor(w.db, w.admin, NOW), id, { carerIds: [w.teacher.userId] }))).toEqual({ code: "validation", status: 422, fields: ["carerIds"] });
    expect(failure(() => assignCarers(ctxFor(w.db, w.admin, NOW), id, { carerIds: [gone.userId] }))).toEqual({ code: "validation", status: 422, fields: ["carerIds"] });
    expect(assignCarersSchema.safeParse({ carerIds: [] }).success).toBe(false);
    expect(failure(() => assignCarers(ctxFor(w.db, w.carer2, NOW), id, { carerIds: [w.carer2.userId] }))).toMatchObject({ status: 404 });
    expect(failure(() => assignCarers(ctxFor(w.db, w.counselor, NOW), id, { carerIds: [w.carer2.userId] }))).toMatchObject({ status: 403 });
    expect(getPerson(ctxFor(w.db, w.carer, NOW), id).carers.map((c) => c.id)).toEqual([w.carer.userId]);
  });
});
