"use client";
// 纳入关爱: pick the person from the resident register (or create their file), the group with its
// details, the starting colour, the carers, and the basis — corrections rest on the legal duty, every
// other group needs the person's (or guardian's) separate consent, ticked here before sending.
import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, useWatch } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { applyActionErrors } from "@/app/_components/apply-action-errors";
import { Badge } from "@/app/_components/badge";
import { Button } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FormMessage } from "@/app/_components/form-message";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import { CARE_GROUPS, LEFT_BEHIND_KINDS, RISK_COLORS, type CareGroup } from "@/db/schema/codes";
import type { ResidentMatch } from "@/lib/care/queries";
import { registerPersonSchema, type RegisterPersonValues } from "@/lib/care/schemas";
import { label, t } from "@/lib/i18n/messages";
import { z } from "@/lib/zod";
import { registerPersonAction, searchResidentsAction } from "../actions";
import { errorAt } from "./form-errors";
import { DetailFields, detailsPayload, yearValue, type DetailKey } from "./detail-fields";
import { IdCheckboxes } from "./id-checkboxes";
import { ToggleGroup } from "./toggle-group";

type Source = "existing" | "new";
type FormValues = RegisterPersonValues & { source: Source };

const FIELDS = ["residentId", "person.name", "person.gender", "person.birthYear", "person.phone", "person.address", "group", "leftBehindKind", "riskColor", "carerIds", "legalBasis", "consentNote"] as const;

/** What the form sends: only the chosen source's fields and the chosen group's details. */
function payloadOf(v: FormValues): RegisterPersonValues {
  const group = v.group as CareGroup;
  return {
    ...(v.source === "existing" ? { residentId: v.residentId } : { person: { ...v.person!, birthYear: yearValue(v.person?.birthYear) } }),
    group: v.group,
    leftBehindKind: group === "left_behind" ? v.leftBehindKind || undefined : undefined,
    details: CARE_GROUPS.includes(group) ? detailsPayload(group, v.details) : undefined,
    riskColor: v.riskColor,
    carerIds: v.carerIds?.length ? v.carerIds : undefined,
    legalBasis: group === "corrections" ? "legal_duty" : "consent",
    consentNote: group === "corrections" ? undefined : v.consentNote,
  } as RegisterPersonValues;
}

// The same schema as the action and the API, applied to what the form will send.
const formSchema = z.preprocess((v: FormValues) => payloadOf(v), registerPersonSchema);

interface Props {
  isAdmin: boolean;
  carers: { id: number; name: string }[];
  /** A resident chosen before the form opened (a referral waiting for registration). */
  preset?: ResidentMatch | null;
}

export function RegisterForm({ isAdmin, carers, preset = null }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState<string | undefined>();
  const [q, setQ] = useState("");
  const [matches, setMatches] = useState<ResidentMatch[] | null>(null);
  const [searching, setSearching] = useState(false);
  const [chosen, setChosen] = useState<ResidentMatch | null>(preset);

  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema, undefined, { raw: true }),
    defaultValues: { source: "existing", residentId: preset?.id, group: "" as CareGroup, riskColor: "yellow", carerIds: [], details: {}, person: { name: "", phone: "", address: "" } },
  });
  const { errors, isSubmitting } = form.formState;
  const source = useWatch({ control: form.control, name: "source" });
  const group = useWatch({ control: form.control, name: "group" }) as CareGroup | "";
  const carerIds = useWatch({ control: form.control, name: "carerIds" }) ?? [];
  const err = (path: string) => errorAt(errors, path);

  const search = async () => {
    if (!q.trim()) return;
    setSearching(true);
    const r = await searchResidentsAction({ q });
    setSearching(false);
    if (r.ok) setMatches(r.data);
    else setMessage(r.message);
  };

  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    if (values.group !== "corrections" && !consent) {
      setConsentError(t("care.consentRequired"));
      return;
    }
    setConsentError(undefined);
    const result = await registerPersonAction(payloadOf(values));
    if (result.ok) router.push(`/care/persons/${result.data.id}?registered=1`);
    else setMessage(applyActionErrors(result, form.setError, FIELDS));
  });

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("care.newTitle")} className="space-y-6">
      <FormMessage>{message}</FormMessage>

      <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
        <ToggleGroup
          legend={t("care.basicInfo")}
          name="source"
          options={[
            { value: "existing", label: t("care.sourceExisting") },
            { value: "new", label: t("care.sourceNew") },
          ]}
          registration={form.register("source")}
        />
        {source === "existing" ? (
          <div className="space-y-3">
            <div className="flex flex-wrap items-end gap-2">
              <TextField
                name="residentSearch"
                type="search"
                label={t("care.searchResident")}
                hint={t("care.searchResidentHint")}
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
              <Button variant="secondary" icon="search" onClick={() => void search()} pending={searching}>
                {t("ui.search")}
              </Button>
            </div>
            {chosen ? (
              <p role="status" className="rounded-lg bg-teal-50 px-4 py-3 font-medium text-teal-900">
                {t("care.chosen", { name: chosen.name })}
              </p>
            ) : null}
            {err("residentId") ? <p className="text-sm font-medium text-red-700">{err("residentId")}</p> : null}
            {matches ? (
              matches.length === 0 ? (
                <p className="text-stone-600">{t("care.searchNone")}</p>
              ) : (
                <ul aria-label={t("care.searchResults")} className="divide-y divide-stone-100 rounded-lg border border-stone-200">
                  {matches.map((m) => (
                    <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2">
                      <span>
                        <span className="font-medium">{m.name}</span>
                        <span className="ms-2 text-sm text-stone-600">
                          {[m.gender ? label("gender", m.gender) : null, m.birthYear, m.community, m.phoneTail ? t("care.phoneTail", { tail: m.phoneTail }) : null].filter(Boolean).join(" · ")}
                        </span>
                        {m.inCare ? (
                          <Badge tone={m.inCare === "active" ? "warning" : "neutral"} className="ms-2">
                            {t(m.inCare === "active" ? "care.inCareActive" : "care.inCareExited")}
                          </Badge>
                        ) : null}
                      </span>
                      <Button
                        size="sm"
                        variant={chosen?.id === m.id ? "primary" : "secondary"}
                        disabled={m.inCare === "active"}
                        onClick={() => {
                          setChosen(m);
                          form.setValue("residentId", m.id, { shouldValidate: form.formState.isSubmitted });
                        }}
                        aria-label={`${t("care.choose")} ${m.name}`}
                      >
                        {t("care.choose")}
                      </Button>
                    </li>
                  ))}
                </ul>
              )
            ) : null}
          </div>
        ) : (
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField label={t("care.personName")} required maxLength={40} autoComplete="off" error={err("person.name")} {...form.register("person.name")} />
            <SelectField
              label={t("care.personGender")}
              required
              placeholder={t("care.pleaseChoose")}
              options={[
                { value: "female", label: label("gender", "female") },
                { value: "male", label: label("gender", "male") },
              ]}
              error={err("person.gender")}
              {...form.register("person.gender")}
            />
            <TextField label={t("care.personBirthYear")} type="number" inputMode="numeric" error={err("person.birthYear")} {...form.register("person.birthYear")} />
            <TextField label={t("care.personPhone")} type="tel" inputMode="tel" autoComplete="off" error={err("person.phone")} {...form.register("person.phone")} />
            <TextField label={t("care.personAddress")} maxLength={200} autoComplete="off" error={err("person.address")} {...form.register("person.address")} wrapperClassName="sm:col-span-2" />
          </div>
        )}
      </section>

      <section className="space-y-4 rounded-xl border border-stone-200 bg-white p-5">
        <SelectField
          label={t("care.group")}
          required
          placeholder={t("care.pleaseChoose")}
          options={CARE_GROUPS.map((g) => ({ value: g, label: label("careGroup", g) }))}
          error={err("group")}
          {...form.register("group")}
        />
        {group === "left_behind" ? (
          <ToggleGroup
            legend={t("care.leftBehindKind")}
            name="leftBehindKind"
            required
            options={LEFT_BEHIND_KINDS.map((k) => ({ value: k, label: label("leftBehindKind", k) }))}
            registration={form.register("leftBehindKind")}
            error={err("leftBehindKind")}
          />
        ) : null}
        {group ? (
          <fieldset>
            <legend className="mb-3 font-medium text-stone-900">{t("care.details")}</legend>
            <DetailFields
              group={group}
              field={(k: DetailKey) => form.register(`details.${k}`)}
              error={(k: DetailKey) => err(`details.${k}`)}
            />
          </fieldset>
        ) : null}
        <ToggleGroup
          legend={t("care.initialColor")}
          name="riskColor"
          required
          options={RISK_COLORS.map((c) => ({ value: c, label: label("careColor", c), tone: c }))}
          registration={form.register("riskColor")}
          error={err("riskColor")}
        />
        {isAdmin ? (
          <IdCheckboxes
            legend={t("care.carers")}
            name="carerIds"
            hint={t("care.carersHintAdmin")}
            options={carers.map((c) => ({ id: c.id, label: c.name }))}
            value={carerIds}
            onChange={(ids) => form.setValue("carerIds", ids, { shouldDirty: true })}
            error={err("carerIds")}
          />
        ) : (
          <p className="text-sm text-stone-600">{t("care.carersHint")}</p>
        )}
      </section>

      {group ? (
        <section className="space-y-3 rounded-xl border border-stone-200 bg-white p-5">
          <h2 className="font-medium text-stone-900">{t("care.basisTitle")}</h2>
          {group === "corrections" ? (
            <p className="text-stone-700">{t("care.basisLegalDuty")}</p>
          ) : (
            <>
              <CheckboxField name="consent" label={t("care.consentConfirm")} checked={consent} onChange={(e) => setConsent(e.target.checked)} error={consentError} />
              <TextareaField label={t("care.consentNote")} hint={t("care.consentNoteHint")} rows={2} maxLength={200} error={err("consentNote")} {...form.register("consentNote")} />
            </>
          )}
        </section>
      ) : null}

      <Button type="submit" size="lg" icon="plus" pending={isSubmitting}>
        {t("care.submitRegister")}
      </Button>
    </form>
  );
}
