"use client";
// 点名 on a phone: one row per registered resident with two big toggles, saved on each tap.
import { useState } from "react";
import clsx from "clsx";
import { FormMessage } from "@/app/_components/form-message";
import { Icon } from "@/app/_components/icon";
import { label, t } from "@/lib/i18n/messages";
import { markAttendanceAction } from "../actions";

type Mark = "registered" | "attended" | "absent";

export interface AttendanceRow {
  signupId: number;
  name: string;
  status: Mark;
}

export function AttendanceList({ activityId, rows }: { activityId: number; rows: AttendanceRow[] }) {
  const [marks, setMarks] = useState<Record<number, Mark>>(() => Object.fromEntries(rows.map((r) => [r.signupId, r.status])));
  const [busy, setBusy] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  async function mark(row: AttendanceRow, attended: boolean) {
    setBusy(row.signupId);
    setError(null);
    setSaved(null);
    const result = await markAttendanceAction({ activityId, marks: [{ signupId: row.signupId, attended }] });
    setBusy(null);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    const status = attended ? "attended" : "absent";
    setMarks((m) => ({ ...m, [row.signupId]: status }));
    setSaved(t("activities.attendance.saved", { name: row.name, status: label("signupStatus", status) }));
  }

  const values = Object.values(marks);
  const summary = t("activities.attendance.summary", {
    attended: values.filter((v) => v === "attended").length,
    absent: values.filter((v) => v === "absent").length,
    pending: values.filter((v) => v === "registered").length,
  });

  return (
    <div className="space-y-3">
      <FormMessage>{error}</FormMessage>
      <p role="status" className="text-stone-700">
        {saved ? `${saved}。` : ""}
        {summary}
      </p>
      <ul className="divide-y divide-stone-100">
        {rows.map((row) => {
          const current = marks[row.signupId];
          return (
            <li key={row.signupId} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <span className="text-lg font-medium text-stone-900">{row.name}</span>
              <div role="group" aria-label={t("activities.attendance.for", { name: row.name })} className="flex gap-2">
                {([true, false] as const).map((attended) => {
                  const pressed = current === (attended ? "attended" : "absent");
                  return (
                    <button
                      key={String(attended)}
                      type="button"
                      aria-pressed={pressed}
                      disabled={busy === row.signupId}
                      onClick={() => mark(row, attended)}
                      className={clsx(
                        "inline-flex min-h-14 min-w-24 items-center justify-center gap-2 rounded-xl border-2 px-4 text-lg font-semibold disabled:opacity-60",
                        pressed
                          ? attended
                            ? "border-emerald-700 bg-emerald-700 text-white"
                            : "border-stone-700 bg-stone-700 text-white"
                          : "border-stone-300 bg-white text-stone-800 hover:bg-stone-100",
                      )}
                    >
                      {pressed ? <Icon name="check" className="size-5" /> : null}
                      {attended ? t("activities.attendance.present") : t("activities.attendance.absent")}
                    </button>
                  );
                })}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
