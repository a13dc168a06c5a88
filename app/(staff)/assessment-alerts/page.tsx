import type { Metadata } from "next";
import { Badge } from "@/app/_components/badge";
import { EmptyState } from "@/app/_components/empty-state";
import { PageHeader } from "@/app/_components/page-header";
import { Tabs } from "@/app/_components/tabs";
import { requireActor } from "@/app/_server/actor";
import { listAlerts } from "@/lib/assessments/queries";
import { label, t } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/time";
import { HandleAlertButton } from "./_components/handle-alert-button";

export const metadata: Metadata = { title: t("assessAlerts.title") };

type SP = Promise<Record<string, string | string[] | undefined>>;

export default async function AssessmentAlertsPage({ searchParams }: { searchParams: SP }) {
  const ctx = await requireActor(["counselor", "admin"]);
  const status = (await searchParams).status === "handled" ? "handled" : "open";
  const alerts = listAlerts(ctx, { status });
  return (
    <div className="max-w-4xl">
      <PageHeader title={t("assessAlerts.title")} description={t("assessAlerts.lead")} />
      <Tabs
        label={t("assessAlerts.title")}
        current={status === "open" ? "/assessment-alerts" : "/assessment-alerts?status=handled"}
        items={[
          { href: "/assessment-alerts", label: label("alertStatus", "open") },
          { href: "/assessment-alerts?status=handled", label: label("alertStatus", "handled") },
        ]}
      />
      {alerts.length ? (
        <ul className="space-y-3">
          {alerts.map((a) => {
            const who = a.resident ? a.resident.name : t("assessAlerts.anonymous");
            return (
              <li key={a.id} className="rounded-xl border border-stone-200 bg-white p-4 shadow-sm">
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0">
                    <p className="text-lg font-semibold text-stone-900">
                      {who}
                      {a.resident?.phone ? <span className="ms-2 font-normal text-stone-700 tabular-nums">{a.resident.phone}</span> : null}
                    </p>
                    <p className="text-stone-700">
                      <span className="tabular-nums">{formatDateTime(a.createdAt)}</span> · {a.scale} · {t("assessAlerts.score", { score: a.score })} · {a.band}
                    </p>
                    <ul className="mt-2 flex flex-wrap gap-2">
                      {a.reasons.map((r) => (
                        <li key={r}>
                          <Badge tone="danger">{t(`assessAlerts.reason.${r}`)}</Badge>
                        </li>
                      ))}
                    </ul>
                    {a.status === "handled" && a.handledAt ? (
                      <p className="mt-2 text-sm text-stone-700">
                        {t("assessAlerts.handledBy", { name: a.handledByName ?? "—", at: formatDateTime(a.handledAt) })}
                        {a.handledNote ? `：${a.handledNote}` : ""}
                      </p>
                    ) : null}
                  </div>
                  {a.status === "open" ? <HandleAlertButton id={a.id} who={`${who} · ${formatDateTime(a.createdAt)}`} /> : null}
                </div>
              </li>
            );
          })}
        </ul>
      ) : (
        <EmptyState icon="shield" title={status === "open" ? t("assessAlerts.emptyTitle") : t("ui.empty")} />
      )}
    </div>
  );
}
