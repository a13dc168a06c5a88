// npx tsx scripts/explain-hot-queries.ts [file] — EXPLAIN QUERY PLAN and timing of every statement behind
// the benchmarked operations, on the large data set (default data/large.db, or LARGE_DB_PATH).
// Exits 1 when a plan reads the whole of a large table (db/seed-large/hot-queries.ts LARGE_TABLES).
import fs from "node:fs";
import path from "node:path";
import { openDb } from "@/db/client";
import { explainHotQueries } from "@/db/seed-large/hot-queries";

const file = path.resolve(process.argv[2] || process.env.LARGE_DB_PATH || path.join("data", "large.db"));
if (!fs.existsSync(file)) {
  console.error(`${file} does not exist: run npm run db:seed:large first`);
  process.exit(1);
}
const db = openDb(file);
const now = process.env.LARGE_NOW ? new Date(process.env.LARGE_NOW) : new Date();
const rows = explainHotQueries(db, now);
db.$client.close();
let scans = 0;
for (const r of rows) {
  const flag = r.fullScans.length ? "FULL SCAN" : "ok";
  if (r.fullScans.length) scans++;
  console.log(`\n[${r.operation}] ${r.ms.toFixed(2)} ms  ${flag}\n  ${r.sql.replace(/\s+/g, " ").slice(0, 400)}`);
  for (const line of r.plan) console.log(`    ${line}`);
}
const slow = [...rows].sort((a, b) => b.ms - a.ms).slice(0, 8);
console.log("\nslowest statements:");
for (const r of slow) console.log(`  ${r.ms.toFixed(2).padStart(8)} ms  [${r.operation}] ${r.sql.replace(/\s+/g, " ").slice(0, 140)}`);
console.log("\nper operation (sum of its statements):");
const byOp = new Map<string, number>();
for (const r of rows) byOp.set(r.operation, (byOp.get(r.operation) ?? 0) + r.ms);
for (const [op, ms] of byOp) console.log(`  ${ms.toFixed(2).padStart(8)} ms  ${op}`);
console.log(scans ? `\n${scans} statement(s) read a whole large table` : "\nno full scan of a large table");
process.exit(scans ? 1 : 0);
