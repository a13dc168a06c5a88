"use client";
// 修改类别信息: one group's details, replaced as a whole.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { LEFT_BEHIND_KINDS, type CareGroup, type LeftBehindKind } from "@/db/schema/codes";
import { updateDetailsSchema, type UpdateDetailsValues } from "@/lib/care/schemas";
import { label, t } from "@/lib/i18n/messages";
import { z } from "@/lib/zod";
import { updateDetailsAction } from "../actions";
import { DetailFields, detailsPayload, yearValue, type DetailKey } from "./detail-fields";
import { errorAt } from "./form-errors";
import { groupName } from "./care-tags";
import { ToggleGroup } from "./toggle-group";

type Values = UpdateDetailsValues;

const payloadOf = (v: Values): Values => {
  const details = detailsPayload(v.group as CareGroup, v.details);
  if ("lossYear" in details) details.lossYear = yearValue(details.lossYear);
  return { group: v.group, leftBehindKind: v.group === "left_behind" ? v.leftBehindKind : undefined, details };
};
const formSchema = z.preprocess((v: Values) => payloadOf(v), updateDetailsSchema);

interface FormProps {
  personId: number;
  group: CareGroup;
  leftBehindKind: LeftBehindKind | null;
  details: Record<string, string | number | undefined>;
  close: () => void;
}

function Form({ personId, group, leftBehindKind, details, close }: FormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(formSchema, undefined, { raw: true }),
    defaultValues: { group, leftBehindKind: leftBehindKind ?? undefined, details: Object.fromEntries(Object.entries(details).map(([k, v]) => [k, v ?? ""])) },
  });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const r = await updateDetailsAction({ personId, input: payloadOf(values) });
    if (r.ok) {
      close();
      router.refresh();
    } else setMessage(applyActionErrors(r, form.setError, ["leftBehindKind"]));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.editDetails")} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      {group === "left_behind" ? (
        <ToggleGroup legend={t("care.leftBehindKind")} name={`edit-kind-${group}`} required options={LEFT_BEHIND_KINDS.map((k) => ({ value: k, label: label("leftBehindKind", k) }))} registration={form.register("leftBehindKind")} error={errors.leftBehindKind?.message} />
      ) : null}
      <DetailFields group={group} idPrefix={`edit-${group}`} field={(k: DetailKey) => form.register(`details.${k}`)} error={(k: DetailKey) => errorAt(errors, `details.${k}`)} />
      <Button type="submit" pending={isSubmitting}>
        {t("care.saveDetails")}
      </Button>
    </form>
  );
}

export function DetailsForm(props: Omit<FormProps, "close">) {
  return (
    <Dialog title={`${t("care.editDetails")}：${groupName(props)}`} triggerLabel={t("care.editDetails")}>
      {(close) => <Form {...props} close={close} />}
    </Dialog>
  );
}
