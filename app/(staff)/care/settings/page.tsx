import type { Metadata } from "next";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { getCadence } from "@/lib/care/queries";
import { t } from "@/lib/i18n/messages";
import { CadenceForm } from "../_components/cadence-form";

export const metadata: Metadata = { title: t("care.settingsTitle") };

export default async function CareSettingsPage() {
  const ctx = await requireActor(["admin"]);
  const c = getCadence(ctx);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("care.settingsTitle")} description={t("care.settingsLead")} back={{ href: "/care", label: t("care.workTitle") }} />
      <CadenceForm initial={{ red: c.red, yellow: c.yellow, green: c.green }} />
    </div>
  );
}
