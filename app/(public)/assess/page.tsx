import type { Metadata } from "next";
import { HotlineLink } from "@/app/_components/hotline-link";
import { PageHeader } from "@/app/_components/page-header";
import { t } from "@/lib/i18n/messages";
import { submitKioskAssessmentAction } from "./actions";
import { AssessmentFlow } from "./_components/assessment-flow";

export const metadata: Metadata = { title: t("assess.kioskTitle") };

// The kiosk in the self-service room: open to anyone, anonymous by design.
export default function KioskAssessPage() {
  return (
    <div className="space-y-6">
      <PageHeader title={t("assess.kioskTitle")} description={`${t("assess.lead")}${t("assess.kioskLead")}`} />
      <AssessmentFlow submit={submitKioskAssessmentAction} bookHref="/login?next=%2Fme%2Fappointments" kiosk />
      <p className="text-base text-stone-700">
        {t("login.hotlineLead")} {t("app.hotline")} <HotlineLink />
      </p>
    </div>
  );
}
