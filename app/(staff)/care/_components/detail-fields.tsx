// The group-specific fields (corrections term, bereaved family, petition matter, left-behind contact),
// shared by the registration, add-group and edit-details forms. Only the chosen group's fields are
// shown; detailsPayload() keeps only those when the form is sent.
import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/app/_components/text-field";
import { TextareaField } from "@/app/_components/textarea-field";
import type { CareGroup } from "@/db/schema";
import { t } from "@/lib/i18n/messages";

export const DETAIL_KEYS = {
  corrections: ["termStart", "termEnd", "supervisingOffice", "notes"],
  bereaved: ["familySituation", "lossYear", "notes"],
  petitioner: ["matter", "since", "responsibleUnit", "notes"],
  left_behind: ["contactName", "contactRelation", "contactPhone", "notes"],
} as const satisfies Record<CareGroup, readonly string[]>;

export type DetailKey = (typeof DETAIL_KEYS)[CareGroup][number];

/** The chosen group's details only, "" left as is (the schema reads it as "not filled in"). */
export function detailsPayload(group: CareGroup, details: Record<string, unknown> | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of DETAIL_KEYS[group]) {
    const v = details?.[k];
    if (v !== undefined && v !== null && !(typeof v === "number" && Number.isNaN(v))) out[k] = v;
  }
  return out;
}

/** A number field's value for the schema: "" → absent. */
export const yearValue = (v: unknown) => (v === "" || v === null || v === undefined ? undefined : Number(v));

interface Props {
  group: CareGroup;
  /** register() of `details.<key>` in the parent form. */
  field: (key: DetailKey) => UseFormRegisterReturn;
  error: (key: DetailKey) => string | undefined;
  /** Prefix for element ids, when two forms of this kind are on one page. */
  idPrefix?: string;
}

export function DetailFields({ group, field, error, idPrefix = "details" }: Props) {
  const id = (k: string) => `${idPrefix}-${k}`;
  const notes = <TextareaField id={id("notes")} label={t("care.notes")} rows={3} maxLength={1000} error={error("notes")} {...field("notes")} />;
  switch (group) {
    case "corrections":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField id={id("termStart")} type="date" label={t("care.termStart")} error={error("termStart")} {...field("termStart")} />
          <TextField id={id("termEnd")} type="date" label={t("care.termEnd")} error={error("termEnd")} {...field("termEnd")} />
          <TextField id={id("supervisingOffice")} label={t("care.supervisingOffice")} maxLength={60} error={error("supervisingOffice")} {...field("supervisingOffice")} wrapperClassName="sm:col-span-2" />
          <div className="sm:col-span-2">{notes}</div>
        </div>
      );
    case "bereaved":
      return (
        <div className="grid gap-4">
          <TextareaField id={id("familySituation")} label={t("care.familySituation")} rows={3} maxLength={1000} error={error("familySituation")} {...field("familySituation")} />
          <TextField id={id("lossYear")} type="number" inputMode="numeric" label={t("care.lossYear")} error={error("lossYear")} {...field("lossYear")} wrapperClassName="max-w-40" />
          {notes}
        </div>
      );
    case "petitioner":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextareaField id={id("matter")} label={t("care.matter")} rows={3} maxLength={1000} error={error("matter")} {...field("matter")} wrapperClassName="sm:col-span-2" />
          <TextField id={id("since")} type="date" label={t("care.since")} error={error("since")} {...field("since")} />
          <TextField id={id("responsibleUnit")} label={t("care.responsibleUnit")} maxLength={60} error={error("responsibleUnit")} {...field("responsibleUnit")} />
          <div className="sm:col-span-2">{notes}</div>
        </div>
      );
    case "left_behind":
      return (
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField id={id("contactName")} label={t("care.contactName")} maxLength={40} error={error("contactName")} {...field("contactName")} />
          <TextField id={id("contactRelation")} label={t("care.contactRelation")} maxLength={20} error={error("contactRelation")} {...field("contactRelation")} />
          <TextField id={id("contactPhone")} type="tel" inputMode="tel" label={t("care.contactPhone")} error={error("contactPhone")} {...field("contactPhone")} />
          <div className="sm:col-span-3">{notes}</div>
        </div>
      );
  }
}
