"use client";
// 基本信息和角色: name, phone, title, counsellor kind and the set of roles of one staff account.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import type { CounselorKind } from "@/db/schema/codes";
import { updateStaffUserSchema, type StaffRole } from "@/lib/users/schemas";
import type { z } from "@/lib/zod";
import { updateUserAction } from "../actions";
import { RoleFields } from "./role-fields";

type Values = z.input<typeof updateStaffUserSchema>;
const FIELDS = ["name", "phone", "roles", "title", "counselorKind"] as const;

/** The form's starting values, built by the page from the account (never the whole row). */
export interface EditUserDefaults {
  name: string;
  phone: string;
  roles: StaffRole[];
  title: string;
  counselorKind: CounselorKind;
}

export function EditUserForm({ userId, defaults }: { userId: number; defaults: EditUserDefaults }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const form = useForm<Values>({
    resolver: zodResolver(updateStaffUserSchema, undefined, { raw: true }),
    defaultValues: defaults,
  });
  const { errors, isSubmitting } = form.formState;
  const roles = useWatch({ control: form.control, name: "roles" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateUserAction({ ...values, id: userId });
    if (result.ok) {
      form.reset(values);
      setMessage({ tone: "success", text: t("users.updated") });
      router.refresh();
    } else {
      setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("users.editTitle")} className="space-y-5">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <TextField label={t("users.field.name")} required autoComplete="off" error={errors.name?.message} {...form.register("name")} />
      <TextField label={t("users.field.phone")} type="tel" autoComplete="off" hint={t("users.field.phoneHint")} error={errors.phone?.message} {...form.register("phone")} />
      <RoleFields
        roles={form.register("roles")}
        rolesError={errors.roles?.message ?? errors.roles?.root?.message ?? errors.roles?.[0]?.message}
        counselorKind={form.register("counselorKind")}
        counselorKindError={errors.counselorKind?.message}
        isCounselor={Array.isArray(roles) && roles.includes("counselor")}
      />
      <TextField label={t("users.field.title")} hint={t("users.field.titleHint")} autoComplete="off" error={errors.title?.message} {...form.register("title")} />
      <Button type="submit" pending={isSubmitting} icon="check">
        {t("users.save")}
      </Button>
    </form>
  );
}
