import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { openDb, type Db } from "@/db/client";
import { mediationCases } from "@/db/schema";
import type { Actor } from "../auth/actor";
import { ctxFor, makeUser } from "../testing/fixtures";
import { createTestDb } from "../testing/test-db";
import { allocateCaseNumber, formatCaseNo, localYear } from "./case-number";
import { registerAs } from "./test-helpers";

const run = promisify(execFile);
let db: Db;
let mediator: Actor;

beforeAll(async () => {
  db = createTestDb();
  mediator = await makeUser(db, "numbers", ["mediator"]);
});

const seqsOf = (year: number) =>
  db.select({ seq: mediationCases.seq, caseNo: mediationCases.caseNo }).from(mediationCases).where(eq(mediationCases.year, year)).orderBy(asc(mediationCases.seq)).all();

function expectGapFree(year: number, count: number) {
  const rows = seqsOf(year);
  expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: count }, (_, i) => i + 1));
  expect(rows.map((r) => r.caseNo)).toEqual(rows.map((r) => formatCaseNo(year, r.seq)));
}

describe("case numbers", () => {
  it("refuses to allocate outside the registering transaction", () => {
    expect(() => allocateCaseNumber(ctxFor(db, mediator), 2031)).toThrow();
  });

  it("restarts at 0001 each local year and never reuses a number", () => {
    const a = registerAs(db, mediator, new Date("2030-12-31T15:00:00Z"));
    const b = registerAs(db, mediator, new Date("2030-12-31T16:30:00Z"));
    expect(a.caseNo).toBe("(2030)安康人调字第0001号");
    expect(b.caseNo).toBe("(2031)安康人调字第0001号");
    expect(registerAs(db, mediator, new Date("2031-01-02T02:00:00Z")).caseNo).toBe("(2031)安康人调字第0002号");
  });

  it("stays gap-free when a registration fails after the number was drawn", () => {
    const at = new Date("2032-03-01T02:00:00Z");
    registerAs(db, mediator, at);
    // An unknown resident is found after the number is allocated: the whole transaction rolls back.
    expect(() => registerAs(db, mediator, at, { parties: [{ role: "applicant", residentId: 999999 }, { role: "respondent", name: "乙" }] })).toThrow();
    registerAs(db, mediator, at);
    expectGapFree(2032, 2);
  });

  it("is gap-free and unique across two connections to the same file, interleaved", () => {
    const second = openDb(db.$client.name);
    try {
      const at = new Date("2033-05-01T02:00:00Z");
      const numbers: string[] = [];
      for (let i = 0; i < 60; i++) numbers.push(registerAs(i % 2 ? second : db, mediator, at).caseNo);
      expect(new Set(numbers).size).toBe(60);
      expectGapFree(2033, 60);
    } finally {
      second.$client.close();
    }
  });

  it("is gap-free when four processes register at the same moment", async () => {
    const worker = path.join(__dirname, "register-worker.ts");
    // Far enough ahead that every process has loaded before the agreed start.
    const start = Date.now() + 4000;
    const results = await Promise.all(
      [0, 1, 2, 3].map(() =>
        run(process.execPath, ["--import", "tsx", worker, db.$client.name, String(mediator.userId), mediator.username, "15", String(start)], { cwd: process.cwd(), timeout: 60_000 }),
      ),
    );
    const numbers = results.flatMap((r) => JSON.parse(r.stdout) as string[]);
    expect(numbers).toHaveLength(60);
    expect(new Set(numbers).size).toBe(60);
    const year = localYear(new Date());
    const rows = db.select({ seq: mediationCases.seq }).from(mediationCases).where(eq(mediationCases.year, year)).all();
    expect(rows.map((r) => r.seq).sort((a, b) => a - b)).toEqual(Array.from({ length: rows.length }, (_, i) => i + 1));
  }, 90_000);
});
