// npm run db:migrate — apply committed migrations to DATABASE_PATH (the server also does this at start).
import { databasePath, getDb, migrateDb } from "@/db/client";

migrateDb(getDb());
console.log(`migrated ${databasePath()}`);
