// npm run backup [dir]      — online, consistent backup of DATABASE_PATH into dir (default backups/),
//                             keeping the newest BACKUP_KEEP (default 14)
// npm run restore -- FILE   — check FILE's integrity, then restore it over DATABASE_PATH (stop the server first)
import path from "node:path";
import { databasePath, getDb } from "@/db/client";
import { backupAndPrune, restoreDb } from "@/db/backup";
import { backupDir, backupKeep } from "@/db/backup-schedule";

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--restore") {
    if (!args[1]) throw new Error("usage: npm run restore -- <backup file>");
    restoreDb(path.resolve(args[1]), databasePath());
    console.log(`restored ${args[1]} → ${databasePath()}`);
  } else {
    const { file, deleted } = await backupAndPrune(getDb(), args[0] ? path.resolve(args[0]) : backupDir(), backupKeep());
    console.log(`backup written: ${file}`);
    for (const f of deleted) console.log(`old backup removed: ${f}`);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
