// One counsellor as residents and staff see them: initials, name, kind, specialties, a short bio.
// Built from a plain object (never a user row).
import Link from "next/link";
import { Badge } from "@/app/_components/badge";
import { Icon } from "@/app/_components/icon";
import { label } from "@/lib/i18n/messages";
import { InitialsAvatar } from "./initials-avatar";

export interface CounselorCardData {
  id: number;
  name: string;
  kind: string | null;
  title: string | null;
  specialties: string[];
  bio: string | null;
}

export function CounselorCard({ c, href }: { c: CounselorCardData; href?: string }) {
  const body = (
    <>
      <InitialsAvatar name={c.name} id={c.id} />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-center gap-2">
          <span className="text-lg font-semibold text-stone-900">{c.name}</span>
          {c.kind ? (
            <Badge tone={c.kind === "expert" ? "brand" : c.kind === "guide" ? "info" : "neutral"} dot={false}>
              {label("counselorKind", c.kind)}
            </Badge>
          ) : null}
        </span>
        {c.title ? <span className="block text-sm text-stone-600">{c.title}</span> : null}
        {c.specialties.length ? (
          <span className="mt-1 flex flex-wrap gap-1.5">
            {c.specialties.map((s) => (
              <span key={s} className="rounded-md bg-stone-100 px-2 py-0.5 text-sm text-stone-800">
                {s}
              </span>
            ))}
          </span>
        ) : null}
        {c.bio ? <span className="mt-1 line-clamp-2 block text-sm text-stone-700">{c.bio}</span> : null}
      </span>
      {href ? <Icon name="chevronRight" className="size-6 shrink-0 self-center text-stone-500" /> : null}
    </>
  );
  const cls = "flex items-start gap-4 rounded-xl border border-stone-200 bg-white px-4 py-3 shadow-sm";
  return href ? (
    <Link href={href} className={`${cls} hover:border-teal-400 hover:bg-teal-50`}>
      {body}
    </Link>
  ) : (
    <div className={cls}>{body}</div>
  );
}
