import { and, eq } from "drizzle-orm";
import { availabilityExceptions } from "@/db/schema";
import type { Ctx } from "../context";
import { notFound } from "../errors";
import { assertEditable, auditCounselor } from "./internal";

export function removeAvailabilityException(ctx: Ctx, counselorId: number, exceptionId: number): { id: number } {
  return ctx.db.transaction(
    () => {
      assertEditable(ctx, counselorId);
      const res = ctx.db.delete(availabilityExceptions).where(and(eq(availabilityExceptions.id, exceptionId), eq(availabilityExceptions.counselorId, counselorId))).run();
      if (res.changes !== 1) throw notFound();
      auditCounselor(ctx, "counselor.exception_remove", counselorId, { exceptionId });
      return { id: exceptionId };
    },
    { behavior: "immediate" },
  );
}
