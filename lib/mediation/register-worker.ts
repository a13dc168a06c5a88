// Test-only: a separate process that registers cases on a database file, so that the case-number
// test can race real processes against each other (see case-number.test.ts).
import { openDb } from "@/db/client";
import type { Actor } from "../auth/actor";
import { ctxFor } from "../testing/fixtures";
import { registerCase } from "./register-case";
import { caseInput } from "./test-helpers";

const [file, userId, username, count, startAtMs] = process.argv.slice(2);
const db = openDb(file);
const actor: Actor = { userId: Number(userId), username, name: username, roles: ["mediator"], residentId: null, sessionId: "worker", mustChangePassword: false };

// Start together, so the registrations really interleave.
while (Date.now() < Number(startAtMs)) {
  /* spin until the agreed start */
}
const numbers: string[] = [];
for (let i = 0; i < Number(count); i++) numbers.push(registerCase(ctxFor(db, actor, new Date()), caseInput()).caseNo);
process.stdout.write(JSON.stringify(numbers));
db.$client.close();
