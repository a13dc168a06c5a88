import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { AppError } from "@/lib/errors";
import { label, t } from "@/lib/i18n/messages";
import { formatDateTime } from "@/lib/time";
import { getUser, type UserDetail } from "@/lib/users/queries";
import { STAFF_ROLE_CODES, type StaffRole } from "@/lib/users/schemas";
import { EditUserForm } from "../_components/edit-user-form";
import { ResetPasswordForm } from "../_components/reset-password-form";
import { UserActiveForm } from "../_components/user-active-form";

export const metadata: Metadata = { title: t("users.title") };

const isStaffRole = (r: string): r is StaffRole => (STAFF_ROLE_CODES as readonly string[]).includes(r);

export default async function UserPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ created?: string | string[] }> }) {
  const ctx = await requireActor(["admin"]);
  const { id: rawId } = await params;
  const id = /^\d{1,12}$/.test(rawId) ? Number(rawId) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  let user: UserDetail;
  try {
    user = getUser(ctx, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  const justCreated = (await searchParams).created === "1";
  const self = user.id === ctx.actor.userId;
  const isResident = user.residentId !== null;

  return (
    <div className="max-w-3xl space-y-6">
      <PageHeader
        title={user.name}
        description={t("users.detailLead", { username: user.username })}
        back={{ href: "/admin/users", label: t("users.backToList") }}
      />
      {justCreated ? <FormMessage tone="success">{t("users.created")}</FormMessage> : null}

      <Card title={t("users.info")}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-stone-600">{t("users.col.roles")}</dt>
            <dd className="mt-1 flex flex-wrap gap-1.5">
              {user.roles.map((r) => (
                <Badge key={r} tone={r === "admin" ? "brand" : "info"} dot={false}>
                  {label("role", r)}
                </Badge>
              ))}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("users.status")}</dt>
            <dd className="mt-1 flex flex-wrap gap-1.5">
              <Badge tone={user.active ? "success" : "danger"}>{label("users.status", user.active ? "active" : "disabled")}</Badge>
              {user.mustChangePassword ? <Badge tone="warning">{t("users.mustChangeBadge")}</Badge> : null}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("users.lastSignIn")}</dt>
            <dd className="mt-1">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : t("users.neverSignedIn")}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("users.createdAt")}</dt>
            <dd className="mt-1">{formatDateTime(user.createdAt)}</dd>
          </div>
        </dl>
        {user.mustChangePassword ? <p className="mt-4 text-sm text-stone-700">{t("users.mustChangeNote")}</p> : null}
      </Card>

      <Card title={t("users.editTitle")}>
        {isResident ? (
          <FormMessage tone="info">{t("users.residentAccount")}</FormMessage>
        ) : (
          <EditUserForm
            userId={user.id}
            defaults={{
              name: user.name,
              phone: user.phone ?? "",
              roles: user.roles.filter(isStaffRole),
              title: user.title ?? "",
              counselorKind: user.counselorKind ?? "volunteer",
            }}
          />
        )}
      </Card>

      <Card title={t("users.accessTitle")}>
        {!user.active && user.disabledAt ? (
          <div className="mb-4 text-stone-800">
            <p>{t("users.disabledSince", { time: formatDateTime(user.disabledAt) })}</p>
            {user.disabledReason ? <p className="mt-1">{t("users.disabledReasonShown", { reason: user.disabledReason })}</p> : null}
          </div>
        ) : null}
        {self ? <p className="text-stone-700">{t("users.selfAccessNote")}</p> : <UserActiveForm userId={user.id} active={user.active} />}
      </Card>

      <Card title={t("users.resetTitle")} description={self ? undefined : t("users.resetLead")}>
        {self ? (
          <p className="text-stone-700">
            {t("users.selfResetNote")}{" "}
            <Link href="/account/password" className="font-medium text-teal-800 underline underline-offset-2">
              {t("users.changeOwnPassword")}
            </Link>
          </p>
        ) : (
          <ResetPasswordForm userId={user.id} />
        )}
      </Card>
    </div>
  );
}
