"use client";
// One reservation opened from the grid: what, when, who — and, for its booker or an admin, cancel
// (one occurrence or the rest of its series) and move (new time or another room).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Badge } from "@/app/_components/badge";
import { Button } from "@/app/_components/button";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import type { Tone } from "@/app/_components/tone";
import { t } from "@/lib/i18n/messages";
import { cancelReservationSchema, moveReservationSchema } from "@/lib/rooms/schemas";
import type { z } from "@/lib/zod";
import { cancelReservationAction, moveReservationAction } from "../actions";
import { isoOf } from "./time-input";

export interface ReservationDetail {
  id: number;
  roomId: number;
  roomName: string;
  whenLabel: string;
  day: string;
  start: string;
  end: string;
  statusLabel: string;
  statusTone: Tone;
  purposeLabel: string;
  purposeTone: Tone;
  title: string | null;
  bookedByName: string;
  places: number | null;
  inSeries: boolean;
  sourceNote: string | null;
  canChange: boolean;
}

interface Props {
  detail: ReservationDetail;
  rooms: { id: number; name: string }[];
  closeHref: string;
  movedHref: string;
}

export function ReservationDialog({ detail, rooms, closeHref, movedHref }: Props) {
  const router = useRouter();
  const close = () => router.push(closeHref);
  return (
    <Dialog title={t("rooms.detail.title")} open onClose={close}>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="text-stone-600">{t("rooms.detail.room")}</dt>
        <dd className="font-medium">{detail.roomName}</dd>
        <dt className="text-stone-600">{t("rooms.detail.when")}</dt>
        <dd className="font-medium tabular-nums">{detail.whenLabel}</dd>
        <dt className="text-stone-600">{t("rooms.detail.purpose")}</dt>
        <dd>
          <Badge tone={detail.purposeTone}>{detail.purposeLabel}</Badge>
        </dd>
        <dt className="text-stone-600">{t("rooms.detail.titleLabel")}</dt>
        <dd>{detail.title ?? t("rooms.detail.noTitle")}</dd>
        <dt className="text-stone-600">{t("rooms.detail.bookedBy")}</dt>
        <dd>{detail.bookedByName}</dd>
        <dt className="text-stone-600">{t("rooms.detail.status")}</dt>
        <dd>
          <Badge tone={detail.statusTone}>{detail.statusLabel}</Badge>
        </dd>
        {detail.places !== null ? (
          <>
            <dt className="text-stone-600">{t("rooms.detail.places")}</dt>
            <dd className="tabular-nums">{detail.places}</dd>
          </>
        ) : null}
      </dl>
      {detail.inSeries ? <p className="mb-3 text-sm text-stone-600">{t("rooms.detail.series")}</p> : null}
      {detail.sourceNote ? <FormMessage tone="info">{detail.sourceNote}</FormMessage> : null}
      {detail.canChange ? (
        <div className="space-y-6 border-t border-stone-100 pt-4">
          <CancelForm detail={detail} onDone={close} />
          <MoveForm detail={detail} rooms={rooms} onDone={() => router.push(movedHref)} />
        </div>
      ) : !detail.sourceNote ? (
        <p className="text-sm text-stone-600">{t("rooms.detail.readOnly")}</p>
      ) : null}
    </Dialog>
  );
}

type CancelValues = z.input<typeof cancelReservationSchema>;

function CancelForm({ detail, onDone }: { detail: ReservationDetail; onDone: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<CancelValues>({ resolver: zodResolver(cancelReservationSchema, undefined, { raw: true }), defaultValues: { reason: "", scope: "one" } });
  const { errors, isSubmitting } = form.formState;
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await cancelReservationAction({ id: detail.id, ...values, reason: values.reason || undefined });
    if (result.ok) onDone();
    else setMessage(applyActionErrors(result, form.setError, ["reason", "scope"]));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("rooms.cancel.title")} className="space-y-3">
      <h3 className="font-semibold">{t("rooms.cancel.title")}</h3>
      <FormMessage>{message}</FormMessage>
      <TextareaField label={t("rooms.cancel.reason")} rows={2} maxLength={200} error={errors.reason?.message} {...form.register("reason")} />
      {detail.inSeries ? (
        <SelectField
          label={t("rooms.cancel.scope")}
          options={[
            { value: "one", label: t("rooms.cancel.scopeOne") },
            { value: "following", label: t("rooms.cancel.scopeFollowing") },
          ]}
          error={errors.scope?.message}
          {...form.register("scope")}
        />
      ) : null}
      <Button type="submit" variant="danger" pending={isSubmitting}>
        {t("rooms.cancel.submit")}
      </Button>
    </form>
  );
}

type MoveValues = z.input<typeof moveReservationSchema>;

function MoveForm({ detail, rooms, onDone }: { detail: ReservationDetail; rooms: { id: number; name: string }[]; onDone: () => void }) {
  const [message, setMessage] = useState<string | null>(null);
  const [day, setDay] = useState(detail.day);
  const [start, setStart] = useState(detail.start);
  const [end, setEnd] = useState(detail.end);
  const form = useForm<MoveValues>({
    resolver: zodResolver(moveReservationSchema, undefined, { raw: true }),
    defaultValues: { startAt: isoOf(detail.day, detail.start), endAt: isoOf(detail.day, detail.end), roomId: detail.roomId },
  });
  const { errors, isSubmitting } = form.formState;
  const setTimes = (d: string, s: string, e: string) => {
    setDay(d);
    setStart(s);
    setEnd(e);
    form.setValue("startAt", isoOf(d, s));
    form.setValue("endAt", isoOf(d, e));
  };
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await moveReservationAction({ id: detail.id, ...values });
    if (result.ok) onDone();
    else setMessage(applyActionErrors(result, form.setError, ["startAt", "endAt", "roomId"]));
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("rooms.move.title")} className="space-y-3">
      <h3 className="font-semibold">{t("rooms.move.title")}</h3>
      <FormMessage>{message}</FormMessage>
      <SelectField
        id="move-room"
        label={t("rooms.book.room")}
        options={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
        error={errors.roomId?.message}
        {...form.register("roomId", { valueAsNumber: true })}
      />
      <TextField id="move-day" label={t("rooms.book.date")} name="move-day" type="date" value={day} onChange={(e) => setTimes(e.target.value, start, end)} />
      <div className="grid grid-cols-2 gap-3">
        <TextField id="move-start" label={t("rooms.book.start")} name="move-start" type="time" step={300} value={start} onChange={(e) => setTimes(day, e.target.value, end)} error={errors.startAt?.message} />
        <TextField id="move-end" label={t("rooms.book.end")} name="move-end" type="time" step={300} value={end} onChange={(e) => setTimes(day, start, e.target.value)} error={errors.endAt?.message} />
      </div>
      <Button type="submit" variant="secondary" pending={isSubmitting}>
        {t("rooms.move.submit")}
      </Button>
    </form>
  );
}
