import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { STAFF_ROLES } from "@/lib/auth/actor";
import type { Ctx } from "@/lib/context";
import { label, t } from "@/lib/i18n/messages";
import { accountCounts } from "@/lib/users/queries";

/** Staff accounts by role (enabled ones) and how many staff accounts are disabled. Admin only. */
export function AdminAccountsWidget({ ctx }: { ctx: Ctx }) {
  const counts = accountCounts(ctx);
  return (
    <Card
      title={t("home.accountsTitle")}
      description={t("home.accountsLead")}
      actions={
        <ButtonLink href="/admin/users" size="sm" icon="users">
          {t("home.accountsManage")}
        </ButtonLink>
      }
    >
      <dl className="mb-4 grid grid-cols-2 gap-3">
        <div className="rounded-lg bg-teal-50 px-4 py-3">
          <dt className="text-sm text-teal-900">{t("home.accountsTotal")}</dt>
          <dd className="text-3xl font-semibold text-teal-900 tabular-nums">{counts.activeStaff}</dd>
        </div>
        <div className="rounded-lg bg-stone-100 px-4 py-3">
          <dt className="text-sm text-stone-700">{t("home.accountsDisabled")}</dt>
          <dd className="text-3xl font-semibold text-stone-900 tabular-nums">{counts.disabledStaff}</dd>
        </div>
      </dl>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 sm:grid-cols-3">
        {STAFF_ROLES.map((role) => (
          <div key={role} className="flex items-baseline justify-between gap-2 border-b border-stone-100 py-1.5">
            <dt className="text-stone-700">{label("role", role)}</dt>
            <dd className="font-semibold text-stone-900 tabular-nums">{counts.byRole[role]}</dd>
          </div>
        ))}
      </dl>
    </Card>
  );
}
