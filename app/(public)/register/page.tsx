import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { currentActor } from "@/app/_server/actor";
import { t } from "@/lib/i18n/messages";
import { RegisterForm } from "./register-form";

export const metadata: Metadata = { title: t("register.title") };

// Public: anyone may register as a resident. Already signed in: nothing to do here.
export default async function RegisterPage() {
  if (await currentActor()) redirect("/");
  return (
    <div className="space-y-5">
      <PageHeader title={t("register.title")} description={t("register.lead")} />
      <Card>
        <RegisterForm />
      </Card>
      <p className="text-stone-700">
        {t("register.haveAccount")}{" "}
        <Link href="/login" className="inline-flex min-h-11 items-center font-medium text-teal-800 underline">
          {t("register.signIn")}
        </Link>
      </p>
    </div>
  );
}
