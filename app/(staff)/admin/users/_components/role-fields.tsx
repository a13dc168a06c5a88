"use client";
// The roles checkboxes and, when 心理咨询师 is ticked, the counsellor kind: shared by the create and
// edit forms.
import type { UseFormRegisterReturn } from "react-hook-form";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { SelectField } from "@/app/_components/select-field";
import { COUNSELOR_KINDS } from "@/db/schema/codes";
import { label, t } from "@/lib/i18n/messages";
import { STAFF_ROLE_CODES } from "@/lib/users/schemas";

const ROLE_OPTIONS = STAFF_ROLE_CODES.map((r) => ({ value: r, label: label("role", r) }));
const KIND_OPTIONS = COUNSELOR_KINDS.map((k) => ({ value: k, label: label("counselorKind", k) }));

interface Props {
  roles: UseFormRegisterReturn;
  rolesError?: string;
  counselorKind: UseFormRegisterReturn;
  counselorKindError?: string;
  /** Whether 心理咨询师 is ticked right now. */
  isCounselor: boolean;
}

export function RoleFields({ roles, rolesError, counselorKind, counselorKindError, isCounselor }: Props) {
  return (
    <>
      <CheckboxGroup legend={t("users.field.roles")} name="roles" required hint={t("users.field.rolesHint")} options={ROLE_OPTIONS} registration={roles} error={rolesError} columns={3} />
      {isCounselor ? <SelectField label={t("users.field.counselorKind")} options={KIND_OPTIONS} error={counselorKindError} wrapperClassName="max-w-xs" {...counselorKind} /> : null}
    </>
  );
}
