"use client";
// 添加停用时段: one room or every room, from–to in centre time, with a reason residents also see.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { t } from "@/lib/i18n/messages";
import { addBlackoutSchema } from "@/lib/rooms/schemas";
import type { z } from "@/lib/zod";
import { isoOf } from "../../../rooms/_components/time-input";
import { addBlackoutAction } from "../actions";

type Values = z.input<typeof addBlackoutSchema>;

export function BlackoutForm({ rooms, today }: { rooms: { id: number; name: string }[]; today: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: "error" | "success" | "warning"; text: string } | null>(null);
  const [when, setWhen] = useState({ fromDay: today, fromTime: "08:30", toDay: today, toTime: "17:30" });
  const form = useForm<Values>({
    resolver: zodResolver(addBlackoutSchema, undefined, { raw: true }),
    defaultValues: { roomId: null, startAt: isoOf(today, "08:30"), endAt: isoOf(today, "17:30"), reason: "" },
  });
  const { errors, isSubmitting } = form.formState;
  const update = (next: typeof when) => {
    setWhen(next);
    form.setValue("startAt", isoOf(next.fromDay, next.fromTime));
    form.setValue("endAt", isoOf(next.toDay, next.toTime));
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await addBlackoutAction(values);
    if (!result.ok) return setMessage({ tone: "error", text: applyActionErrors(result, form.setError, ["roomId", "startAt", "endAt", "reason"]) });
    const affected = result.data.affectedReservationIds.length;
    setMessage(affected ? { tone: "warning", text: t("rooms.admin.blackoutAffected", { count: affected }) } : { tone: "success", text: t("rooms.admin.blackoutAdded") });
    form.reset({ ...values, reason: "" });
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("rooms.admin.blackoutAdd")} className="space-y-4">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}
      <SelectField
        id="blackout-room"
        label={t("rooms.admin.blackoutRoom")}
        options={[{ value: "", label: t("rooms.admin.allRooms") }, ...rooms.map((r) => ({ value: String(r.id), label: r.name }))]}
        error={errors.roomId?.message}
        {...form.register("roomId", { setValueAs: (v: string) => (v === "" || v === null ? null : Number(v)) })}
      />
      <div className="grid gap-3 sm:grid-cols-4">
        <TextField name="bo-from-day" label={`${t("rooms.admin.blackoutStart")} · ${t("rooms.book.date")}`} type="date" value={when.fromDay} onChange={(e) => update({ ...when, fromDay: e.target.value })} />
        <TextField name="bo-from-time" label={`${t("rooms.admin.blackoutStart")} · ${t("rooms.book.start")}`} type="time" step={300} value={when.fromTime} onChange={(e) => update({ ...when, fromTime: e.target.value })} error={errors.startAt?.message} />
        <TextField name="bo-to-day" label={`${t("rooms.admin.blackoutEnd")} · ${t("rooms.book.date")}`} type="date" value={when.toDay} onChange={(e) => update({ ...when, toDay: e.target.value })} />
        <TextField name="bo-to-time" label={`${t("rooms.admin.blackoutEnd")} · ${t("rooms.book.end")}`} type="time" step={300} value={when.toTime} onChange={(e) => update({ ...when, toTime: e.target.value })} error={errors.endAt?.message} />
      </div>
      <TextField id="blackout-reason" label={t("rooms.admin.blackoutReason")} required maxLength={100} error={errors.reason?.message} {...form.register("reason")} />
      <Button type="submit" icon="plus" pending={isSubmitting}>
        {t("rooms.admin.blackoutAdd")}
      </Button>
    </form>
  );
}
