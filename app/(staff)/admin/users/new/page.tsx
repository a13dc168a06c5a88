import type { Metadata } from "next";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { t } from "@/lib/i18n/messages";
import { CreateUserForm } from "../_components/create-user-form";

export const metadata: Metadata = { title: t("users.newTitle") };

export default async function NewUserPage() {
  await requireActor(["admin"]);
  return (
    <div className="max-w-2xl">
      <PageHeader title={t("users.newTitle")} description={t("users.newLead")} back={{ href: "/admin/users", label: t("users.backToList") }} />
      <Card>
        <CreateUserForm />
      </Card>
    </div>
  );
}
