import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { migrateDb, openDb, type Db } from "@/db/client";

/** A fresh, migrated database file for one test file; removed when the process ends. */
export function createTestDb(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ankang-test-"));
  const db = openDb(path.join(dir, "test.db"));
  migrateDb(db);
  process.once("exit", () => {
    try {
      db.$client.close();
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      // best effort
    }
  });
  return db;
}
