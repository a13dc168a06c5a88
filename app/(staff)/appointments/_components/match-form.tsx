"use client";
// Confirm a chosen counsellor and time (match) or move a confirmed session (reschedule), with the
// room picked from those free for the whole time.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/app/_components/button";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { t } from "@/lib/i18n/messages";
import { confirmAppointmentAction, rescheduleAppointmentAction } from "../actions";

export function MatchForm({ mode, id, version, counselorId, startAt, rooms, summary }: { mode: "confirm" | "reschedule"; id: number; version: number; counselorId: number; startAt: string; rooms: { id: number; name: string }[]; summary: string }) {
  const router = useRouter();
  const [roomId, setRoomId] = useState(String(rooms[0]?.id ?? ""));
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const label = mode === "confirm" ? t("appointments.desk.matchSubmit") : t("appointments.desk.rescheduleSubmit");

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    setPending(true);
    setMessage(null);
    const room = Number(roomId) || undefined;
    const result = mode === "confirm" ? await confirmAppointmentAction({ id, version, counselorId, startAt, roomId: room }) : await rescheduleAppointmentAction({ id, version, startAt, roomId: room });
    setPending(false);
    if (result.ok) router.push(`/appointments/${id}?done=${mode}`);
    else setMessage(result.message);
  }

  return (
    <form onSubmit={submit} noValidate aria-label={label} className="space-y-4">
      <FormMessage>{message}</FormMessage>
      <p className="font-medium">{summary}</p>
      <SelectField name="roomId" label={t("appointments.desk.room")} options={rooms.map((r) => ({ value: String(r.id), label: r.name }))} value={roomId} onChange={(e) => setRoomId(e.target.value)} wrapperClassName="max-w-sm" />
      <Button type="submit" icon="check" pending={pending}>
        {label}
      </Button>
    </form>
  );
}
