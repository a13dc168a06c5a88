import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { t } from "@/lib/i18n/messages";
import { RegisterCaseForm } from "../_components/register-form";

export const metadata: Metadata = { title: t("mediation.newTitle") };

export default async function NewCasePage() {
  await requireActor(["mediator", "admin"]);
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("mediation.newTitle")} description={t("mediation.newLead")} back={{ href: "/mediation", label: t("mediation.backToList") }} />
      <RegisterCaseForm />
    </div>
  );
}
