// npm run db:seed — add the demo data to DATABASE_PATH (idempotent: existing rows are kept).
import { databasePath, getDb, migrateDb } from "@/db/client";
import { seedDemo } from "@/db/seed";

async function main() {
  const db = getDb();
  migrateDb(db);
  await seedDemo(db, new Date());
  console.log(`demo data in ${databasePath()}`);
}

void main();
