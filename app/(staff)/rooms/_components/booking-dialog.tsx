"use client";
// 预约功能室: opened from an empty cell of the grid with its room and day (and a free time)
// filled in. One booking, or — with 每周重复 — a weekly series whose conflicting weeks are listed
// before anything is saved, with the choice to skip them.
import { useMemo, useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch, type Resolver } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { Dialog } from "@/app/_components/dialog";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { RESERVATION_PURPOSES } from "@/db/schema/codes";
import { label, t } from "@/lib/i18n/messages";
import { reserveRoomSchema, reserveSeriesSchema } from "@/lib/rooms/schemas";
import type { z } from "@/lib/zod";
import { reserveRoomAction, reserveSeriesAction } from "../actions";
import { isoOf, newRequestKey } from "./time-input";

export interface BookableRoom {
  id: number;
  name: string;
  mode: "exclusive" | "shared";
  capacity: number;
  hint: string;
}

type Values = z.input<typeof reserveSeriesSchema>;
const FIELDS = ["roomId", "startAt", "endAt", "purpose", "title", "places", "count"] as const;
// Staff choose among these; appointments, activities and mediation book their rooms themselves too.
const PURPOSES = RESERVATION_PURPOSES;

const singleResolver = zodResolver(reserveRoomSchema, undefined, { raw: true });
const seriesResolver = zodResolver(reserveSeriesSchema, undefined, { raw: true });

interface Props {
  rooms: BookableRoom[];
  initial: { roomId: number; day: string; start: string; end: string };
  closeHref: string;
  /** The grid's URL: after booking it opens with the new reservation (`&r=id`). */
  doneHrefBase: string;
}

export function BookingDialog({ rooms, initial, closeHref, doneHrefBase }: Props) {
  const doneHref = (id: number) => `${doneHrefBase}&r=${id}`;
  const router = useRouter();
  const [day, setDay] = useState(initial.day);
  const [start, setStart] = useState(initial.start);
  const [end, setEnd] = useState(initial.end);
  const [repeat, setRepeat] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [conflicts, setConflicts] = useState<string[]>([]);
  const requestKey = useMemo(() => newRequestKey(), []);

  const resolver: Resolver<Values> = (values, context, options) =>
    repeat ? seriesResolver(values, context, options) : (singleResolver as unknown as Resolver<Values>)(values, context, options);
  const form = useForm<Values>({
    resolver,
    shouldUnregister: true,
    defaultValues: { roomId: initial.roomId, startAt: isoOf(initial.day, initial.start), endAt: isoOf(initial.day, initial.end), purpose: "meeting", title: "", requestKey },
  });
  const { errors, isSubmitting } = form.formState;
  const roomId = useWatch({ control: form.control, name: "roomId" });
  const room = rooms.find((r) => r.id === Number(roomId));

  const setTimes = (d: string, s: string, e: string) => {
    setDay(d);
    setStart(s);
    setEnd(e);
    form.setValue("startAt", isoOf(d, s));
    form.setValue("endAt", isoOf(d, e));
  };

  const submit = (skipConflicts: boolean) =>
    form.handleSubmit(async (values) => {
      setMessage(null);
      const clean = { ...values, title: values.title || undefined, places: room?.mode === "shared" ? values.places : undefined };
      if (!repeat) {
        const { roomId, startAt, endAt, purpose, title, places } = clean;
        const result = await reserveRoomAction({ roomId, startAt, endAt, purpose, title, places, requestKey: clean.requestKey });
        if (result.ok) return router.push(doneHref(result.data.id));
        setMessage(applyActionErrors(result, form.setError, FIELDS));
        return;
      }
      const result = await reserveSeriesAction({ ...clean, requestKey: skipConflicts ? newRequestKey() : clean.requestKey, skipConflicts });
      if (result.ok) {
        if (result.data.firstId) router.push(doneHref(result.data.firstId));
        return;
      }
      const weeks = Object.entries(result.fieldErrors ?? {})
        .filter(([k]) => k.startsWith("occurrences."))
        .map(([, v]) => v[0]);
      setConflicts(weeks);
      const rest = { ...result, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors ?? {}).filter(([k]) => !k.startsWith("occurrences."))) };
      setMessage(applyActionErrors(rest, form.setError, FIELDS));
    });

  return (
    <Dialog title={t("rooms.book.title")} open onClose={() => router.push(closeHref)}>
      <form onSubmit={submit(false)} noValidate aria-label={t("rooms.book.title")} className="space-y-4">
        <FormMessage>{message}</FormMessage>
        {/* The instants the date and time fields below compose; kept registered so they are submitted. */}
        <input type="hidden" {...form.register("startAt")} />
        <input type="hidden" {...form.register("endAt")} />
        <input type="hidden" {...form.register("requestKey")} />
        {conflicts.length ? (
          <FormMessage tone="warning">
            <p className="font-medium">{t("rooms.book.conflictsTitle")}</p>
            <ul className="mt-1 list-disc ps-5">
              {conflicts.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
            <Button variant="secondary" size="sm" className="mt-3" onClick={submit(true)} pending={isSubmitting}>
              {t("rooms.book.skipAndSave")}
            </Button>
          </FormMessage>
        ) : null}
        <SelectField
          label={t("rooms.book.room")}
          required
          hint={room?.hint}
          options={rooms.map((r) => ({ value: String(r.id), label: r.name }))}
          error={errors.roomId?.message}
          {...form.register("roomId", { valueAsNumber: true })}
        />
        <TextField label={t("rooms.book.date")} name="day" type="date" required value={day} onChange={(e) => setTimes(e.target.value, start, end)} error={errors.startAt && !start ? errors.startAt.message : undefined} />
        <div className="grid grid-cols-2 gap-3">
          <TextField label={t("rooms.book.start")} name="start" type="time" step={300} required value={start} onChange={(e) => setTimes(day, e.target.value, end)} error={errors.startAt?.message} />
          <TextField label={t("rooms.book.end")} name="end" type="time" step={300} required value={end} onChange={(e) => setTimes(day, start, e.target.value)} error={errors.endAt?.message} />
        </div>
        <SelectField label={t("rooms.book.purpose")} required options={PURPOSES.map((p) => ({ value: p, label: label("reservationPurpose", p) }))} error={errors.purpose?.message} {...form.register("purpose")} />
        <TextField label={t("rooms.book.titleField")} hint={t("rooms.book.titleHint")} maxLength={60} autoComplete="off" error={errors.title?.message} {...form.register("title")} />
        {room?.mode === "shared" ? (
          <TextField
            label={t("rooms.book.places")}
            hint={t("rooms.book.placesHint", { capacity: room.capacity })}
            type="number"
            min={1}
            max={room.capacity}
            defaultValue={1}
            error={errors.places?.message}
            {...form.register("places", { valueAsNumber: true })}
          />
        ) : null}
        <CheckboxField name="repeat" label={t("rooms.book.repeat")} checked={repeat} onChange={(e) => setRepeat(e.target.checked)} />
        {repeat ? (
          <TextField label={t("rooms.book.count")} hint={t("rooms.book.countHint")} type="number" min={1} max={52} defaultValue={4} required error={errors.count?.message} {...form.register("count", { valueAsNumber: true })} />
        ) : null}
        <div className="flex flex-wrap gap-2 pt-2">
          <Button type="submit" icon="check" pending={isSubmitting}>
            {repeat ? t("rooms.book.submitSeries") : t("rooms.book.submit")}
          </Button>
          <Button variant="secondary" onClick={() => router.push(closeHref)}>
            {t("ui.cancel")}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
