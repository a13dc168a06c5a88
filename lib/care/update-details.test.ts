import { beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { careMemberships } from "@/db/schema";
import { ctxFor } from "../testing/fixtures";
import { addGroup } from "./add-group";
import { endGroup } from "./end-group";
import { exitPerson } from "./exit-person";
import { addGroupSchema, updateDetailsSchema } from "./schemas";
import { auditsOf, enrol, failure, NOW, world, type World } from "./test-helpers";
import { updateDetails } from "./update-details";

let w: World;
beforeAll(async () => {
  w = await world();
});

const membership = (personId: number, group: "corrections" | "bereaved" | "petitioner" | "left_behind") =>
  w.db.select().from(careMemberships).where(and(eq(careMemberships.personId, personId), eq(careMemberships.group, group))).get();

describe("updateDetails, addGroup, endGroup", () => {
  it("replaces one group's details, audited by group only", () => {
    const id = enrol(w, w.carer, { group: "petitioner", details: { matter: "拆迁补偿" } });
    updateDetails(ctxFor(w.db, w.carer, NOW), id, updateDetailsSchema.parse({ group: "petitioner", details: { matter: "拆迁补偿争议，已进入复核", responsibleUnit: "区住建局" } }));
    expect(membership(id, "petitioner")?.details).toEqual({ matter: "拆迁补偿争议，已进入复核", responsibleUnit: "区住建局" });
    const audit = auditsOf(w.db, "care.details.update").find((a) => a.entityId === String(id))!;
    expect(JSON.parse(audit.details!)).toEqual({ group: "petitioner" });
  });

  it("one person, several groups: adds a group with its own basis, ends one but never the last", () => {
    const id = enrol(w, w.carer, { group: "corrections", details: { supervisingOffice: "濮上司法所" } });
    addGroup(ctxFor(w.db, w.carer, NOW), id, addGroupSchema.parse({ group: "left_behind", leftBehindKind: "women", details: { contactName: "王某", contactRelation: "丈夫", contactPhone: "13900001111" } }));
    expect(membership(id, "left_behind")).toMatchObject({ legalBasis: "consent", leftBehindKind: "women" });
    expect(membership(id, "corrections")).toMatchObject({ legalBasis: "legal_duty" });
    expect(failure(() => addGroup(ctxFor(w.db, w.carer, NOW), id, addGroupSchema.parse({ group: "left_behind", leftBehindKind: "women" })))).toMatchObject({ status: 409 });
    endGroup(ctxFor(w.db, w.carer, NOW), id, { group: "corrections", reason: "矫正期满" });
    expect(membership(id, "corrections")?.endedAt).toEqual(NOW);
    expect(failure(() => endGroup(ctxFor(w.db, w.carer, NOW), id, { group: "left_behind", reason: "x" }))).toMatchObject({ code: "conflict", status: 409 });
    expect(failure(() => updateDetails(ctxFor(w.db, w.carer, NOW), id, updateDetailsSchema.parse({ group: "corrections", details: {} })))).toMatchObject({ status: 409 });
    // Re-adding an ended group reopens it.
    addGroup(ctxFor(w.db, w.carer, NOW), id, addGroupSchema.parse({ group: "corrections" }));
    expect(membership(id, "corrections")?.endedAt).toBeNull();
  });

  it("refuses strangers (404), other roles (403), exited persons (409) and details of another group's shape (422)", () => {
    const id = enrol(w, w.carer);
    const input = updateDetailsSchema.parse({ group: "bereaved", details: { familySituation: "x" } });
    expect(failure(() => updateDetails(ctxFor(w.db, w.carer2, NOW), id, input))).toMatchObject({ status: 404 });
    expect(failure(() => updateDetails(ctxFor(w.db, w.teacher, NOW), id, input))).toMatchObject({ status: 403 });
    expect(updateDetailsSchema.safeParse({ group: "bereaved", details: { matter: "x" } }).success).toBe(false);
    exitPerson(ctxFor(w.db, w.carer, NOW), id, { reason: "去世", exitedOn: "2026-11-30" });
    expect(failure(() => updateDetails(ctxFor(w.db, w.carer, NOW), id, input))).toMatchObject({ status: 409 });
  });
});
