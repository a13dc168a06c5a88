// npm run privacy:purge [-- --dry-run] — anonymise records whose retention period has ended
// (lib/privacy/retention.ts: hotline calls 3 years, session records 10 years; the audit log is never purged).
import { getDb, migrateDb } from "@/db/client";
import { purgeExpired, RETENTION } from "@/lib/privacy/retention";

const dryRun = process.argv.includes("--dry-run");
const db = getDb();
migrateDb(db);
const report = purgeExpired(db, new Date(), { dryRun });
console.log(`${dryRun ? "would anonymise" : "anonymised"}: ${report.hotlineCalls} hotline calls (older than ${RETENTION.hotlineCallDays} days), ${report.callbackNotes} call-back notes, ${report.sessionRecords} session records (older than ${RETENTION.sessionRecordDays} days)`);
