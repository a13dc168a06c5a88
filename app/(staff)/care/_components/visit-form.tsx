"use client";
// 记录走访, built for a phone on the doorstep. Every change is kept in this browser until the visit is
// saved, under a key made when the form opened: a repeated submit (double tap, retry) is one visit,
// and a session that timed out while the form was open sends the carer to sign in and back here,
// where the kept visit is sent again and saved. It posts to the JSON API (same schema, same use case)
// because a server action would answer an expired session with a redirect that forgets the way back.
import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/app/_components/button";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { MEDIATION_DISPUTE_TYPES, REFERRAL_KINDS, RISK_COLORS, VISIT_KINDS, type RiskColor } from "@/db/schema/codes";
import { MAX_OBSERVATION, recordVisitSchema, type RecordVisitValues } from "@/lib/care/schemas";
import type { Cadence } from "@/lib/care/schedule";
import { label, t } from "@/lib/i18n/messages";
import { formatShortDate, parseLocalDate, toIsoLocal } from "@/lib/time";
import { z } from "@/lib/zod";
import { errorAt } from "./form-errors";
import { IdCheckboxes } from "./id-checkboxes";
import { isoToLocalInput, localInputToIso, newClientKey } from "./local-time";
import { ToggleGroup } from "./toggle-group";

type Values = Omit<RecordVisitValues, "riskColor" | "referral" | "referralDisputeType"> & {
  riskColor: RiskColor;
  referral: "" | (typeof REFERRAL_KINDS)[number];
  referralDisputeType: "" | (typeof MEDIATION_DISPUTE_TYPES)[number];
  companions: number[];
};

interface Stored {
  clientKey: string;
  values: Values;
  /** Set when "save" was pressed: the visit is sent again when the form next opens. */
  pending: boolean;
}

const FIELDS = ["visitedAt", "kind", "observations", "observations.family", "observations.health", "observations.economic", "observations.mental", "needs", "measures", "riskColor", "colorReason", "visitorIds", "referral", "referralNote", "referralDisputeType", "referralRespondent"] as const;

interface Props {
  personId: number;
  actorId: number;
  currentColor: RiskColor;
  cadence: Cadence;
  /** The person's other carers, who may have come along. */
  coCarers: { id: number; name: string }[];
}

const storageKey = (personId: number) => `ankang.care.visitDraft.${personId}`;

function readStored(personId: number): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(personId));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(personId: number, s: Stored | null) {
  try {
    if (s) window.localStorage.setItem(storageKey(personId), JSON.stringify(s));
    else window.localStorage.removeItem(storageKey(personId));
  } catch {
    // storage full or disabled: the form still works, only without the safety copy
  }
}

function emptyValues(color: RiskColor): Values {
  const now = new Date();
  now.setSeconds(0, 0);
  return {
    visitedAt: toIsoLocal(now),
    kind: "home",
    observations: { family: "", health: "", economic: "", mental: "" },
    needs: "",
    measures: "",
    riskColor: color,
    colorReason: "",
    referral: "",
    referralNote: "",
    referralDisputeType: "",
    referralRespondent: "",
    companions: [],
  };
}

interface Initial {
  clientKey: string;
  empty: Values;
  values: Values;
  message: { tone: FormMessageTone; text: string } | null;
  resubmit: boolean;
}

/** The form as it opens: a visit kept in this browser if there is one, else an empty one. */
function initialState(personId: number, color: RiskColor): Initial {
  const stored = readStored(personId);
  const empty = emptyValues(color);
  if (stored?.values && stored.clientKey) {
    return {
      clientKey: stored.clientKey,
      empty,
      values: { ...empty, ...stored.values },
      message: { tone: "info", text: t(stored.pending ? "care.draftResubmitting" : "care.draftRestored") },
      resubmit: stored.pending,
    };
  }
  return { clientKey: newClientKey(), empty, values: empty, message: null, resubmit: false };
}

export function VisitForm({ personId, actorId, currentColor, cadence, coCarers }: Props) {
  const router = useRouter();
  // Rendered in the browser only (see visit-form-loader), so the kept copy can be read at once.
  const [initial] = useState(() => initialState(personId, currentColor));
  const [message, setMessage] = useState(initial.message);
  const [clientKey, setClientKey] = useState(initial.clientKey);
  const [baseColor, setBaseColor] = useState<RiskColor>(currentColor);

  /** The request body: the schema's fields only, with the visitors and this form's key. */
  const payloadOf = (v: Values): RecordVisitValues => ({
    visitedAt: v.visitedAt,
    kind: v.kind,
    observations: v.observations,
    needs: v.needs,
    measures: v.measures,
    riskColor: v.riskColor,
    colorReason: v.riskColor !== baseColor ? v.colorReason : undefined,
    visitorIds: [actorId, ...v.companions.filter((id) => id !== actorId)],
    referral: v.referral || undefined,
    referralNote: v.referral ? v.referralNote : undefined,
    referralDisputeType: v.referral === "mediation" ? v.referralDisputeType || undefined : undefined,
    referralRespondent: v.referral === "mediation" ? v.referralRespondent : undefined,
    clientKey,
  });

  const form = useForm<Values>({
    resolver: zodResolver(
      z.preprocess((v: Values) => payloadOf(v), recordVisitSchema),
      undefined,
      { raw: true },
    ),
    // A kept visit is a change over the empty form, so the copy in this browser stays until saved.
    defaultValues: initial.empty,
    values: initial.values,
    resetOptions: { keepDefaultValues: true },
  });
  const { errors, isSubmitting } = form.formState;
  const color = useWatch({ control: form.control, name: "riskColor" });
  const referral = useWatch({ control: form.control, name: "referral" });
  const companions = useWatch({ control: form.control, name: "companions" }) ?? [];
  const err = (path: string) => errorAt(errors, path);

  const send = async (values: Values) => {
    setMessage(null);
    writeStored(personId, { clientKey, values, pending: true });
    let res: Response;
    try {
      res = await fetch(`/api/v1/care/persons/${personId}/visits`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payloadOf(values)),
      });
    } catch {
      setMessage({ tone: "warning", text: t("care.offlineKept") });
      return;
    }
    if (res.status === 401) {
      // The visit stays in this browser, marked to be sent once the carer is back on this page.
      router.push(`/login?expired=1&next=${encodeURIComponent(`/care/persons/${personId}`)}`);
      return;
    }
    const body: unknown = await res.json().catch(() => null);
    if (res.status === 201 && body && typeof body === "object" && "riskColor" in body) {
      const saved = body as { riskColor: RiskColor; nextVisitDue: string | null };
      writeStored(personId, null);
      setClientKey(newClientKey());
      setBaseColor(saved.riskColor);
      form.reset(emptyValues(saved.riskColor));
      const next = saved.nextVisitDue ? parseLocalDate(saved.nextVisitDue) : null;
      setMessage({ tone: "success", text: next ? t("care.visitSaved", { date: formatShortDate(next) }) : t("care.visitSavedExited") });
      router.refresh();
      return;
    }
    // Refused: no longer "being saved"; the carer corrects it or clears the form.
    writeStored(personId, { clientKey, values, pending: false });
    const error = body && typeof body === "object" && "error" in body ? (body as { error: { message: string; fieldErrors?: Record<string, string[]> } }).error : null;
    const extra: string[] = [];
    for (const [name, messages] of Object.entries(error?.fieldErrors ?? {})) {
      const field = FIELDS.find((f) => f === name);
      if (field) form.setError(field, { type: "server", message: messages[0] });
      else extra.push(...messages);
    }
    setMessage({ tone: "error", text: [error?.message ?? t("error.internal"), ...extra].join(" ") });
  };

  const onSubmit = form.handleSubmit(send, () => setMessage({ tone: "error", text: t("error.validation") }));

  // A visit that was being saved when the session ran out is sent again as soon as the form is back.
  const resubmitted = useRef(false);
  useEffect(() => {
    if (initial.resubmit && !resubmitted.current) {
      resubmitted.current = true;
      void onSubmit();
    }
  }, [initial.resubmit, onSubmit]);

  // Every change is copied to this browser at once.
  useEffect(
    () =>
      form.subscribe({
        formState: { values: true, isDirty: true },
        callback: ({ values, isDirty }) => {
          const prior = readStored(personId);
          if (!isDirty && !prior?.pending) writeStored(personId, null);
          else writeStored(personId, { clientKey, values, pending: prior?.pending ?? false });
        },
      }),
    [form, personId, clientKey],
  );

  const discard = () => {
    writeStored(personId, null);
    setClientKey(newClientKey());
    form.reset(emptyValues(baseColor));
    setMessage(null);
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.visitTitle")} className="space-y-5">
      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <Controller
          control={form.control}
          name="visitedAt"
          render={({ field }) => (
            <TextField
              label={t("care.visitedAt")}
              type="datetime-local"
              name="visitedAt"
              id="visitedAt"
              required
              value={isoToLocalInput(field.value)}
              onChange={(e) => {
                const iso = localInputToIso(e.target.value);
                if (iso) field.onChange(iso);
              }}
              onBlur={field.onBlur}
              error={err("visitedAt")}
            />
          )}
        />
      </div>

      <ToggleGroup legend={t("care.visitKind")} name="kind" required options={VISIT_KINDS.map((k) => ({ value: k, label: label("visitKind", k) }))} registration={form.register("kind")} error={err("kind")} />

      <fieldset className="space-y-3">
        <legend className="mb-1.5 font-medium text-stone-900">{t("care.observationsLegend")}</legend>
        {err("observations") ? <p className="text-sm font-medium text-red-700">{err("observations")}</p> : null}
        <TextareaField label={t("care.obsFamily")} rows={2} maxLength={MAX_OBSERVATION} error={err("observations.family")} {...form.register("observations.family")} />
        <TextareaField label={t("care.obsHealth")} rows={2} maxLength={MAX_OBSERVATION} error={err("observations.health")} {...form.register("observations.health")} />
        <TextareaField label={t("care.obsEconomic")} rows={2} maxLength={MAX_OBSERVATION} error={err("observations.economic")} {...form.register("observations.economic")} />
        <TextareaField label={t("care.obsMental")} rows={2} maxLength={MAX_OBSERVATION} error={err("observations.mental")} {...form.register("observations.mental")} />
      </fieldset>

      <TextareaField label={t("care.needs")} rows={2} maxLength={MAX_OBSERVATION} error={err("needs")} {...form.register("needs")} />
      <TextareaField label={t("care.measures")} rows={2} maxLength={MAX_OBSERVATION} error={err("measures")} {...form.register("measures")} />

      <ToggleGroup
        legend={t("care.colorAfter")}
        name="riskColor"
        required
        hint={t("care.colorAfterHint", { red: cadence.red, yellow: cadence.yellow, green: cadence.green })}
        options={RISK_COLORS.map((c) => ({ value: c, label: label("careColor", c), tone: c }))}
        registration={form.register("riskColor")}
        error={err("riskColor")}
      />
      {color !== baseColor ? <TextareaField label={t("care.colorReason")} hint={t("care.colorReasonHint")} rows={2} maxLength={500} error={err("colorReason")} {...form.register("colorReason")} /> : null}

      {coCarers.length ? (
        <IdCheckboxes
          legend={t("care.companions")}
          name="companions"
          options={coCarers.map((c) => ({ id: c.id, label: c.name }))}
          value={companions}
          onChange={(ids) => form.setValue("companions", ids, { shouldDirty: true })}
          error={err("visitorIds")}
        />
      ) : null}

      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField
          label={t("care.referral")}
          options={REFERRAL_KINDS.map((r) => ({ value: r, label: label("referralKind", r) }))}
          allLabel={t("care.referralNone")}
          error={err("referral")}
          {...form.register("referral")}
        />
        {referral ? <TextField label={t("care.referralNote")} maxLength={500} error={err("referralNote")} {...form.register("referralNote")} /> : null}
        {referral === "mediation" ? (
          <>
            <SelectField
              label={t("referral.disputeType")}
              options={MEDIATION_DISPUTE_TYPES.map((d) => ({ value: d, label: label("mediationDisputeType", d) }))}
              placeholder={t("referral.choose")}
              error={err("referralDisputeType")}
              {...form.register("referralDisputeType")}
            />
            <TextField label={t("referral.respondentName")} maxLength={40} error={err("referralRespondent")} {...form.register("referralRespondent")} />
          </>
        ) : null}
      </div>

      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <Button type="submit" size="touch" icon="check" pending={isSubmitting} className="sm:w-auto">
          {t("care.saveVisit")}
        </Button>
        <Button variant="ghost" onClick={discard}>
          {t("care.discardDraft")}
        </Button>
      </div>
    </form>
  );
}
