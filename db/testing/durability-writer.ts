// Child process of db/durability.test.ts: writes rows one transaction at a time through openDb (the
// app's own pragmas) and prints each row's id only after its commit returned. The test kills it
// with SIGKILL mid-loop and checks every printed id survived.
import { openDb } from "../client";

const file = process.argv[2];
if (!file) throw new Error("usage: durability-writer <db file>");
const db = openDb(file);
db.$client.exec("CREATE TABLE IF NOT EXISTS durability_probe (id INTEGER PRIMARY KEY, payload TEXT NOT NULL)");
const insert = db.$client.prepare("INSERT INTO durability_probe (payload) VALUES (?)");
const write = db.$client.transaction((payload: string) => Number(insert.run(payload).lastInsertRowid));
process.stdout.write("ready\n");
for (;;) {
  const id = write("x".repeat(2000));
  process.stdout.write(`${id}\n`);
}
