import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { Card } from "@/app/_components/card";
import { EmptyState } from "@/app/_components/empty-state";
import { FormMessage } from "@/app/_components/form-message";
import { PageHeader } from "@/app/_components/page-header";
import { requireActor } from "@/app/_server/actor";
import { STAFF_ROLES } from "@/lib/auth/actor";
import { label, t } from "@/lib/i18n/messages";
import { personTimeline, type TimelineItem } from "@/lib/residents/timeline";
import { formatDate, formatTime } from "@/lib/time";
import { orPageError, pageId } from "@/app/_server/page-errors";

export const metadata: Metadata = { title: t("residents.timeline") };

// A care registration is dated by the day only; everything else also by the clock.
const DAY_ONLY = new Set<TimelineItem["kind"]>(["care_person"]);

function Item({ item }: { item: TimelineItem }) {
  return (
    <li className="relative ps-6" data-testid="timeline-item" data-kind={item.kind}>
      <span aria-hidden="true" className="absolute start-0 top-2 size-2.5 rounded-full bg-teal-700" />
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <time dateTime={item.at.toISOString()} className="text-sm tabular-nums text-stone-600">
          {formatDate(item.at)}
          {DAY_ONLY.has(item.kind) ? "" : ` ${formatTime(item.at)}`}
        </time>
        <Badge tone="brand">{label("timelineKind", item.kind)}</Badge>
        {item.title ? <span className="font-medium text-stone-900">{item.title}</span> : null}
        {item.status ? <Badge tone="neutral">{label(item.status.group, item.status.code)}</Badge> : null}
        {item.tags.map((tag) => (
          <span key={`${tag.group}.${tag.code}`} className="text-sm text-stone-700">
            {label(tag.group, tag.code)}
          </span>
        ))}
        <Link href={item.href} prefetch={false} className="text-sm font-medium text-teal-800 underline underline-offset-2">
          {t("residents.open")}
          <span className="sr-only">
            {label("timelineKind", item.kind)} #{item.id}
          </span>
        </Link>
      </div>
    </li>
  );
}

// 一人一档: one person's records across the centre's areas, each shown only to staff whose area
// policy lets them see it (lib/residents/timeline.ts). Codes, dates and links only — the details
// stay behind each record's own page, its checks and its audit.
export default async function ResidentTimelinePage({ params }: { params: Promise<{ id: string }> }) {
  const ctx = await requireActor([...STAFF_ROLES]);
  const id = pageId((await params).id);
  const tl = orPageError(() => personTimeline(ctx, id));
  const r = tl.resident;
  const facts = [r.gender ? label("gender", r.gender) : null, r.birthYear ? String(r.birthYear) : null, r.community].filter(Boolean).join(" · ");
  // Care visits share the person's page: name the area once.
  const hidden = [...new Set(tl.hiddenAreas.filter((k) => k !== "care_visit").map((k) => label("timelineKind", k)))];

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeader title={t("residents.timelineTitle", { name: r.name })} description={facts || undefined} back={{ href: "/residents", label: t("residents.backToList") }} />
      <FormMessage tone="info">{t("residents.timelineLead")}</FormMessage>
      {hidden.length ? <p className="text-sm text-stone-600">{t("residents.hiddenAreas", { areas: hidden.join("、") })}</p> : null}
      <Card title={t("residents.timeline")}>
        {tl.items.length ? (
          <ol className="space-y-4 border-s border-stone-200 ps-2" aria-label={t("residents.timeline")}>
            {tl.items.map((item) => (
              <Item key={`${item.kind}-${item.id}`} item={item} />
            ))}
          </ol>
        ) : (
          <EmptyState icon="inbox" title={t("residents.timelineEmpty")} />
        )}
      </Card>
    </div>
  );
}
