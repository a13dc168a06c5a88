// npm run db:backup [dir]            — online backup of DATABASE_PATH into dir (default backups/)
// npm run db:backup -- --restore F   — restore backup F over DATABASE_PATH (stop the server first)
import path from "node:path";
import { databasePath, getDb } from "@/db/client";
import { backupDb, restoreDb } from "@/db/backup";

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === "--restore") {
    if (!args[1]) throw new Error("usage: npm run db:backup -- --restore <backup file>");
    restoreDb(path.resolve(args[1]), databasePath());
    console.log(`restored ${args[1]} → ${databasePath()}`);
  } else {
    const file = await backupDb(getDb(), path.resolve(args[0] || "backups"));
    console.log(`backup written: ${file}`);
  }
}

void main();
