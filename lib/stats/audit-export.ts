import type { Ctx } from "../context";
import { recordAudit } from "../audit/audit";
import type { Period } from "./period";

export type ExportFormat = "xlsx" | "csv";

/** Every export leaves the app with the centre's figures: who, when, which period, which format. */
export function auditExport(ctx: Ctx, period: Period, format: ExportFormat | "print") {
  recordAudit(ctx.db, {
    action: "stats.export",
    actorId: ctx.actor.userId,
    actorUsername: ctx.actor.username,
    entityType: "stats",
    entityId: period.code,
    ip: ctx.ip,
    at: ctx.now,
    details: { format, period: period.code },
  });
}
