// A counsellor's initials in a circle (no photos are kept): the given name's last two characters.
// Decorative — the name is always written beside it.
import clsx from "clsx";

const TONES = ["bg-teal-100 text-teal-900", "bg-sky-100 text-sky-900", "bg-amber-100 text-amber-950", "bg-rose-100 text-rose-900", "bg-emerald-100 text-emerald-900", "bg-violet-100 text-violet-900"];

export function InitialsAvatar({ name, id, size = "md" }: { name: string; id: number; size?: "md" | "lg" }) {
  const initials = name.length > 2 ? name.slice(-2) : name;
  return (
    <span aria-hidden="true" className={clsx("inline-flex shrink-0 items-center justify-center rounded-full font-semibold", TONES[id % TONES.length], size === "lg" ? "size-16 text-xl" : "size-12 text-base")}>
      {initials}
    </span>
  );
}
