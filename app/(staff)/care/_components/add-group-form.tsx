"use client";
// 添加人群类别: the person joins another group, with that group's details and basis.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { LEFT_BEHIND_KINDS, type CareGroup } from "@/db/schema/codes";
import { addGroupSchema } from "@/lib/care/schemas";
import { label, t } from "@/lib/i18n/messages";
import { z } from "@/lib/zod";
import { addGroupAction } from "../actions";
import { DetailFields, detailsPayload, yearValue, type DetailKey } from "./detail-fields";
import { errorAt } from "./form-errors";
import { ToggleGroup } from "./toggle-group";

type Values = z.input<typeof addGroupSchema>;

const payloadOf = (v: Values): Values => {
  const group = v.group as CareGroup;
  const details = group ? detailsPayload(group, v.details) : {};
  if ("lossYear" in details) details.lossYear = yearValue(details.lossYear);
  return { group: v.group, leftBehindKind: group === "left_behind" ? v.leftBehindKind : undefined, details, legalBasis: group === "corrections" ? "legal_duty" : "consent" };
};
const formSchema = z.preprocess((v: Values) => payloadOf(v), addGroupSchema);

function Form({ personId, groups, close }: { personId: number; groups: CareGroup[]; close: () => void }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState<string | undefined>();
  const form = useForm<Values>({ resolver: zodResolver(formSchema, undefined, { raw: true }), defaultValues: { group: "" as CareGroup, details: {} } });
  const { errors, isSubmitting } = form.formState;
  const group = useWatch({ control: form.control, name: "group" }) as CareGroup | "";
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    if (values.group !== "corrections" && !consent) {
      setConsentError(t("care.consentRequired"));
      return;
    }
    const r = await addGroupAction({ personId, input: payloadOf(values) });
    if (r.ok) {
      close();
      router.refresh();
    } else setMessage(applyActionErrors(r, form.setError, ["group", "leftBehindKind"]));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.addGroup")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <SelectField label={t("care.group")} required placeholder={t("care.pleaseChoose")} options={groups.map((g) => ({ value: g, label: label("careGroup", g) }))} error={errors.group?.message} {...form.register("group")} id="add-group" />
      {group === "left_behind" ? (
        <ToggleGroup legend={t("care.leftBehindKind")} name="add-kind" required options={LEFT_BEHIND_KINDS.map((k) => ({ value: k, label: label("leftBehindKind", k) }))} registration={form.register("leftBehindKind")} error={errors.leftBehindKind?.message} />
      ) : null}
      {group ? <DetailFields group={group} idPrefix="add" field={(k: DetailKey) => form.register(`details.${k}`)} error={(k: DetailKey) => errorAt(errors, `details.${k}`)} /> : null}
      {group && group !== "corrections" ? <CheckboxField name="add-consent" label={t("care.consentConfirm")} checked={consent} onChange={(e) => setConsent(e.target.checked)} error={consentError} /> : null}
      {group === "corrections" ? <p className="text-sm text-stone-700">{t("care.basisLegalDuty")}</p> : null}
      <Button type="submit" pending={isSubmitting}>
        {t("care.addGroup")}
      </Button>
    </form>
  );
}

export function AddGroupForm({ personId, groups }: { personId: number; groups: CareGroup[] }) {
  if (groups.length === 0) return null;
  return (
    <Dialog title={t("care.addGroup")} triggerLabel={t("care.addGroup")}>
      {(close) => <Form personId={personId} groups={groups} close={close} />}
    </Dialog>
  );
}
