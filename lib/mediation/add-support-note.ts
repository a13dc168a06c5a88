import { mediationSupportNotes } from "@/db/schema";
import type { Ctx } from "../context";
import { forbidden } from "../errors";
import { t } from "../i18n/messages";
import { auditCase, loadVisibleCase } from "./internal";
import { canWriteSupportNotes } from "./policy";
import type { AddSupportNoteInput } from "./schemas";

/** The assigned counsellor's psychological-support note, read by the case team only. */
export function addSupportNote(ctx: Ctx, caseId: number, input: AddSupportNoteInput): { id: number } {
  return ctx.db.transaction(
    () => {
      const { team } = loadVisibleCase(ctx, caseId);
      if (!canWriteSupportNotes(ctx.actor, team)) throw forbidden(t("mediation.error.onlyCounselorNotes"));
      const { id } = ctx.db
        .insert(mediationSupportNotes)
        .values({ caseId, authorId: ctx.actor.userId, text: input.text, createdAt: ctx.now })
        .returning({ id: mediationSupportNotes.id })
        .get();
      auditCase(ctx, "mediation.note.create", caseId, { noteId: id });
      return { id };
    },
    { behavior: "immediate" },
  );
}
