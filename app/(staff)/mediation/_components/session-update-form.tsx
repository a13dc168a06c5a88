"use client";
// 补充记录: fills in the record of a meeting after it took place.
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { t } from "@/lib/i18n/messages";
import { updateSessionSchema, type UpdateSessionFormValues } from "@/lib/mediation/schemas";
import { updateSessionAction } from "../actions";
import { SessionRecordFields, type PartyOption } from "./session-record-fields";
import { useActionSubmit } from "./use-action-form";

interface Current {
  id: number;
  n: number;
  participants: string;
  statements: { partyId: number; text: string }[];
  facts: string | null;
  outcome: string | null;
}

export function SessionUpdateButton({ caseId, parties, session }: { caseId: number; parties: PartyOption[]; session: Current }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t("mediation.sessions.edit")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("mediation.sessions.editTitle", { n: session.n })}>
        <SessionUpdateForm caseId={caseId} parties={parties} session={session} onDone={() => setOpen(false)} />
      </Dialog>
    </>
  );
}

function SessionUpdateForm({ caseId, parties, session, onDone }: { caseId: number; parties: PartyOption[]; session: Current; onDone: () => void }) {
  const form = useForm<UpdateSessionFormValues>({
    resolver: zodResolver(updateSessionSchema, undefined, { raw: true }),
    defaultValues: {
      participants: session.participants,
      statements: parties.map((p) => ({ partyId: p.id, text: session.statements.find((s) => s.partyId === p.id)?.text ?? "" })),
      facts: session.facts ?? "",
      outcome: session.outcome ?? "",
    },
  });
  const { onSubmit, message } = useActionSubmit(form, ["participants", "statements", "facts", "outcome"], (data) => updateSessionAction({ caseId, sessionId: session.id, data }), { onSuccess: onDone });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.sessions.editTitle", { n: session.n })} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <SessionRecordFields form={form} parties={parties} idPrefix={`edit-${session.id}`} />
      <Button type="submit" pending={form.formState.isSubmitting}>
        {t("mediation.sessions.save")}
      </Button>
    </form>
  );
}
