import { auditAs, type AuditEntry } from "../audit/audit";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { canEditCounselor } from "./policy";
import { getCounselor } from "./queries";

export function auditCounselor(ctx: Ctx, action: string, counselorId: number, details?: AuditEntry["details"]) {
  auditAs(ctx, { action, entityType: "counselor", entityId: counselorId, details });
}

/** 404 for someone who is not a counsellor, 403 for a counsellor who is not the caller (unless admin). */
export function assertEditable(ctx: Ctx, counselorId: number): void {
  getCounselor(ctx, counselorId);
  if (!canEditCounselor(ctx.actor, counselorId)) throw forbidden();
}
