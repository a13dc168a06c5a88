import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import type { Ctx } from "@/lib/context";
import { myHotlineAlerts, myShiftFollowUpCounts, onDutyNow } from "@/lib/hotline/queries";
import { t } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/time";
import { shiftSpan } from "./shift-views";

/** The staff home's hotline widget (hotline, admin): imminent alerts, who is on duty, call-backs due. */
export function HotlineHomeWidget({ ctx }: { ctx: Ctx }) {
  const alerts = myHotlineAlerts(ctx);
  const onDuty = onDutyNow(ctx);
  const { due, overdue } = myShiftFollowUpCounts(ctx);
  return (
    <Card title={t("hotline.widgetTitle")} actions={<ButtonLink href="/hotline" size="sm">{t("hotline.title")}</ButtonLink>}>
      {alerts.length ? (
        <ul className="mb-4 space-y-2" aria-label={t("hotline.alerts")}>
          {alerts.map((a) => (
            <li key={a.id} className="rounded-lg border-2 border-red-800 bg-red-50 px-4 py-2 text-red-950">
              <Link href={`/hotline/calls/${a.callId}`} prefetch={false} className="font-medium underline">
                {t("hotline.alertText", { operator: a.raisedBy.name, time: formatDateTime(a.createdAt) })}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      <dl className="grid gap-4 sm:grid-cols-2">
        <div>
          <dt className="text-sm text-stone-600">{t("hotline.onDutyNow")}</dt>
          <dd className="mt-1 text-stone-900">
            {onDuty.length
              ? onDuty.map((s) => (
                  <span key={s.id} className="block">
                    {s.staff.map((p) => p.name).join("、") || "—"}
                    <span className="ms-2 text-sm text-stone-600">{shiftSpan(s)}</span>
                  </span>
                ))
              : t("hotline.noOneOnDuty")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-stone-600">{t("hotline.callbackQueue")}</dt>
          <dd className="mt-1 flex flex-wrap items-center gap-2 text-stone-900">
            {t("hotline.widgetDue", { count: due, overdue })}
            {overdue ? <Badge tone="danger">{t("hotline.overdue")}</Badge> : null}
          </dd>
        </div>
      </dl>
    </Card>
  );
}
