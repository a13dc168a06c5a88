import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { DataTable } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { signInProblemsToday, type SignInProblem } from "@/lib/audit/queries";
import type { Ctx } from "@/lib/context";
import { label, t } from "@/lib/i18n/messages";
import { formatTime } from "@/lib/time";

/** Today's failed sign-ins and lockouts from the audit log. Admin only. */
export function AdminSignInsWidget({ ctx }: { ctx: Ctx }) {
  const { failures, lockouts, recent } = signInProblemsToday(ctx);
  return (
    <Card title={t("home.signInsTitle")}>
      <dl className="mb-4 grid grid-cols-2 gap-3">
        <div className={failures ? "rounded-lg bg-amber-50 px-4 py-3" : "rounded-lg bg-stone-100 px-4 py-3"}>
          <dt className="text-sm text-stone-700">{t("home.signInsFailures")}</dt>
          <dd className="text-3xl font-semibold text-stone-900 tabular-nums">{failures}</dd>
        </div>
        <div className={lockouts ? "rounded-lg bg-red-50 px-4 py-3" : "rounded-lg bg-stone-100 px-4 py-3"}>
          <dt className="text-sm text-stone-700">{t("home.signInsLockouts")}</dt>
          <dd className="text-3xl font-semibold text-stone-900 tabular-nums">{lockouts}</dd>
        </div>
      </dl>
      {recent.length === 0 ? (
        <EmptyState icon="shield" title={t("home.signInsNone")} />
      ) : (
        <DataTable<SignInProblem>
          caption={t("home.signInsRecent")}
          showCaption
          rows={recent}
          rowKey={(r) => r.id}
          columns={[
            { key: "at", header: t("home.signInsWhen"), cell: (r) => formatTime(r.at), className: "whitespace-nowrap tabular-nums" },
            { key: "user", header: t("home.signInsUser"), cell: (r) => r.username ?? "—", className: "break-all" },
            {
              key: "what",
              header: t("home.signInsWhat"),
              cell: (r) =>
                r.kind === "lockout" ? <Badge tone="danger">{label("signInProblem", "auth.locked")}</Badge> : <Badge tone="warning">{label("signInProblem", r.reason ?? "bad_password")}</Badge>,
            },
            { key: "ip", header: t("home.signInsIp"), cell: (r) => r.ip ?? t("home.signInsUnknownIp"), hideOnMobile: true, className: "tabular-nums" },
          ]}
        />
      )}
    </Card>
  );
}
