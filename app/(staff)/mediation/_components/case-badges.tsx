// The status and deadline of a case, as words with a tone (never colour alone).
import { Badge } from "@/app/_components/badge";
import { StatusBadge } from "@/app/_components/status-badge";
import type { Tone } from "@/app/_components/tone";
import type { MediationStatus } from "@/db/schema";
import type { CaseDeadline } from "@/lib/mediation/deadlines";
import { label, t } from "@/lib/i18n/messages";

const STATUS_TONES: Partial<Record<MediationStatus, Tone>> = {
  registered: "info",
  accepted: "brand",
  in_mediation: "brand",
  agreed: "success",
  judicial_confirmation: "success",
  failed: "warning",
};

export function CaseStatusBadge({ status }: { status: MediationStatus }) {
  return <StatusBadge group="mediationStatus" code={status} tones={STATUS_TONES} />;
}

/** "调解期限超期 3 天" / "回访期限剩 2 天" / "调解期限至 2026-12-30". */
export function deadlineText(d: CaseDeadline): string {
  const kind = label("mediationDeadlineKind", d.kind);
  if (d.state === "overdue") return t("mediation.deadline.overdue", { kind, days: -d.days });
  if (d.days === 0) return t("mediation.deadline.today", { kind });
  if (d.state === "near") return t("mediation.deadline.near", { kind, days: d.days });
  return t("mediation.deadline.ok", { kind, date: d.dueOn });
}

export function DeadlineBadge({ deadline }: { deadline: CaseDeadline | null }) {
  if (!deadline) return null;
  const tone: Tone = deadline.state === "overdue" ? "danger" : deadline.state === "near" ? "warning" : "neutral";
  return <Badge tone={tone}>{deadlineText(deadline)}</Badge>;
}
