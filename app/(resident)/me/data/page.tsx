import type { Metadata } from "next";
import type { ReactNode } from "react";
import { ButtonLink } from "@/app/_components/button";
import { Card } from "@/app/_components/card";
import { PageHeader } from "@/app/_components/page-header";
import { PrintButton } from "@/app/_components/print-button";
import { requireActor } from "@/app/_server/actor";
import { label, t } from "@/lib/i18n/messages";
import { exportOwnData } from "@/lib/residents/export-own-data";
import { formatDateTime } from "@/lib/time";

export const metadata: Metadata = { title: t("mydata.title") };

const when = (d: Date | null) => (d ? formatDateTime(d) : "—");

const SHOWN = 10;

function List({ items }: { items: ReactNode[] }) {
  return (
    <ul className="divide-y divide-stone-100">
      {items.map((item, i) => (
        <li key={i} className="py-2 text-stone-900">
          {item}
        </li>
      ))}
    </ul>
  );
}

function Section({ title, items }: { title: string; items: ReactNode[] }) {
  return (
    <Card title={title}>
      {items.length === 0 ? (
        <p className="text-stone-700">{t("mydata.none")}</p>
      ) : items.length <= SHOWN ? (
        <List items={items} />
      ) : (
        <>
          <List items={items.slice(0, SHOWN)} />
          {/* Long lists fold on the phone; the JSON download always holds everything. */}
          <details className="mt-2">
            <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800">{t("mydata.more", { count: items.length - SHOWN })}</summary>
            <List items={items.slice(SHOWN)} />
          </details>
        </>
      )}
    </Card>
  );
}

/** 我的数据: the resident's own copy (PIPL), readable on a phone and printable; the same data as the JSON download. */
export default async function MyDataPage() {
  const ctx = await requireActor(["resident"]);
  const d = exportOwnData(ctx);
  const p = d.profile;
  return (
    <div className="space-y-6">
      <PageHeader title={t("mydata.title")} description={t("mydata.lead", { at: formatDateTime(d.exportedAt) })} back={{ href: "/me/profile", label: t("profile.title") }} />
      <div className="flex flex-wrap gap-3 print:hidden">
        <PrintButton />
        <ButtonLink href="/api/v1/me/export" variant="secondary" icon="clipboard" prefetch={false}>
          {t("profile.dataDownload")}
        </ButtonLink>
      </div>
      <Section
        title={t("mydata.profile")}
        items={[
          `${t("me.name")}：${p.name}`,
          `${t("me.phone")}：${p.phone ?? "—"}`,
          `${t("mydata.consent")}：${p.consentWithdrawnAt ? t("profile.consentWithdrawn", { at: formatDateTime(p.consentWithdrawnAt) }) : p.consentAt ? t("profile.consentGiven", { at: formatDateTime(p.consentAt), version: p.consentVersion ?? "—" }) : "—"}`,
        ]}
      />
      <Section
        title={t("mydata.appointments")}
        items={d.appointments.map((a) => `${a.service} · ${label("appointmentStatus", a.status)} · ${a.startAt ? when(a.startAt) : when(a.requestedAt)}${a.counselor ? ` · ${a.counselor}` : ""}${a.room ? ` · ${a.room}` : ""}`)}
      />
      <Section title={t("mydata.reservations")} items={d.reservations.map((r) => `${when(r.startAt)} · ${label("reservationPurpose", r.purpose)} · ${label("reservationStatus", r.status)}`)} />
      <Section title={t("mydata.activities")} items={d.activities.map((a) => `${a.title} · ${a.room} · ${when(a.startAt)} · ${label("signupStatus", a.signup)}`)} />
      <Section title={t("mydata.assessments")} items={d.assessments.map((a) => `${when(a.at)} · ${a.scale} · ${t("mydata.score", { score: a.score })} · ${a.band}`)} />
    </div>
  );
}
