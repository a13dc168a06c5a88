import type { Metadata } from "next";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { EmptyState } from "@/app/_components/empty-state";
import { FilterBar } from "@/app/_components/filter-bar";
import { PageHeader } from "@/app/_components/page-header";
import type { SearchParams } from "@/app/_components/pagination";
import { SelectField } from "@/app/_components/select-field";
import { TextField } from "@/app/_components/text-field";
import { requireActor } from "@/app/_server/actor";
import { CounselorCard } from "@/app/(resident)/me/appointments/_components/counselor-card";
import { COUNSELOR_KINDS } from "@/db/schema";
import { hasRole, STAFF_ROLES } from "@/lib/auth/actor";
import { knownSpecialties, listCounselors } from "@/lib/counselors/queries";
import { listCounselorsQuerySchema } from "@/lib/counselors/schemas";
import { label, t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t("counselors.title") };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

// The counsellors directory: kind, specialties, bio; an admin also sees who is not taking
// appointments and opens each profile to edit it.
export default async function CounselorsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const ctx = await requireActor([...STAFF_ROLES]);
  const sp = await searchParams;
  const admin = hasRole(ctx.actor, "admin");
  const raw = Object.fromEntries(["specialty", "kind", "q"].map((k) => [k, first(sp[k])]).filter(([, v]) => v));
  const parsed = listCounselorsQuerySchema.safeParse(raw);
  const f = parsed.success ? parsed.data : {};
  const counselors = listCounselors(ctx, { ...f, includeInactive: admin });
  const filtered = Boolean(f.specialty || f.kind || f.q);

  return (
    <div className="max-w-5xl">
      <PageHeader
        title={t("counselors.title")}
        description={t("counselors.lead", { n: counselors.length })}
        actions={
          hasRole(ctx.actor, "counselor") ? (
            <>
              <ButtonLink href={`/counselors/${ctx.actor.userId}`} icon="user">
                {t("counselors.myProfile")}
              </ButtonLink>
              <ButtonLink href="/counselors/me/availability" icon="clock" variant="primary">
                {t("counselors.myAvailability")}
              </ButtonLink>
            </>
          ) : null
        }
      />
      <FilterBar action="/counselors" label={t("counselors.filterLabel")} active={filtered}>
        <TextField type="search" name="q" label={t("counselors.search")} defaultValue={"q" in f ? (f.q ?? "") : ""} maxLength={40} wrapperClassName="min-w-48 flex-1" />
        <SelectField name="kind" label={t("counselors.kind")} options={COUNSELOR_KINDS.map((k) => ({ value: k, label: label("counselorKind", k) }))} allLabel={t("ui.all")} defaultValue={"kind" in f ? (f.kind ?? "") : ""} wrapperClassName="min-w-36" />
        <SelectField name="specialty" label={t("counselors.specialty")} options={knownSpecialties(ctx).map((s) => ({ value: s, label: s }))} allLabel={t("ui.all")} defaultValue={"specialty" in f ? (f.specialty ?? "") : ""} wrapperClassName="min-w-40" />
      </FilterBar>
      {counselors.length ? (
        <ul className="grid gap-3 md:grid-cols-2">
          {counselors.map((c) => (
            <li key={c.id} className="relative">
              <CounselorCard c={c} href={`/counselors/${c.id}`} />
              {admin && (!c.accepting || !c.active) ? (
                <span className="absolute end-12 top-3">
                  <Badge tone="warning">{!c.active ? t("counselors.disabled") : t("counselors.notAccepting")}</Badge>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <EmptyState icon="users" title={t("counselors.empty")} />
      )}
    </div>
  );
}
