import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { Icon } from "@/app/_components/icon";
import { PageHeader } from "@/app/_components/page-header";
import { RiskColorBadge } from "@/app/_components/risk-color-badge";
import { requireActor } from "@/app/_server/actor";
import { TimelineLink } from "@/app/(staff)/residents/_components/timeline-link";
import { CARE_GROUPS, type CareDetails } from "@/db/schema";
import { hasRole } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import { getPerson, listCarers, type GroupDetail, type PersonDetail, type VisitItem } from "@/lib/care/queries";
import { label, t, type MessageKey } from "@/lib/i18n/messages";
import { formatDate, formatDateTime, parseLocalDate, toLocalDate } from "@/lib/time";
import { AddGroupForm } from "../../_components/add-group-form";
import { CarersForm } from "../../_components/carers-form";
import { DueBadge, groupName } from "../../_components/care-tags";
import { ColorForm } from "../../_components/color-form";
import { DetailsForm } from "../../_components/details-form";
import { EndGroupForm } from "../../_components/end-group-form";
import { ExitForm } from "../../_components/exit-form";
import { VisitFormLoader } from "../../_components/visit-form-loader";

export const metadata: Metadata = { title: t("care.fileTitle") };

const DETAIL_LABELS: Record<string, MessageKey> = {
  termStart: "care.termStart",
  termEnd: "care.termEnd",
  supervisingOffice: "care.supervisingOffice",
  familySituation: "care.familySituation",
  lossYear: "care.lossYear",
  matter: "care.matter",
  since: "care.since",
  responsibleUnit: "care.responsibleUnit",
  contactName: "care.contactName",
  contactRelation: "care.contactRelation",
  contactPhone: "care.contactPhone",
  notes: "care.notes",
};
const DATE_KEYS = new Set(["termStart", "termEnd", "since"]);
// On a phone the latest few visits are what matters; the rest open on request.
const RECENT_SHOWN = 5;

const localDay = (d: string) => formatDate(parseLocalDate(d)!);

function load(ctx: Awaited<ReturnType<typeof requireActor>>, id: number): PersonDetail {
  try {
    return getPerson(ctx, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}

function Details({ g }: { g: GroupDetail }) {
  if (g.details === null) {
    return (
      <p className="flex items-center gap-2 text-stone-700">
        <Icon name="shield" className="size-5" />
        {t("care.restrictedHidden")}
      </p>
    );
  }
  const entries = Object.entries(g.details as Record<string, string | number | undefined>).filter(([, v]) => v !== undefined && v !== "");
  if (entries.length === 0) return <p className="text-stone-600">{t("care.noDetails")}</p>;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
      {entries.map(([k, v]) => (
        <div key={k} className={k === "notes" || k === "familySituation" || k === "matter" ? "sm:col-span-2" : undefined}>
          <dt className="text-sm text-stone-600">{DETAIL_LABELS[k] ? t(DETAIL_LABELS[k]) : k}</dt>
          <dd className="whitespace-pre-wrap text-stone-900">{DATE_KEYS.has(k) && typeof v === "string" ? localDay(v) : String(v)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Visit({ v }: { v: VisitItem }) {
  const obs: [MessageKey, string | undefined][] = [
    ["care.obsFamily", v.observations.family],
    ["care.obsHealth", v.observations.health],
    ["care.obsEconomic", v.observations.economic],
    ["care.obsMental", v.observations.mental],
    ["care.needs", v.needs ?? undefined],
    ["care.measures", v.measures ?? undefined],
  ];
  return (
    <article className="rounded-lg border border-stone-200 p-4">
      <header className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-medium text-stone-900">
          <time dateTime={v.visitedAt.toISOString()}>{formatDateTime(v.visitedAt)}</time>
          <span className="ms-2">{label("visitKind", v.kind)}</span>
        </p>
        <span className="flex items-center gap-1.5">
          {v.colorAfter !== v.colorBefore ? (
            <>
              <RiskColorBadge color={v.colorBefore} />
              <span aria-hidden="true">→</span>
            </>
          ) : null}
          <RiskColorBadge color={v.colorAfter} />
        </span>
      </header>
      {v.activity ? <p className="mt-1 text-sm text-teal-900">{t("care.activityVisit", { title: v.activity.title })}</p> : null}
      <dl className="mt-2 space-y-1">
        {obs
          .filter(([, text]) => text)
          .map(([k, text]) => (
            <div key={k}>
              <dt className="inline text-sm text-stone-600">{t(k)}：</dt>
              <dd className="inline whitespace-pre-wrap text-stone-900">{text}</dd>
            </div>
          ))}
        {v.referral ? (
          <div>
            <dt className="inline text-sm text-stone-600">{t("care.referral")}：</dt>
            <dd className="inline">
              {label("referralKind", v.referral)}
              {v.referralNote ? `（${v.referralNote}）` : ""}{" "}
              {v.referralAppointmentId ? (
                <span className="text-sm text-stone-700">
                  {t("referral.createdAppointment")} {t("hotline.call.referralAppointment", { id: v.referralAppointmentId })}
                </span>
              ) : v.referralMediationCaseId ? (
                <span className="text-sm text-stone-700">
                  {t("referral.createdCase")} {t("care.referralCaseRef", { id: v.referralMediationCaseId })}
                </span>
              ) : (
                <span className="text-sm text-stone-600">{t("care.referralPending")}</span>
              )}
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-2 text-sm text-stone-600">
        {t("care.visitors")}：{v.visitors.map((x) => x.name).join("、")} · {t("care.visitBy", { name: v.createdByName })}
      </p>
    </article>
  );
}

export default async function CarePersonPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const ctx = await requireActor(["carer", "admin"]);
  const { id: raw } = await params;
  const sp = await searchParams;
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  const p = load(ctx, id);
  const today = toLocalDate(ctx.now);
  const active = p.status === "active";
  const openFollowUps = p.followUps.filter((f) => f.status === "open");
  const isAdmin = hasRole(ctx.actor, "admin");
  const allCarers = listCarers(ctx).map((c) => ({ id: c.id, name: c.name }));
  const age = p.resident.birthYear ? Number(today.slice(0, 4)) - p.resident.birthYear : null;
  const currentGroups = p.groups.filter((g) => !g.endedAt);
  const shownGroups = active ? currentGroups : p.groups;
  const missingGroups = CARE_GROUPS.filter((g) => !currentGroups.some((c) => c.group === g));
  const coCarers = p.carers.filter((c) => c.id !== ctx.actor.userId).map((c) => ({ id: c.id, name: c.name }));

  return (
    <div className="space-y-6">
      <PageHeader
        title={p.resident.name}
        description={[p.resident.gender ? label("gender", p.resident.gender) : null, age !== null ? t("care.ageYears", { age }) : null, shownGroups.map(groupName).join("、")].filter(Boolean).join(" · ")}
        back={{ href: "/care", label: t("care.workTitle") }}
        actions={<TimelineLink residentId={p.resident.id} />}
      />
      {sp.registered === "1" ? <FormMessage tone="success">{t("care.registered")}</FormMessage> : null}

      <Card>
        <div className="flex flex-wrap items-center gap-2">
          <RiskColorBadge color={p.riskColor} />
          {active ? <DueBadge nextVisitDue={p.nextVisitDue} overdueDays={p.overdueDays} today={today} /> : <Badge tone="neutral">{label("careStatus", p.status)}</Badge>}
        </div>
        <dl className="mt-3 grid gap-3 sm:grid-cols-2">
          <div>
            <dt className="text-sm text-stone-600">{t("care.personAddress")}</dt>
            <dd>{p.resident.address ?? t("care.noAddress")}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("care.personPhone")}</dt>
            <dd>
              {p.resident.phone ? (
                <a href={`tel:${p.resident.phone}`} className="inline-flex min-h-11 items-center gap-2 font-medium text-teal-800 underline-offset-2 hover:underline">
                  <Icon name="phone" className="size-5" />
                  <span className="tabular-nums">{p.resident.phone}</span>
                </a>
              ) : (
                t("care.noPhone")
              )}
            </dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("care.nextVisit")}</dt>
            <dd>{p.nextVisitDue ? localDay(p.nextVisitDue) : t("care.noNextVisit")}</dd>
          </div>
          <div>
            <dt className="text-sm text-stone-600">{t("care.registeredOnLabel")}</dt>
            <dd>{localDay(p.registeredOn)}</dd>
          </div>
        </dl>
        {!active && p.exitedOn ? (
          <FormMessage tone="info" className="mt-3">
            {t("care.exitedOnReason", { date: localDay(p.exitedOn), reason: p.exitReason ?? "" })}
          </FormMessage>
        ) : null}
      </Card>

      {openFollowUps.length ? (
        <section aria-label={t("care.followUps.title")} className="rounded-xl border-2 border-amber-300 bg-amber-50 px-5 py-4 text-amber-950" data-testid="care-follow-ups">
          <h2 className="mb-2 text-lg font-semibold">{t("care.followUps.title")}</h2>
          <ul className="space-y-2">
            {openFollowUps.map((f) => (
              <li key={f.id}>
                <p className="font-medium">{t("care.followUps.due", { source: label("followUpSource", f.source), date: localDay(f.dueOn) })}</p>
                {f.note ? <p className="whitespace-pre-wrap">{f.note}</p> : null}
                <p className="text-sm text-amber-900">{t("care.followUps.by", { name: f.createdByName, at: formatDateTime(f.createdAt) })}</p>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm">{t("care.followUps.closeHint")}</p>
        </section>
      ) : null}

      {active ? (
        <section id="record-visit" aria-labelledby="record-visit-title" className="scroll-mt-20 rounded-xl border-2 border-teal-200 bg-white p-4 shadow-sm sm:p-5">
          <h2 id="record-visit-title" className="mb-4 text-lg font-semibold">
            {t("care.visitTitle")}
          </h2>
          <VisitFormLoader personId={p.id} actorId={ctx.actor.userId} currentColor={p.riskColor} cadence={p.cadence} coCarers={coCarers} />
        </section>
      ) : null}

      <Card title={t("care.colorTitle")} description={t("care.cadenceNote", { red: p.cadence.red, yellow: p.cadence.yellow, green: p.cadence.green })} actions={active ? <ColorForm personId={p.id} current={p.riskColor} /> : null}>
        <h3 className="mb-2 font-medium text-stone-900">{t("care.colorHistory")}</h3>
        <ol className="space-y-2" aria-label={t("care.colorHistory")}>
          {p.colorHistory.map((h) => (
            <li key={h.id} className="flex flex-wrap items-center gap-2 border-b border-stone-100 pb-2 last:border-b-0">
              <time dateTime={h.at.toISOString()} className="text-sm text-stone-600">
                {formatDateTime(h.at)}
              </time>
              {h.from ? <RiskColorBadge color={h.from} /> : null}
              {h.from ? <span aria-hidden="true">→</span> : null}
              <RiskColorBadge color={h.to} />
              <span className="text-stone-900">{h.reason ?? (h.visitId ? t("care.history.byVisit") : h.from ? "" : t("care.history.initial"))}</span>
              <span className="text-sm text-stone-600">{h.byName}</span>
            </li>
          ))}
        </ol>
      </Card>

      <Card title={t("care.groupsTitle")} actions={active ? <AddGroupForm personId={p.id} groups={missingGroups} /> : null}>
        <ul className="space-y-4">
          {shownGroups.map((g) => (
            <li key={g.group} className="rounded-lg border border-stone-200 p-4">
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <h3 className="flex items-center gap-2 font-semibold">
                  {groupName(g)}
                  {g.restricted ? <Badge tone="warning">{t("care.restrictedBadge")}</Badge> : null}
                </h3>
                {active && g.details !== null ? (
                  <div className="flex flex-wrap gap-2">
                    <DetailsForm personId={p.id} group={g.group} leftBehindKind={g.leftBehindKind} details={detailValues(g.details)} />
                    {currentGroups.length > 1 ? <EndGroupForm personId={p.id} group={g.group} /> : null}
                  </div>
                ) : null}
              </div>
              <p className="mb-2 text-sm text-stone-600">
                {t("care.sinceDate", { date: formatDate(g.since) })} · {t("care.basis")}：{label("legalBasis", g.legalBasis)}
                {g.consentNote ? `（${g.consentNote}）` : ""}
                {g.endedAt ? ` · ${t("care.endedDate", { date: formatDate(g.endedAt), reason: g.endReason ?? "" })}` : ""}
              </p>
              <Details g={g} />
            </li>
          ))}
        </ul>
      </Card>

      <Card title={t("care.visitsTitle")} description={p.moreVisits ? t("care.moreVisits") : undefined}>
        {p.visits.length === 0 ? (
          <EmptyState icon="clipboard" title={t("care.visitsEmpty")} />
        ) : (
          <>
            <ol className="space-y-3" aria-label={t("care.visitsTitle")}>
              {p.visits.slice(0, RECENT_SHOWN).map((v) => (
                <li key={v.id}>
                  <Visit v={v} />
                </li>
              ))}
            </ol>
            {p.visits.length > RECENT_SHOWN ? (
              <details className="mt-3">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800">{t("care.olderVisits", { count: p.visits.length - RECENT_SHOWN })}</summary>
                <ol className="mt-3 space-y-3" aria-label={t("care.olderVisitsList")}>
                  {p.visits.slice(RECENT_SHOWN).map((v) => (
                    <li key={v.id}>
                      <Visit v={v} />
                    </li>
                  ))}
                </ol>
              </details>
            ) : null}
          </>
        )}
      </Card>

      <Card title={t("care.carersTitle")} actions={active ? <CarersForm personId={p.id} carers={allCarers} current={p.carers.map((c) => c.id)} /> : null}>
        {p.carers.length === 0 ? (
          <p className="text-red-800">{t("care.noCarers")}</p>
        ) : (
          <ul className="space-y-1">
            {p.carers.map((c) => (
              <li key={c.id}>
                {c.name}
                {c.phone ? (
                  <a href={`tel:${c.phone}`} className="ms-2 tabular-nums text-teal-800 underline-offset-2 hover:underline">
                    {c.phone}
                  </a>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </Card>

      {active && (isAdmin || p.carers.some((c) => c.id === ctx.actor.userId)) ? (
        <div className="flex justify-end">
          <ExitForm personId={p.id} today={today} />
        </div>
      ) : null}
    </div>
  );
}

/** The details as plain strings and numbers for the edit form (explicit keys only). */
function detailValues(d: CareDetails): Record<string, string | number | undefined> {
  const out: Record<string, string | number | undefined> = {};
  for (const [k, v] of Object.entries(d)) if (k in DETAIL_LABELS && (typeof v === "string" || typeof v === "number")) out[k] = v;
  return out;
}
