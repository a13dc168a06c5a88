import type { Metadata } from "next";
import { ButtonLink } from "@/app/_components/button";
import { CheckboxField } from "@/app/_components/checkbox-field";
import { FilterBar } from "@/app/_components/filter-bar";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { Pagination } from "@/app/_components/pagination";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { CALL_CATEGORIES, RISK_LEVELS } from "@/db/schema";
import { hasRole } from "@/lib/auth/actor";
import { callOperators, listCalls } from "@/lib/hotline/queries";
import { listCallsSchema } from "@/lib/hotline/schemas";
import { label, t } from "@/lib/i18n/messages";
import { fieldErrorsOf } from "@/lib/zod";
import { CallTable } from "../_components/call-views";
import type { SearchParams } from "../_components/page-utils";

export const metadata: Metadata = { title: t("hotline.allCalls") };

const FILTERS = ["from", "to", "category", "risk", "operatorId", "repeat", "q", "cursor"] as const;

// The call list with filters in the URL (a shareable search); summaries are never listed.
export default async function CallsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor(["hotline", "admin"]);
  const sp = await searchParams;
  const raw = Object.fromEntries(FILTERS.flatMap((k) => (typeof sp[k] === "string" && sp[k] !== "" ? [[k, sp[k] as string]] : [])));
  const parsed = listCallsSchema.safeParse(raw);
  const query = parsed.success ? parsed.data : listCallsSchema.parse({});
  const { items, nextCursor } = listCalls(ctx, query);
  const operators = callOperators(ctx);
  const value = (k: string) => (parsed.success ? (raw[k] ?? "") : "");

  return (
    <div className="space-y-4">
      <PageHeader
        title={t("hotline.allCalls")}
        back={{ href: "/hotline", label: t("hotline.title") }}
        actions={
          hasRole(ctx.actor, "hotline") ? (
            <ButtonLink href="/hotline/calls/new" variant="primary" icon="plus">
              {t("hotline.newCall")}
            </ButtonLink>
          ) : null
        }
      />
      <FilterBar action="/hotline/calls" label={t("hotline.filter.label")} active={Object.keys(raw).length > 0}>
        <TextField label={t("hotline.filter.from")} name="from" type="date" defaultValue={value("from")} />
        <TextField label={t("hotline.filter.to")} name="to" type="date" defaultValue={value("to")} />
        <SelectField label={t("hotline.filter.category")} name="category" allLabel={t("hotline.filter.any")} defaultValue={value("category")} options={CALL_CATEGORIES.map((c) => ({ value: c, label: label("callCategory", c) }))} />
        <SelectField label={t("hotline.filter.risk")} name="risk" allLabel={t("hotline.filter.any")} defaultValue={value("risk")} options={RISK_LEVELS.map((r) => ({ value: r, label: label("riskLevel", r) }))} />
        <SelectField label={t("hotline.filter.operator")} name="operatorId" allLabel={t("hotline.filter.any")} defaultValue={value("operatorId")} options={operators.map((o) => ({ value: String(o.id), label: o.name }))} />
        <TextField label={t("hotline.filter.q")} name="q" type="search" maxLength={40} defaultValue={value("q")} />
        <CheckboxField label={t("hotline.filter.repeat")} name="repeat" value="1" defaultChecked={value("repeat") === "1"} />
      </FilterBar>
      {!parsed.success ? <FormMessage tone="warning">{Object.values(fieldErrorsOf(parsed.error)).flat().join(" ") || t("error.validation")}</FormMessage> : null}
      <CallTable calls={items} caption={t("hotline.allCalls")} />
      <Pagination pathname="/hotline/calls" searchParams={sp} nextCursor={nextCursor} />
    </div>
  );
}
