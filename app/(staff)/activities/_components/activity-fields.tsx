// The fields the 新建 and 修改 forms share. Each form passes its own register and errors.
import type { UseFormRegisterReturn } from "react-hook-form";
import { CheckboxGroup } from "@/app/_components/checkbox-group";
import { SelectField, type SelectOption } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { ACTIVITY_TYPES } from "@/db/schema";
import { label, t } from "@/lib/i18n/messages";

export const SHARED_FIELDS = ["title", "description", "type", "roomId", "date", "startTime", "endTime", "capacity", "audience", "deadlineDate", "deadlineTime", "teacherIds"] as const;
export type SharedField = (typeof SHARED_FIELDS)[number];

const TYPE_OPTIONS = ACTIVITY_TYPES.map((code) => ({ value: code, label: label("activityType", code) }));

interface Props {
  field: (name: SharedField) => UseFormRegisterReturn;
  errors: Partial<Record<SharedField, string | undefined>>;
  rooms: readonly SelectOption[];
  teachers: readonly SelectOption[];
}

export function ActivityFields({ field, errors, rooms, teachers }: Props) {
  return (
    <>
      <TextField label={t("activities.field.title")} required maxLength={60} autoComplete="off" error={errors.title} {...field("title")} />
      <SelectField label={t("activities.field.type")} required options={TYPE_OPTIONS} error={errors.type} {...field("type")} />
      <TextareaField label={t("activities.field.description")} hint={t("activities.field.descriptionHint")} maxLength={2000} rows={4} error={errors.description} {...field("description")} />
      <SelectField label={t("activities.field.room")} required options={rooms} placeholder={t("activities.field.roomPlaceholder")} error={errors.roomId} {...field("roomId")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField type="date" label={t("activities.field.date")} required error={errors.date} {...field("date")} />
        <TextField type="time" step={300} label={t("activities.field.startTime")} required error={errors.startTime} {...field("startTime")} />
        <TextField type="time" step={300} label={t("activities.field.endTime")} required error={errors.endTime} {...field("endTime")} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField type="number" min={1} max={500} inputMode="numeric" label={t("activities.field.capacity")} hint={t("activities.field.capacityHint")} required error={errors.capacity} {...field("capacity")} />
        <TextField label={t("activities.field.audience")} hint={t("activities.field.audienceHint")} maxLength={100} error={errors.audience} {...field("audience")} />
      </div>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="sr-only">{t("activities.detail.deadline")}</legend>
        <TextField type="date" label={t("activities.field.deadlineDate")} hint={t("activities.field.deadlineHint")} error={errors.deadlineDate} {...field("deadlineDate")} />
        <TextField type="time" step={300} label={t("activities.field.deadlineTime")} error={errors.deadlineTime} {...field("deadlineTime")} />
      </fieldset>
      {teachers.length ? (
        <CheckboxGroup legend={t("activities.field.teachers")} hint={t("activities.field.teachersHint")} name="teacherIds" options={teachers} registration={field("teacherIds")} error={errors.teacherIds} columns={3} />
      ) : null}
    </>
  );
}
