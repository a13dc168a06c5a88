import { and, eq, isNull } from "drizzle-orm";
import { careMemberships, carePersons } from "@/db/schema";
import type { Ctx } from "../context";
import { appError } from "../errors";
import { t } from "../i18n/messages";
import { assertActive, auditCare, personHead, refreshSchedule, today } from "./internal";
import type { ExitPersonInput } from "./schemas";

/** Ends a person's care (term served, moved away, died …): no more visits fall due; the file is kept. */
export function exitPerson(ctx: Ctx, personId: number, input: ExitPersonInput): { status: "exited"; exitedOn: string } {
  return ctx.db.transaction(
    () => {
      const p = personHead(ctx, personId);
      assertActive(p);
      if (input.exitedOn > today(ctx)) throw appError("validation", undefined, { exitedOn: [t("care.error.exitInFuture")] });
      if (input.exitedOn < p.registeredOn) throw appError("validation", undefined, { exitedOn: [t("care.error.exitBeforeEntry")] });
      ctx.db
        .update(carePersons)
        .set({ status: "exited", exitReason: input.reason, exitedOn: input.exitedOn, exitedAt: ctx.now, exitedBy: ctx.actor.userId, updatedAt: ctx.now })
        .where(eq(carePersons.id, personId))
        .run();
      ctx.db
        .update(careMemberships)
        .set({ endedAt: ctx.now, endReason: input.reason, updatedAt: ctx.now })
        .where(and(eq(careMemberships.personId, personId), isNull(careMemberships.endedAt)))
        .run();
      refreshSchedule(ctx, personId);
      auditCare(ctx, "care.person.exit", personId, { exitedOn: input.exitedOn });
      return { status: "exited" as const, exitedOn: input.exitedOn };
    },
    { behavior: "immediate" },
  );
}
