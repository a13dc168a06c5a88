// Server-rendered pieces of the hotline pages: the call table and the call-back queue. They take
// the objects lib/hotline/queries builds (no summaries) and render text only.
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { DataTable, type Column } from "@/app/_components/data-table";
import { EmptyState } from "@/app/_components/empty-state";
import { RiskLevelBadge } from "@/app/_components/risk-level-badge";
import type { CallListItem, FollowUpItem } from "@/lib/hotline/queries";
import { label, t } from "@/lib/i18n/messages";
import { formatDateTime, formatShortDate, formatTime, toLocalDate } from "@/lib/time";

export const categoriesText = (cs: readonly string[]) => cs.map((c) => label("callCategory", c)).join("、");

function Caller({ resident, maskedPhone, repeat }: { resident: { id: number; name: string } | null; maskedPhone: string | null; repeat?: boolean }) {
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      {resident ? <span className="font-medium">{resident.name}</span> : null}
      {maskedPhone ? <span className="text-stone-600 tabular-nums">{maskedPhone}</span> : null}
      {!resident && !maskedPhone ? <span className="text-stone-500">—</span> : null}
      {repeat ? <Badge tone="warning">{t("hotline.call.repeatCaller")}</Badge> : null}
    </span>
  );
}

export function CallTable({ calls, caption }: { calls: readonly CallListItem[]; caption: string }) {
  const columns: Column<CallListItem>[] = [
    {
      key: "time",
      header: t("hotline.call.startedAt"),
      className: "whitespace-nowrap",
      cell: (c) => (
        <Link href={`/hotline/calls/${c.id}`} prefetch={false} className="font-medium text-teal-800 hover:underline">
          {formatDateTime(c.startedAt)}
        </Link>
      ),
    },
    { key: "kind", header: t("hotline.call.callerKind"), cell: (c) => (c.callerKind ? label("callerKind", c.callerKind) : "—") },
    { key: "cat", header: t("hotline.call.categories"), cell: (c) => categoriesText(c.categories) || "—", hideOnMobile: true },
    { key: "risk", header: t("hotline.call.riskLevel"), cell: (c) => (c.riskLevel ? <RiskLevelBadge level={c.riskLevel} /> : "—") },
    { key: "caller", header: t("hotline.call.caller"), cell: (c) => <Caller resident={c.resident} maskedPhone={c.maskedPhone} repeat={c.repeatCaller} /> },
    { key: "op", header: t("hotline.call.operator"), cell: (c) => c.operator.name, hideOnMobile: true },
    {
      key: "fu",
      header: t("hotline.call.followUpAt"),
      className: "whitespace-nowrap",
      cell: (c) => (c.followUpAt ? (c.followUpDoneAt ? <Badge tone="success">{label("callbackOutcome", "done")}</Badge> : formatDateTime(c.followUpAt)) : "—"),
      hideOnMobile: true,
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={calls} rowKey={(c) => c.id} empty={<EmptyState title={t("hotline.noCalls")} />} />;
}

/** The call-back queue, most urgent first; overdue items are marked in words and colour. */
export function FollowUpList({ items, now }: { items: readonly FollowUpItem[]; now: Date }) {
  if (items.length === 0) return <p className="text-stone-600">{t("hotline.callbackQueueEmpty")}</p>;
  return (
    <ul className="divide-y divide-stone-100" aria-label={t("hotline.callbackQueue")}>
      {items.map((f) => (
        <li key={f.callId} className={f.overdue ? "-mx-5 border-s-4 border-red-700 bg-red-50 px-4 py-3" : "py-3"} data-overdue={f.overdue || undefined}>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <Link href={`/hotline/calls/${f.callId}`} prefetch={false} className="flex flex-wrap items-center gap-2 font-medium text-teal-800 hover:underline">
              {f.riskLevel ? <RiskLevelBadge level={f.riskLevel} /> : null}
              <span>
                {t("hotline.dueAt")} {toLocalDate(f.followUpAt) === toLocalDate(now) ? formatTime(f.followUpAt) : `${formatShortDate(f.followUpAt)} ${formatTime(f.followUpAt)}`}
              </span>
            </Link>
            {f.overdue ? <Badge tone="danger">{t("hotline.overdue")}</Badge> : null}
          </div>
          <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-stone-700">
            <Caller resident={f.resident} maskedPhone={f.maskedPhone} />
            <span>{categoriesText(f.categories)}</span>
            <span>
              {t("hotline.call.operator")}：{f.operator.name}
            </span>
            {f.attempts > 0 && f.lastOutcome ? <span>{t("hotline.callback.attempts", { n: f.attempts, last: label("callbackOutcome", f.lastOutcome) })}</span> : null}
          </p>
        </li>
      ))}
    </ul>
  );
}
