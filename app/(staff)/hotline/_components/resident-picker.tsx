"use client";
// Links a call to a known resident's file: search by name or phone (masked in the results), pick
// one, or clear the link. Enter in the search box searches; it never submits the surrounding form.
import { useId, useState, type KeyboardEvent } from "react";
import { Button } from "@/app/_components/button";
import { controlClasses } from "@/app/_components/field";
import { t } from "@/lib/i18n/messages";
import { searchResidentsAction } from "../actions";

export interface PickedResident {
  id: number;
  name: string;
}

interface Match {
  id: number;
  name: string;
  birthYear: number | null;
  community: string | null;
  maskedPhone: string | null;
}

export function ResidentPicker({ value, onChange, error }: { value: PickedResident | null; onChange: (r: PickedResident | null) => void; error?: string }) {
  const id = useId();
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const search = async () => {
    if (!q.trim()) return;
    setBusy(true);
    setMessage(null);
    const r = await searchResidentsAction({ q });
    setBusy(false);
    if (r.ok) setMatches(r.data);
    else setMessage(r.message);
  };
  const onKey = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter" && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      void search();
    }
  };

  return (
    <div className="space-y-2">
      <p className="font-medium text-stone-900">{t("hotline.call.resident")}</p>
      {value ? (
        <p className="flex flex-wrap items-center gap-3">
          <span className="rounded-lg bg-teal-50 px-3 py-2 font-medium text-teal-900" data-testid="linked-resident">
            {value.name}
          </span>
          <Button variant="ghost" size="sm" onClick={() => onChange(null)}>
            {t("hotline.call.residentClear")}
          </Button>
        </p>
      ) : (
        <p className="text-sm text-stone-600">{t("hotline.call.residentNone")}</p>
      )}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-56 flex-1">
          <label htmlFor={`${id}-q`} className="mb-1.5 block text-sm font-medium text-stone-800">
            {t("hotline.call.residentSearch")}
          </label>
          <input id={`${id}-q`} type="search" value={q} maxLength={40} onChange={(e) => setQ(e.target.value)} onKeyDown={onKey} className={controlClasses + " min-h-11"} autoComplete="off" />
        </div>
        <Button variant="secondary" icon="search" onClick={() => void search()} pending={busy}>
          {t("ui.search")}
        </Button>
      </div>
      {message ? <p className="text-sm text-red-700">{message}</p> : null}
      {error ? <p className="text-sm font-medium text-red-700">{error}</p> : null}
      {matches ? (
        matches.length === 0 ? (
          <p className="text-sm text-stone-600">{t("ui.empty")}</p>
        ) : (
          <ul className="divide-y divide-stone-100 rounded-lg border border-stone-200" aria-label={t("hotline.call.residentSearch")}>
            {matches.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2">
                <span>
                  <span className="font-medium">{m.name}</span>
                  <span className="ms-2 text-sm text-stone-600">{[m.birthYear, m.community, m.maskedPhone].filter(Boolean).join(" · ")}</span>
                </span>
                <Button
                  variant="secondary"
                  size="sm"
                  onClick={() => {
                    onChange({ id: m.id, name: m.name });
                    setMatches(null);
                    setQ("");
                  }}
                >
                  {t("hotline.call.residentPick")}
                  <span className="sr-only">：{m.name}</span>
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
    </div>
  );
}
