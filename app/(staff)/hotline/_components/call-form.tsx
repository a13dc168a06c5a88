"use client";
// The fast call log: one screen, keyboard first. The clock runs from the moment it opens; every few
// seconds and whenever a field loses focus the form is saved as a draft on the server (and in this
// browser, in case the network is gone), so a dropped browser loses nothing. Ctrl+Enter saves.
// High and imminent risk reveal the actions and call-back time they require; imminent shows the
// escalation checklist at once and is autosaved immediately, which alerts the others on duty.
import { useCallback, useEffect, useRef, useState, useSyncExternalStore, type BaseSyntheticEvent, type KeyboardEvent } from "react";
import { useRouter } from "next/navigation";
import { Controller, useForm, useWatch, type DefaultValues } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage, type FormMessageTone } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { CALL_ACTIONS, CALL_CATEGORIES, CALLER_KINDS, MEDIATION_DISPUTE_TYPES, RISK_LEVELS } from "@/db/schema/codes";
import { needsFollowUp } from "@/lib/hotline/policy";
import { createCallSchema, type CreateCallFormValues } from "@/lib/hotline/schemas";
import { label, t, type MessageKey } from "@/lib/i18n/messages";
import { formatTime } from "@/lib/time";
import { createCallAction, saveCallDraftAction, updateCallAction } from "../actions";
import { ChoiceGroup } from "./choice-group";
import { isoToLocalInput, localInputToIso } from "./local-time";
import { ResidentPicker, type PickedResident } from "./resident-picker";

type Values = CreateCallFormValues;
const FIELDS = ["startedAt", "endedAt", "callerKind", "categories", "summary", "riskLevel", "actions", "followUpAt", "residentId", "callerPhone", "referralNote", "referralDisputeType", "referralRespondent"] as const;
const AUTOSAVE_MS = 4000;
const LOCAL_KEY = "ankang.hotline.callDraft";
const ESCALATION: MessageKey[] = ["hotline.call.escalation1", "hotline.call.escalation2", "hotline.call.escalation3", "hotline.call.escalation4", "hotline.call.escalation5"];

interface StoredDraft {
  clientKey: string;
  values: Values;
  resident: PickedResident | null;
}

export interface CallFormProps {
  mode: "new" | "edit";
  /** The call being edited (edit mode). */
  callId?: number;
  /** The draft's key (new mode): from the server, or the draft being continued. */
  clientKey: string;
  initial: DefaultValues<Values>;
  resident: PickedResident | null;
  /** True when the page continues a server draft (the local copy is then not offered). */
  continuing?: boolean;
}

function readLocal(): StoredDraft | null {
  try {
    const raw = window.localStorage.getItem(LOCAL_KEY);
    return raw ? (JSON.parse(raw) as StoredDraft) : null;
  } catch {
    return null;
  }
}

// A one-second clock for the timer; nothing on the server (the timer starts in the browser).
const subscribeClock = (tick: () => void) => {
  const timer = window.setInterval(tick, 1000);
  return () => window.clearInterval(timer);
};
const clockNow = () => Math.floor(Date.now() / 1000) * 1000;
const noClock = () => null;

function Elapsed({ startedAt, endedAt }: { startedAt: string; endedAt?: string | null }) {
  const now = useSyncExternalStore(subscribeClock, clockNow, noClock);
  const start = Date.parse(startedAt);
  const end = endedAt ? Date.parse(endedAt) : now;
  const secs = end == null || Number.isNaN(start) ? 0 : Math.max(0, Math.floor((end - start) / 1000));
  const text = `${String(Math.floor(secs / 60)).padStart(2, "0")}:${String(secs % 60).padStart(2, "0")}`;
  return (
    <p className="flex items-baseline gap-2">
      <span className="text-sm text-stone-600">{t("hotline.call.elapsed")}</span>
      <span role="timer" aria-live="off" className="font-mono text-2xl font-semibold tabular-nums text-stone-900">
        {text}
      </span>
    </p>
  );
}

export function CallForm({ mode, callId, clientKey: initialKey, initial, resident: initialResident, continuing = false }: CallFormProps) {
  const router = useRouter();
  const [message, setMessage] = useState<{ tone: FormMessageTone; text: string } | null>(null);
  const [draftState, setDraftState] = useState<string | null>(null);
  const [resident, setResident] = useState<PickedResident | null>(initialResident);
  const [wantsFollowUp, setWantsFollowUp] = useState(Boolean(initial.followUpAt || initial.actions?.length));
  const clientKey = useRef(initialKey);
  const dirty = useRef(false);
  const saving = useRef(false);
  const again = useRef(false);
  const stopped = useRef(mode === "edit");

  const form = useForm<Values>({
    resolver: zodResolver(createCallSchema, undefined, { raw: true }),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = form.formState;
  const risk = useWatch({ control: form.control, name: "riskLevel" });
  const startedAt = useWatch({ control: form.control, name: "startedAt" });
  const endedAt = useWatch({ control: form.control, name: "endedAt" });
  const actions = useWatch({ control: form.control, name: "actions" });
  const high = needsFollowUp(risk);
  const showFollowUp = high || wantsFollowUp;
  const chosen = showFollowUp && Array.isArray(actions) ? actions : [];
  const toMediation = chosen.includes("referred_mediation");
  const toCare = chosen.includes("referred_care");

  const draftPayload = useCallback(() => {
    const v = form.getValues();
    return {
      clientKey: clientKey.current,
      startedAt: v.startedAt,
      endedAt: v.endedAt || null,
      callerKind: v.callerKind || null,
      categories: Array.isArray(v.categories) ? v.categories : [],
      summary: v.summary ?? "",
      riskLevel: v.riskLevel || null,
      actions: Array.isArray(v.actions) ? v.actions : [],
      followUpAt: v.followUpAt || null,
      residentId: v.residentId ?? null,
      callerPhone: v.callerPhone || null,
      referralNote: v.referralNote ?? "",
      referralDisputeType: v.referralDisputeType || null,
      referralRespondent: v.referralRespondent ?? "",
    };
  }, [form]);

  const saveDraft = useCallback(async (force = false) => {
    if (force) dirty.current = true;
    if (stopped.current || !dirty.current) return;
    // Asked again while a save is on its way (a blur right after another): run once more as soon
    // as it is back, with what was typed meanwhile, rather than wait for the next timer tick.
    if (saving.current) {
      again.current = true;
      return;
    }
    saving.current = true;
    setDraftState(t("hotline.call.draftSaving"));
    // What the status says once nothing more is waiting to be sent.
    let outcome: string | null = null;
    try {
      do {
        again.current = false;
        dirty.current = false;
        try {
          const r = await saveCallDraftAction(draftPayload());
          if (r.ok) outcome = t("hotline.call.draftSaved", { time: formatTime(new Date(r.data.savedAt)) });
          else if (r.code === "conflict") stopped.current = true;
          else if (r.code !== "validation") {
            dirty.current = true;
            outcome = t("hotline.call.draftLocal");
          }
        } catch {
          dirty.current = true;
          outcome = t("hotline.call.draftLocal");
        }
      } while (again.current && dirty.current && !stopped.current);
    } finally {
      saving.current = false;
      setDraftState(outcome);
    }
  }, [draftPayload]);

  // Every change marks the draft dirty and is copied to this browser at once.
  useEffect(() => {
    if (mode !== "new") return;
    return form.subscribe({
      formState: { values: true },
      callback: ({ values }) => {
        dirty.current = true;
        try {
          const stored: StoredDraft = { clientKey: clientKey.current, values, resident };
          window.localStorage.setItem(LOCAL_KEY, JSON.stringify(stored));
        } catch {
          // storage full or disabled: the server draft still holds it
        }
      },
    });
  }, [form, mode, resident]);

  // A draft left in this browser (the tab was closed or crashed) is taken up again.
  useEffect(() => {
    if (mode !== "new" || continuing) return;
    const stored = readLocal();
    if (stored && stored.clientKey !== clientKey.current && stored.values?.startedAt) {
      clientKey.current = stored.clientKey;
      form.reset(stored.values);
      setResident(stored.resident);
      setWantsFollowUp(Boolean(stored.values.followUpAt || stored.values.actions?.length));
      dirty.current = true;
      setMessage({ tone: "info", text: t("hotline.call.draftRestored") });
    }
  }, [mode, continuing, form]);

  useEffect(() => {
    if (mode !== "new") return;
    const timer = window.setInterval(() => void saveDraft(), AUTOSAVE_MS);
    return () => window.clearInterval(timer);
  }, [mode, saveDraft]);

  const submit = async (values: Values) => {
    setMessage(null);
    const payload = {
      startedAt: values.startedAt,
      callerKind: values.callerKind,
      categories: values.categories,
      summary: values.summary,
      riskLevel: values.riskLevel,
      endedAt: values.endedAt || new Date().toISOString(),
      actions: showFollowUp ? values.actions : [],
      followUpAt: showFollowUp ? values.followUpAt || null : null,
      residentId: resident?.id ?? null,
      callerPhone: values.callerPhone || null,
      referralNote: toMediation || toCare ? values.referralNote || null : null,
      referralDisputeType: toMediation ? values.referralDisputeType || null : null,
      referralRespondent: toMediation ? values.referralRespondent || null : null,
    };
    if (mode === "edit" && callId) {
      const r = await updateCallAction({ ...payload, id: callId });
      if (r.ok) {
        router.push(`/hotline/calls/${callId}?updated=1`);
      } else setMessage({ tone: "error", text: applyActionErrors(r, form.setError, FIELDS) });
      return;
    }
    stopped.current = true;
    const r = await createCallAction({ ...payload, clientKey: clientKey.current });
    if (r.ok) {
      try {
        window.localStorage.removeItem(LOCAL_KEY);
      } catch {
        // nothing stored
      }
      router.push(`/hotline/calls/${r.data.id}?saved=1`);
    } else {
      stopped.current = r.code === "conflict";
      setMessage({ tone: "error", text: applyActionErrors(r, form.setError, FIELDS) });
    }
  };
  const onSubmit = (e?: BaseSyntheticEvent) => form.handleSubmit(submit, () => setMessage({ tone: "error", text: t("error.validation") }))(e);

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void onSubmit();
    }
  };

  const setLater = (minutes: number) => {
    const d = new Date(Date.now() + minutes * 60_000);
    d.setSeconds(0, 0);
    form.setValue("followUpAt", d.toISOString(), { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  };

  return (
    <form
      onSubmit={onSubmit}
      onKeyDown={onKeyDown}
      onBlur={() => void saveDraft()}
      noValidate
      aria-label={t("hotline.call.form")}
      className="space-y-6"
    >
      <div className="flex flex-wrap items-end justify-between gap-4 rounded-xl border border-stone-200 bg-white px-5 py-4">
        <Elapsed startedAt={startedAt} endedAt={endedAt} />
        <Controller
          control={form.control}
          name="startedAt"
          render={({ field }) => (
            <TextField
              label={t("hotline.call.startedAt")}
              type="datetime-local"
              name="startedAt"
              required
              value={isoToLocalInput(field.value)}
              onChange={(e) => {
                const iso = localInputToIso(e.target.value);
                if (iso) field.onChange(iso);
              }}
              onBlur={field.onBlur}
              error={errors.startedAt?.message}
              tabIndex={-1}
            />
          )}
        />
        <div className="flex items-end gap-2">
          <Controller
            control={form.control}
            name="endedAt"
            render={({ field }) => (
              <TextField
                label={t("hotline.call.endedAt")}
                type="datetime-local"
                name="endedAt"
                value={isoToLocalInput(field.value)}
                onChange={(e) => field.onChange(localInputToIso(e.target.value))}
                onBlur={field.onBlur}
                error={errors.endedAt?.message}
                tabIndex={-1}
              />
            )}
          />
          <Button variant="secondary" tabIndex={-1} onClick={() => form.setValue("endedAt", new Date().toISOString(), { shouldDirty: true })}>
            {t("hotline.call.endNow")}
          </Button>
        </div>
      </div>

      {message ? <FormMessage tone={message.tone}>{message.text}</FormMessage> : null}

      <ChoiceGroup
        type="radio"
        name="callerKind"
        legend={t("hotline.call.callerKind")}
        required
        autoFocusFirst={mode === "new"}
        choices={CALLER_KINDS.map((c) => ({ value: c, label: label("callerKind", c) }))}
        registration={form.register("callerKind")}
        error={errors.callerKind?.message}
      />

      <ChoiceGroup
        type="checkbox"
        name="categories"
        legend={t("hotline.call.categories")}
        choices={CALL_CATEGORIES.map((c) => ({ value: c, label: label("callCategory", c) }))}
        registration={form.register("categories")}
        error={errors.categories?.message ?? errors.categories?.root?.message}
      />

      <TextareaField
        label={t("hotline.call.summary")}
        hint={t("hotline.call.summaryHint")}
        rows={5}
        maxLength={4000}
        error={errors.summary?.message}
        {...form.register("summary")}
      />

      <ChoiceGroup
        type="radio"
        name="riskLevel"
        legend={t("hotline.call.riskLevel")}
        required
        choices={RISK_LEVELS.map((r) => ({ value: r, label: label("riskLevel", r), tone: needsFollowUp(r) ? "danger" : undefined }))}
        registration={form.register("riskLevel")}
        onChange={(e) => {
          // Imminent risk: save at once, so the alert reaches the others while the caller is on the line.
          if (mode === "new" && e.target instanceof HTMLInputElement && e.target.checked && e.target.value === "imminent") void saveDraft(true);
        }}
        error={errors.riskLevel?.message}
      />

      {risk === "imminent" ? (
        <section aria-labelledby="escalation-title" className="rounded-xl border-2 border-red-800 bg-red-50 px-5 py-4 text-red-950">
          <h2 id="escalation-title" className="mb-2 text-lg font-semibold">
            {t("hotline.call.escalation")}
          </h2>
          <ol className="list-decimal space-y-1 ps-5">
            {ESCALATION.map((k) => (
              <li key={k}>{t(k)}</li>
            ))}
          </ol>
        </section>
      ) : null}

      {!high ? <CheckboxField name="wantsFollowUp" label={t("hotline.call.followUp")} checked={wantsFollowUp} onChange={(e) => setWantsFollowUp(e.target.checked)} /> : null}

      {showFollowUp ? (
        <div className={high ? "space-y-5 rounded-xl border border-red-300 bg-white px-5 py-4" : "space-y-5"}>
          {high ? <p className="font-medium text-red-900">{t("hotline.call.highRiskHint")}</p> : null}
          <ChoiceGroup
            type="checkbox"
            name="actions"
            legend={t("hotline.call.actions")}
            required={high}
            choices={CALL_ACTIONS.map((a) => ({ value: a, label: label("callAction", a) }))}
            registration={form.register("actions")}
            error={errors.actions?.message ?? errors.actions?.root?.message}
          />
          <div className="flex flex-wrap items-end gap-2">
            <Controller
              control={form.control}
              name="followUpAt"
              render={({ field }) => (
                <TextField
                  label={t("hotline.call.followUpAt")}
                  type="datetime-local"
                  name="followUpAt"
                  required={high}
                  value={isoToLocalInput(field.value)}
                  onChange={(e) => field.onChange(localInputToIso(e.target.value))}
                  onBlur={field.onBlur}
                  error={errors.followUpAt?.message}
                />
              )}
            />
            <Button variant="secondary" size="sm" onClick={() => setLater(60)}>
              {t("hotline.call.in1h")}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setLater(24 * 60)}>
              {t("hotline.call.in24h")}
            </Button>
          </div>
          {toMediation || toCare ? (
            <fieldset className="grid gap-4 rounded-lg border border-stone-200 px-4 py-3 sm:grid-cols-2" data-testid="call-referral">
              <legend className="px-1 font-medium text-stone-900">{t("hotline.form.referral")}</legend>
              <p className="text-sm text-stone-600 sm:col-span-2">{t("hotline.form.referralHint")}</p>
              {toMediation ? (
                <>
                  <SelectField
                    label={t("referral.disputeType")}
                    required
                    options={MEDIATION_DISPUTE_TYPES.map((d) => ({ value: d, label: label("mediationDisputeType", d) }))}
                    placeholder={t("referral.choose")}
                    error={errors.referralDisputeType?.message}
                    {...form.register("referralDisputeType")}
                  />
                  <TextField label={t("referral.respondentName")} required maxLength={50} autoComplete="off" error={errors.referralRespondent?.message} {...form.register("referralRespondent")} />
                </>
              ) : null}
              <TextareaField
                label={t("hotline.form.referralNote")}
                hint={t("hotline.form.referralNoteHint")}
                required={toMediation}
                rows={3}
                maxLength={1000}
                wrapperClassName="sm:col-span-2"
                error={errors.referralNote?.message}
                {...form.register("referralNote")}
              />
            </fieldset>
          ) : null}
        </div>
      ) : null}

      <div className="grid gap-5 rounded-xl border border-stone-200 bg-white px-5 py-4 md:grid-cols-2">
        <TextField label={t("hotline.call.callerPhone")} type="tel" inputMode="tel" autoComplete="off" error={errors.callerPhone?.message} {...form.register("callerPhone")} />
        <ResidentPicker
          value={resident}
          error={errors.residentId?.message}
          onChange={(r) => {
            setResident(r);
            form.setValue("residentId", r?.id ?? null, { shouldDirty: true });
          }}
        />
      </div>

      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" size="lg" icon="check" pending={isSubmitting} pendingLabel={t("hotline.call.saving")}>
          {mode === "edit" ? t("hotline.call.saveEdit") : t("hotline.call.save")}
        </Button>
        {draftState ? (
          <p role="status" className="text-sm text-stone-600">
            {draftState}
          </p>
        ) : null}
      </div>
    </form>
  );
}
