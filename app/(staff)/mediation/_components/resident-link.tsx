"use client";
// Links a party to a person in the register: search by name or phone, pick one. The details the
// mediator left empty are then taken from the register when the case is saved.
import { useState } from "react";
import { Button } from "@/app/_components/button";
import { FieldError } from "@/app/_components/field";
import { TextField } from "@/app/_components/text-field";
import { label, t } from "@/lib/i18n/messages";
import type { ResidentMatch } from "@/lib/mediation/queries";
import { searchResidentsAction } from "../actions";

interface Props {
  index: number;
  residentId: number | undefined;
  error?: string;
  onLink: (r: ResidentMatch | null) => void;
}

export function ResidentLink({ index, residentId, error, onLink }: Props) {
  const [open, setOpen] = useState(false);
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<ResidentMatch[] | null>(null);
  const [linkedName, setLinkedName] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  if (residentId) {
    return (
      <p className="mt-3 flex flex-wrap items-center gap-3 text-sm text-stone-700">
        {t("mediation.linkedResident", { name: linkedName ?? String(residentId) })}
        <Button
          variant="ghost"
          size="sm"
          onClick={() => {
            setLinkedName(null);
            onLink(null);
          }}
        >
          {t("mediation.unlinkResident")}
        </Button>
      </p>
    );
  }
  if (!open) {
    return (
      <div className="mt-3">
        <Button variant="ghost" size="sm" icon="search" onClick={() => setOpen(true)}>
          {t("mediation.linkResident")}
        </Button>
        <FieldError id={`party-${index}-resident`}>{error}</FieldError>
      </div>
    );
  }
  const search = async () => {
    setProblem(null);
    if (!q.trim()) return;
    const r = await searchResidentsAction({ q });
    if (r.ok) setMatches(r.data);
    else setProblem(r.message);
  };
  return (
    <div className="mt-3 rounded-lg border border-stone-200 bg-stone-50 p-3">
      <div className="flex flex-wrap items-end gap-2">
        <TextField
          id={`party-${index}-resident-q`}
          name={`resident-q-${index}`}
          type="search"
          label={t("mediation.residentQuery")}
          hint={t("mediation.linkResidentHint")}
          value={q}
          maxLength={40}
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              void search();
            }
          }}
          wrapperClassName="min-w-56 flex-1"
        />
        <Button variant="secondary" icon="search" onClick={() => void search()}>
          {t("ui.search")}
        </Button>
      </div>
      {problem ? <p className="mt-2 text-sm text-red-800">{problem}</p> : null}
      {matches && matches.length === 0 ? <p className="mt-2 text-sm text-stone-600">{t("mediation.residentNone")}</p> : null}
      {matches && matches.length > 0 ? (
        <ul className="mt-2 divide-y divide-stone-200">
          {matches.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 py-2 text-sm">
              <span>
                <span className="font-medium">{m.name}</span>
                {m.gender ? `，${label("gender", m.gender)}` : ""}
                {m.birthYear ? `，${m.birthYear}` : ""}
                {m.phone ? `，${m.phone}` : ""}
                {m.address ? <span className="block text-stone-600">{m.address}</span> : null}
              </span>
              <Button
                variant="secondary"
                size="sm"
                onClick={() => {
                  setLinkedName(m.name);
                  onLink(m);
                  setOpen(false);
                }}
              >
                {t("mediation.useResident", { name: m.name })}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
