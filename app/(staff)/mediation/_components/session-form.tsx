"use client";
// 记录一次调解: when, where (optionally booking a centre room), who took part, what each party
// said, the facts found and the outcome. A room booking that clashes refuses the whole record.
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import { recordSessionSchema, type RecordSessionFormValues } from "@/lib/mediation/schemas";
import { recordSessionAction } from "../actions";
import { LocalDateTimeField } from "./local-datetime-field";
import { SessionRecordFields, type PartyOption } from "./session-record-fields";
import { useActionSubmit } from "./use-action-form";

const FIELDS = ["heldAt", "endAt", "place", "roomId", "participants", "statements", "facts", "outcome"] as const;

export function SessionForm({ caseId, parties, rooms, defaultStart }: { caseId: number; parties: PartyOption[]; rooms: { id: number; name: string }[]; defaultStart: string }) {
  const defaults: RecordSessionFormValues = {
    heldAt: defaultStart,
    endAt: "",
    place: "",
    roomId: undefined,
    participants: "",
    statements: parties.map((p) => ({ partyId: p.id, text: "" })),
    facts: "",
    outcome: "",
  };
  const form = useForm<RecordSessionFormValues>({ resolver: zodResolver(recordSessionSchema, undefined, { raw: true }), defaultValues: defaults });
  const { onSubmit, message } = useActionSubmit(form, FIELDS, (data) => recordSessionAction({ caseId, data }), {
    success: t("mediation.sessions.saved"),
    onSuccess: () => form.reset(defaults),
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("mediation.sessions.new")} className="space-y-4">
      <FormMessage tone={message?.tone}>{message?.text}</FormMessage>
      <div className="grid gap-4 sm:grid-cols-2">
        <LocalDateTimeField control={form.control} name="heldAt" id="session-heldAt" label={t("mediation.sessions.heldAt")} required />
        <LocalDateTimeField control={form.control} name="endAt" id="session-endAt" label={t("mediation.sessions.endAt")} />
        <SelectField
          id="session-room"
          label={t("mediation.sessions.room")}
          options={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
          placeholder={t("mediation.sessions.noRoom")}
          error={errors.roomId?.message}
          {...form.register("roomId", { setValueAs: (v: string | number | undefined) => (v === "" || v === undefined ? undefined : Number(v)) })}
        />
        <TextField id="session-place" label={t("mediation.sessions.place")} hint={t("mediation.sessions.placeHint")} maxLength={100} error={errors.place?.message} {...form.register("place")} />
      </div>
      <SessionRecordFields form={form} parties={parties} idPrefix="session" />
      <Button type="submit" pending={isSubmitting}>
        {t("mediation.sessions.save")}
      </Button>
    </form>
  );
}
