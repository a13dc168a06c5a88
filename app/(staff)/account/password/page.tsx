import type { Metadata } from "next";
import { Card } from "@/app/_components/card";
import { ChangePasswordForm } from "@/app/_components/change-password-form";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { t } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: t("password.title") };

export default async function StaffPasswordPage() {
  const { actor } = await requireActor([...STAFF_ROLES], { allowMustChangePassword: true });
  return (
    <div className="max-w-xl">
      <PageHeader title={t("password.title")} description={t("password.lead")} />
      {actor.mustChangePassword ? (
        <FormMessage tone="warning" className="mb-5">
          {t("auth.mustChangePassword")}
        </FormMessage>
      ) : null}
      <Card>
        <ChangePasswordForm />
      </Card>
    </div>
  );
}
