import { eq, sql } from "drizzle-orm";
import { mediationCases } from "@/db/schema";
import type { Ctx } from "../context";
import { toLocalDate } from "../time";

/** "(2026)安康人调字第0007号" */
export function formatCaseNo(year: number, seq: number): string {
  return `(${year})安康人调字第${String(seq).padStart(4, "0")}号`;
}

/** "(2026)安康人调协字第0007号": the agreement of case 0007 carries the same sequence number. */
export function formatAgreementNo(year: number, seq: number): string {
  return `(${year})安康人调协字第${String(seq).padStart(4, "0")}号`;
}

/** The centre-local year an instant falls in: case numbers restart every 1 January, Beijing time. */
export function localYear(d: Date): number {
  return Number(toLocalDate(d).slice(0, 4));
}

/**
 * The next number of the year. Must run inside the registering BEGIN IMMEDIATE transaction: the
 * write lock is held from the read of max(seq) to the insert, so two registrations (in any process)
 * can never read the same maximum, and a rolled-back registration leaves no gap.
 */
export function allocateCaseNumber(ctx: Ctx, year: number): { year: number; seq: number; caseNo: string } {
  if (!ctx.db.$client.inTransaction) throw new Error("allocateCaseNumber needs the caller's immediate transaction");
  const row = ctx.db
    .select({ max: sql<number | null>`max(${mediationCases.seq})` })
    .from(mediationCases)
    .where(eq(mediationCases.year, year))
    .get();
  const seq = (row?.max ?? 0) + 1;
  return { year, seq, caseNo: formatCaseNo(year, seq) };
}
