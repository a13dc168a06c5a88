import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { residents, users } from "@/db/schema";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser } from "../testing/fixtures";
import { getOwnProfile, maskPhone } from "./own-profile";

describe("maskPhone", () => {
  it("keeps the first three and last four digits of a mobile number", () => {
    expect(maskPhone("13839300011")).toBe("138****0011");
    expect(maskPhone("0393-1234567")).toBe("039****4567");
    expect(maskPhone("12345")).toBe("****45");
    expect(maskPhone("")).toBeNull();
    expect(maskPhone(null)).toBeNull();
  });
});

describe("getOwnProfile", () => {
  it("reads a resident's name and phone from their register entry, masked", async () => {
    const db = createTestDb();
    const actor = await makeUser(db, "res1", ["resident"], { name: "张秀英" });
    db.update(residents).set({ phone: "13839300011" }).where(eq(residents.id, actor.residentId!)).run();
    expect(getOwnProfile(ctxFor(db, actor))).toEqual({ name: "张秀英", username: "res1", maskedPhone: "138****0011" });
  });

  it("falls back to the account's phone for staff", async () => {
    const db = createTestDb();
    const actor = await makeUser(db, "staff1", ["counselor"], { name: "李静怡" });
    expect(getOwnProfile(ctxFor(db, actor)).maskedPhone).toBeNull();
    db.update(users).set({ phone: "13903930002" }).where(eq(users.id, actor.userId)).run();
    expect(getOwnProfile(ctxFor(db, actor)).maskedPhone).toBe("139****0002");
  });
});
