import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { hasRole } from "@/lib/auth/actor";
import { listCarers, residentMatch } from "@/lib/care/queries";
import { t } from "@/lib/i18n/messages";
import { RegisterForm } from "../../_components/register-form";

export const metadata: Metadata = { title: t("care.newTitle") };

export default async function NewCarePersonPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireActor(["carer", "admin"]);
  // ?residentId= from a referral waiting on the care page: the resident is chosen already.
  const wanted = (await searchParams).residentId;
  const presetId = typeof wanted === "string" && /^[1-9]\d{0,12}$/.test(wanted) ? Number(wanted) : null;
  const preset = presetId ? residentMatch(ctx, presetId) : null;
  const isAdmin = hasRole(ctx.actor, "admin");
  const carers = isAdmin ? listCarers(ctx).map((c) => ({ id: c.id, name: c.name })) : [];
  return (
    <div className="max-w-3xl">
      <PageHeader title={t("care.newTitle")} description={t("care.newLead")} back={{ href: "/care", label: t("care.workTitle") }} />
      <RegisterForm isAdmin={isAdmin} carers={carers} preset={preset && preset.inCare !== "active" ? preset : null} />
    </div>
  );
}
