// npm run db:seed:large [-- <file>] [--scale=0.1] [--today=YYYY-MM-DD] [--years=10] — ten years of a busy
// centre into a separate database file (default data/large.db, or LARGE_DB_PATH) for the load benchmark.
// The file is replaced: it holds generated data only. Demo accounts and password as the demo seed.
import fs from "node:fs";
import path from "node:path";
import { migrateDb, openDb } from "@/db/client";
import { DEMO_PASSWORD } from "@/db/seed-data";
import { generateLargeDataset } from "@/db/seed-large/generate";
import { verifyAuditChain } from "@/lib/audit/audit";
import { hashPassword } from "@/lib/auth/password";

function option(name: string): string | undefined {
  const arg = process.argv.find((a) => a.startsWith(`--${name}=`));
  return arg?.slice(name.length + 3);
}

async function main() {
  const positional = process.argv.slice(2).find((a) => !a.startsWith("--"));
  const file = path.resolve(positional || process.env.LARGE_DB_PATH || path.join("data", "large.db"));
  const scale = Number(option("scale") ?? process.env.LARGE_SCALE ?? 1);
  const today = option("today") ?? process.env.LARGE_TODAY;
  const years = option("years") ? Number(option("years")) : undefined;
  if (!(scale > 0)) throw new Error("--scale must be a positive number");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const t0 = Date.now();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const db = openDb(file);
  migrateDb(db);
  const result = generateLargeDataset(db, { passwordHash, scale, today, years, log: (m) => console.log(`[seed:large] ${m}`) });
  const generated = Date.now();
  const chain = process.env.LARGE_SKIP_VERIFY === "1" ? null : verifyAuditChain(db);
  db.$client.close();
  console.log(`[seed:large] ${file}: ${result.firstDate} … ${result.today} (now ${result.now.toISOString()})`);
  for (const [table, n] of Object.entries(result.rows).sort()) console.log(`  ${table.padEnd(26)} ${n}`);
  console.log(`[seed:large] generated in ${((generated - t0) / 1000).toFixed(1)} s` + (chain ? `; audit chain ${chain.ok ? "valid" : "BROKEN"} (${chain.count} rows, ${((Date.now() - generated) / 1000).toFixed(1)} s to verify)` : ""));
  if (chain && !chain.ok) process.exit(1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
