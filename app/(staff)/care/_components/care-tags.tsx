// How a person's groups and due state read everywhere in the area: words, never colour alone.
import { Badge } from "@/app/_components/badge";
import type { CareGroup, LeftBehindKind } from "@/db/schema";
import { label, t } from "@/lib/i18n/messages";
import { formatShortDate, parseLocalDate } from "@/lib/time";

export function groupName(g: { group: CareGroup; leftBehindKind: LeftBehindKind | null }): string {
  return g.group === "left_behind" && g.leftBehindKind ? label("leftBehindKind", g.leftBehindKind) : label("careGroup", g.group);
}

export function GroupTags({ groups }: { groups: readonly { group: CareGroup; leftBehindKind: LeftBehindKind | null }[] }) {
  return (
    <ul className="flex flex-wrap gap-1.5">
      {groups.map((g) => (
        <li key={g.group}>
          <Badge tone={g.group === "corrections" || g.group === "petitioner" ? "info" : "brand"} dot={false}>
            {groupName(g)}
          </Badge>
        </li>
      ))}
    </ul>
  );
}

/** "已逾期 5 天" / "今天到期" / "12月3日 周四 到期". */
export function dueText(nextVisitDue: string | null, overdueDays: number, today: string): string {
  if (!nextVisitDue) return t("care.noNextVisit");
  if (overdueDays > 0) return t("care.overdueDays", { days: overdueDays });
  if (nextVisitDue === today) return t("care.dueToday");
  return t("care.dueOn", { date: formatShortDate(parseLocalDate(nextVisitDue)!) });
}

export function DueBadge({ nextVisitDue, overdueDays, today }: { nextVisitDue: string | null; overdueDays: number; today: string }) {
  const tone = !nextVisitDue ? "neutral" : overdueDays > 0 ? "danger" : nextVisitDue === today ? "warning" : "neutral";
  return <Badge tone={tone}>{dueText(nextVisitDue, overdueDays, today)}</Badge>;
}
