import type { Tone } from "@/app/_components/tone";
import type { AppointmentStatus } from "@/db/schema";

/** One colour per appointment state, everywhere a status badge is shown. */
export const STATUS_TONES: Partial<Record<AppointmentStatus, Tone>> = {
  requested: "warning",
  confirmed: "success",
  checked_in: "brand",
  completed: "info",
  cancelled: "neutral",
  declined: "danger",
  no_show: "neutral",
};
