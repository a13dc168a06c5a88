import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { FormMessage } from "@/app/_components/form-message";
import { openAlertCount } from "@/lib/assessments/queries";
import type { Ctx } from "@/lib/context";
import { t } from "@/lib/i18n/messages";

/** Staff home (counsellors and the admin): how many self-assessment alerts wait — a number, no names. */
export function AssessmentAlertsWidget({ ctx }: { ctx: Ctx }) {
  const n = openAlertCount(ctx);
  return (
    <Card title={t("assessAlerts.widgetTitle")}>
      {n ? (
        <div className="space-y-3">
          <FormMessage tone="warning">{t("assessAlerts.widgetCount", { count: n })}</FormMessage>
          <ButtonLink href="/assessment-alerts" variant="primary" icon="alert">
            {t("assessAlerts.widgetOpen")}
          </ButtonLink>
        </div>
      ) : (
        <p className="text-stone-600">{t("assessAlerts.widgetNone")}</p>
      )}
    </Card>
  );
}
