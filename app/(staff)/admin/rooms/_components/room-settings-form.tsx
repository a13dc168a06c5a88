"use client";
// 编辑功能室: description, capacity and mode, who may book, and the opening hours of each weekday.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { label, t } from "@/lib/i18n/messages";
import { updateRoomSchema, type UpdateRoomFormValues } from "@/lib/rooms/schemas";
import { updateRoomAction } from "../actions";

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
// Monday first, as the centre's week runs.
const ORDER = [1, 2, 3, 4, 5, 6, 0];
const FIELDS = ["name", "description", "icon", "mode", "capacity", "residentBookable", "staffRequired", "openingHours", "minMinutes", "maxMinutes", "active"] as const;

const toClock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
const toMinute = (v: string) => (/^\d{2}:\d{2}$/.test(v) ? Number(v.slice(0, 2)) * 60 + Number(v.slice(3)) : NaN);

interface DayRow {
  open: boolean;
  from: string;
  to: string;
}

export function RoomSettingsForm({ id, initial }: { id: number; initial: UpdateRoomFormValues }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [days, setDays] = useState<DayRow[]>(initial.openingHours.map((h) => (h ? { open: true, from: toClock(h[0]), to: toClock(h[1]) } : { open: false, from: "08:30", to: "17:30" })));
  const form = useForm<UpdateRoomFormValues>({ resolver: zodResolver(updateRoomSchema, undefined, { raw: true }), defaultValues: initial });
  const { errors, isSubmitting } = form.formState;

  const setDay = (i: number, row: DayRow) => {
    const next = days.map((d, j) => (j === i ? row : d));
    setDays(next);
    form.setValue(
      "openingHours",
      next.map((d) => (d.open ? ([toMinute(d.from), toMinute(d.to)] as [number, number]) : null)),
    );
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await updateRoomAction({ id, ...values });
    if (result.ok) {
      setMessage({ tone: "success", text: t("rooms.admin.saved") });
      router.refresh();
    } else setMessage({ tone: "error", text: applyActionErrors(result, form.setError, FIELDS) });
  });

  const hoursError = (i: number) => {
    const e = errors.openingHours;
    return (Array.isArray(e) ? e[i]?.message : undefined) ?? undefined;
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("rooms.admin.editTitle", { room: initial.name })} className="space-y-5">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <div className="grid gap-4 sm:grid-cols-[1fr_10rem]">
        <TextField label={t("rooms.admin.name")} required maxLength={30} error={errors.name?.message} {...form.register("name")} />
        <TextField label={t("rooms.admin.icon")} maxLength={8} error={errors.icon?.message} {...form.register("icon")} />
      </div>
      <TextareaField label={t("rooms.admin.description")} rows={3} maxLength={300} error={errors.description?.message} {...form.register("description")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label={t("rooms.admin.mode")} options={(["exclusive", "shared"] as const).map((m) => ({ value: m, label: label("roomMode", m) }))} error={errors.mode?.message} {...form.register("mode")} />
        <TextField label={t("rooms.admin.capacity")} type="number" min={1} max={200} error={errors.capacity?.message} {...form.register("capacity", { valueAsNumber: true })} />
        <TextField label={t("rooms.admin.minMinutes")} type="number" min={5} step={5} error={errors.minMinutes?.message} {...form.register("minMinutes", { valueAsNumber: true })} />
        <TextField label={t("rooms.admin.maxMinutes")} type="number" min={5} step={5} error={errors.maxMinutes?.message} {...form.register("maxMinutes", { valueAsNumber: true })} />
      </div>
      <div>
        <CheckboxField label={t("rooms.residentBookable")} {...form.register("residentBookable")} />
        <CheckboxField label={t("rooms.staffRequired")} {...form.register("staffRequired")} />
        <CheckboxField label={t("rooms.admin.active")} {...form.register("active")} />
      </div>
      <fieldset>
        <legend className="mb-2 font-medium text-stone-900">{t("rooms.admin.hoursLegend")}</legend>
        <div className="space-y-2">
          {ORDER.map((i) => {
            const d = days[i];
            const day = WEEKDAYS[i];
            return (
              <div key={i} className="grid grid-cols-[6rem_1fr_1fr] items-end gap-3">
                <CheckboxField name={`open-${i}`} label={t("rooms.admin.dayOpen", { day })} checked={d.open} onChange={(e) => setDay(i, { ...d, open: e.target.checked })} />
                <TextField name={`from-${i}`} label={t("rooms.admin.dayFrom", { day })} type="time" step={300} disabled={!d.open} value={d.from} onChange={(e) => setDay(i, { ...d, from: e.target.value })} error={hoursError(i)} />
                <TextField name={`to-${i}`} label={t("rooms.admin.dayTo", { day })} type="time" step={300} disabled={!d.open} value={d.to} onChange={(e) => setDay(i, { ...d, to: e.target.value })} />
              </div>
            );
          })}
        </div>
      </fieldset>
      <Button type="submit" icon="check" pending={isSubmitting}>
        {t("ui.save")}
      </Button>
    </form>
  );
}
