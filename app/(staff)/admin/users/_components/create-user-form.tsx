"use client";
// 新建账号: on success the action goes on to the new account's page.
import { useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import { createStaffUserSchema } from "@/lib/users/schemas";
import type { z } from "@/lib/zod";
import { createUserAction } from "../actions";
import { RoleFields } from "./role-fields";

type Values = z.input<typeof createStaffUserSchema>;
const FIELDS = ["username", "name", "phone", "roles", "password", "title", "counselorKind"] as const;

export function CreateUserForm() {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<Values>({
    // raw: the action parses the same schema again, so it gets the values as typed.
    resolver: zodResolver(createStaffUserSchema, undefined, { raw: true }),
    defaultValues: { username: "", name: "", phone: "", roles: [], title: "", counselorKind: "volunteer", password: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const roles = useWatch({ control: form.control, name: "roles" });

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await createUserAction(values);
    if (result && !result.ok) setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("users.newTitle")} className="space-y-5">
      <FormMessage>{message}</FormMessage>
      <TextField label={t("users.field.username")} required autoComplete="off" spellCheck={false} autoCapitalize="none" hint={t("users.field.usernameHint")} error={errors.username?.message} {...form.register("username")} />
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
      <TextField label={t("users.field.password")} type="password" required autoComplete="new-password" hint={t("users.field.passwordHint")} error={errors.password?.message} {...form.register("password")} />
      <Button type="submit" size="lg" icon="plus" pending={isSubmitting}>
        {t("users.create")}
      </Button>
    </form>
  );
}
