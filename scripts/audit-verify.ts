// npm run audit:verify — walks the audit log's hash chain; exits 1 if any row was altered or removed.
import { databasePath, getDb } from "@/db/client";
import { verifyAuditChain } from "@/lib/audit/audit";
import { t } from "@/lib/i18n/messages";

const result = verifyAuditChain(getDb());
if (result.ok) {
  console.log(t("audit.verifyOk", { count: result.count }), `(${databasePath()})`);
} else {
  console.error(t("audit.verifyBroken", { id: result.brokenAtId }), `(${databasePath()})`);
  process.exit(1);
}
