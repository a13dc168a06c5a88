// The activity's state in words and colour, for staff lists and the resident portal alike.
import { Badge } from "@/app/_components/badge";
import type { Tone } from "@/app/_components/tone";
import type { ActivityStatus, SignupStatus } from "@/db/schema";
import { label } from "@/lib/i18n/messages";

const ACTIVITY_TONES: Record<ActivityStatus, Tone> = { open: "success", full: "warning", closed: "neutral", cancelled: "danger" };
const SIGNUP_TONES: Record<SignupStatus, Tone> = { registered: "success", waitlisted: "warning", cancelled: "neutral", attended: "info", absent: "neutral" };

export function ActivityStatusBadge({ status, ended }: { status: ActivityStatus; ended: boolean }) {
  if (ended && status !== "cancelled") return <Badge tone="neutral">{label("activityStatus", "ended")}</Badge>;
  return <Badge tone={ACTIVITY_TONES[status]}>{label("activityStatus", status)}</Badge>;
}

export function SignupStatusBadge({ status }: { status: SignupStatus }) {
  return <Badge tone={SIGNUP_TONES[status]}>{label("signupStatus", status)}</Badge>;
}
