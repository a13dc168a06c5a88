import { beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/db/client";
import { createTestDb } from "../testing/test-db";
import { ctxFor, makeUser } from "../testing/fixtures";
import { AppError } from "../errors";
import { recordAudit } from "./audit";
import { signInProblemsToday } from "./queries";

let db: Db;
let n = 0;
// 2026-11-30 10:00 in Shanghai; the centre's day began at 2026-11-29T16:00Z.
const now = new Date("2026-11-30T02:00:00Z");

beforeEach(() => {
  db = createTestDb();
  n++;
});

describe("signInProblemsToday", () => {
  it("counts today's failures and lockouts (centre time) and lists the latest first, without details", async () => {
    const admin = await makeUser(db, `admin${n}`, ["admin"]);
    const yesterday = new Date("2026-11-29T15:59:00Z"); // 23:59 on the 29th in Shanghai
    recordAudit(db, { action: "auth.sign_in", outcome: "failure", actorUsername: "old", reason: "bad_password", at: yesterday });
    recordAudit(db, { action: "auth.sign_in", outcome: "failure", actorUsername: "lisi", reason: "bad_password", ip: "10.0.0.9", at: new Date("2026-11-29T16:01:00Z"), details: { kind: "web" } });
    recordAudit(db, { action: "auth.sign_in", outcome: "failure", actorUsername: "nobody", reason: "unknown_user", at: new Date("2026-11-30T01:00:00Z") });
    recordAudit(db, { action: "auth.locked", outcome: "failure", actorUsername: "lisi", at: new Date("2026-11-30T01:10:00Z") });
    recordAudit(db, { action: "auth.sign_in", actorUsername: "lisi", at: new Date("2026-11-30T01:20:00Z") });
    recordAudit(db, { action: "user.change_password", outcome: "failure", actorUsername: "lisi", reason: "wrong_current", at: new Date("2026-11-30T01:30:00Z") });

    const r = signInProblemsToday(ctxFor(db, admin, now));
    expect(r.failures).toBe(2);
    expect(r.lockouts).toBe(1);
    expect(r.recent.map((p) => [p.kind, p.username, p.reason])).toEqual([
      ["lockout", "lisi", null],
      ["failure", "nobody", "unknown_user"],
      ["failure", "lisi", "bad_password"],
    ]);
    expect(r.recent[2].ip).toBe("10.0.0.9");
    expect(Object.keys(r.recent[0]).sort()).toEqual(["at", "id", "ip", "kind", "reason", "username"]);
  });

  it("is the admin's alone", async () => {
    const counselor = await makeUser(db, `c${n}`, ["counselor", "hotline"]);
    expect(() => signInProblemsToday(ctxFor(db, counselor, now))).toThrow(AppError);
  });

  it("reports zeros on a quiet day", async () => {
    const admin = await makeUser(db, `a${n}`, ["admin"]);
    expect(signInProblemsToday(ctxFor(db, admin, now))).toEqual({ failures: 0, lockouts: 0, recent: [] });
  });
});
