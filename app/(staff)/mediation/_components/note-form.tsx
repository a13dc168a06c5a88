"use client";
// The assigned counsellor's psychological-support note.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextareaField } from "@/app/_components/textarea-field";
import { t } from "@/lib/i18n/messages";
import { addSupportNoteSchema } from "@/lib/mediation/schemas";
import type { z } from "@/lib/zod";
import { addSupportNoteAction } from "../actions";
import { useActionSubmit } from "./use-action-form";

type Values = z.input<typeof addSupportNoteSchema>;

export function NoteForm({ caseId }: { caseId: number }) {
  const form = useForm<Values>({ resolver: zodResolver(addSupportNoteSchema, undefined, { raw: true }), defaultValues: { text: "" } });
  const { onSubmit, message } = useActionSubmit(form, ["text"], (data) => addSupportNoteAction({ caseId, data }), { success: t("mediation.support.saved"), reset: true });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.support.new")} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <TextareaField id="note-text" label={t("mediation.support.text")} required rows={4} maxLength={4000} error={form.formState.errors.text?.message} {...form.register("text")} />
      <Button type="submit" pending={form.formState.isSubmitting}>
        {t("mediation.support.save")}
      </Button>
    </form>
  );
}
