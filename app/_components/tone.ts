// The few colour tones every status-like element shares (badges, calendar events, notices), so a
// "warning" looks the same everywhere. Text/background pairs meet WCAG AA (≥ 4.5:1).
export type Tone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";

/** Soft background, dark text, matching border: badges and calendar events. */
export const SOFT_TONE: Record<Tone, string> = {
  neutral: "bg-stone-100 text-stone-800 border-stone-300",
  brand: "bg-teal-50 text-teal-900 border-teal-300",
  info: "bg-sky-50 text-sky-900 border-sky-300",
  success: "bg-emerald-50 text-emerald-900 border-emerald-300",
  warning: "bg-amber-50 text-amber-900 border-amber-300",
  danger: "bg-red-50 text-red-900 border-red-300",
};

/** A small solid marker (dot or bar) of the same tone. */
export const DOT_TONE: Record<Tone, string> = {
  neutral: "bg-stone-500",
  brand: "bg-teal-600",
  info: "bg-sky-600",
  success: "bg-emerald-600",
  warning: "bg-amber-500",
  danger: "bg-red-600",
};

/** A strong inline-start border of the tone: the edge of a calendar event. */
export const BAR_TONE: Record<Tone, string> = {
  neutral: "border-s-stone-500",
  brand: "border-s-teal-700",
  info: "border-s-sky-700",
  success: "border-s-emerald-700",
  warning: "border-s-amber-500",
  danger: "border-s-red-700",
};
