import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { CounselorCard } from "@/app/(resident)/me/appointments/_components/counselor-card";
import { hasRole, STAFF_ROLES } from "@/lib/auth/actor";
import { minuteLabel } from "@/lib/counselors/availability";
import { canEditCounselor } from "@/lib/counselors/policy";
import { getAvailability, getCounselor, knownSpecialties } from "@/lib/counselors/queries";
import { AppError } from "@/lib/errors";
import { label, t } from "@/lib/i18n/messages";
import { ProfileForm } from "../_components/profile-form";

export const metadata: Metadata = { title: t("counselors.profileTitle") };

// One counsellor: the profile residents see, the weekly availability, and — for the counsellor
// themselves or an admin — the edit form.
export default async function CounselorPage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireActor([...STAFF_ROLES]);
  const { id: raw } = await params;
  if (!/^\d{1,9}$/.test(raw)) notFound();
  const id = Number(raw);
  let c;
  try {
    c = getCounselor(ctx, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
  const editable = canEditCounselor(ctx.actor, id);
  const availability = getAvailability(ctx, id);
  const own = ctx.actor.userId === id;
  const availabilityHref = own ? "/counselors/me/availability" : `/counselors/${id}/availability`;

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader
        title={c.name}
        description={c.title ?? undefined}
        back={{ href: "/counselors", label: t("counselors.backToList") }}
        actions={
          editable ? (
            <ButtonLink href={availabilityHref} icon="clock">
              {t("counselors.editAvailability")}
            </ButtonLink>
          ) : null
        }
      />
      <CounselorCard c={c} />
      {c.qualifications ? (
        <Card title={t("counselors.qualifications")}>
          <p>{c.qualifications}</p>
        </Card>
      ) : null}
      <Card title={t("counselors.availability.weeklyTitle")}>
        {availability.rules.length ? (
          <ul className="space-y-1">
            {availability.rules.map((r) => (
              <li key={r.id} className="tabular-nums">
                {label("weekday", String(r.weekday))} {minuteLabel(r.startMinute)}–{minuteLabel(r.endMinute)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-stone-700">{t("counselors.availability.noRules")}</p>
        )}
      </Card>
      {editable ? (
        <Card title={t("counselors.editTitle")} description={hasRole(ctx.actor, "admin") && !own ? t("counselors.adminEditLead") : undefined}>
          <ProfileForm
            counselorId={id}
            known={knownSpecialties(ctx)}
            initial={{ title: c.title ?? "", counselorKind: c.kind ?? undefined, qualifications: c.qualifications ?? "", specialties: c.specialties, bio: c.bio ?? "", accepting: c.accepting }}
          />
        </Card>
      ) : null}
    </div>
  );
}
