import { describe, expect, it } from "vitest";
import { createTestDb } from "@/lib/testing/test-db";
import { generateLargeDataset } from "./generate";
import { explainHotQueries, fullScanOf } from "./hot-queries";

// Without ANALYZE statistics SQLite plans from the schema alone, so the plans on this small data
// set are the plans on the ten-year one (npx tsx scripts/explain-hot-queries.ts prints those, with timings).
describe("the benchmarked operations' queries", () => {
  it("never read a whole large table", () => {
    const db = createTestDb();
    const { now } = generateLargeDataset(db, { passwordHash: "$argon2id$test-stand-in", scale: 1 / 1000 });
    const rows = explainHotQueries(db, now);
    for (const op of ["home (admin widgets)", "roomWeek", "slots", "appointments", "mediationSearch", "careWorkList", "stats", "book"]) {
      expect(rows.some((r) => r.operation === op), op).toBe(true);
    }
    expect(rows.filter((r) => r.fullScans.length).map((r) => `[${r.operation}] ${r.sql} → ${r.plan.join(" | ")}`)).toEqual([]);
  });

  it("tells a full scan from an index search and a bounded newest-first read", () => {
    expect(fullScanOf("SCAN audit_log", 'select "id" from "audit_log" where "at" >= ? order by "id" desc limit ?')).toBe("audit_log");
    expect(fullScanOf("SCAN reservations USING COVERING INDEX reservations_room_live_idx", 'select count(*) from "reservations" where "status" = ?')).toBe("reservations");
    expect(fullScanOf("SEARCH reservations USING INDEX reservations_room_start_idx (room_id=? AND start_at<?)", "select 1 from reservations where room_id = ?")).toBeNull();
    expect(fullScanOf("SCAN audit_log", 'select "hash" from "audit_log" order by "audit_log"."id" desc limit ?')).toBeNull();
    expect(fullScanOf("SCAN rooms", 'select "id" from "rooms" where "active" = ?')).toBeNull();
  });
});
