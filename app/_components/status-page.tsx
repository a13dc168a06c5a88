// Use for whole-page states: not found, forbidden, unexpected error. `framed` centres it on the
// page with the brand (outside any shell); unframed sits inside a shell's main area.
import type { ReactNode } from "react";
import Link from "next/link";
import { Brand } from "./brand-mark";
import { Icon, type IconName } from "./icon";

interface Props {
  code?: string;
  title: string;
  body: ReactNode;
  icon?: IconName;
  actions?: ReactNode;
  framed?: boolean;
}

export function StatusPage({ code, title, body, icon = "info", actions, framed = false }: Props) {
  const content = (
    <div className="mx-auto max-w-lg rounded-2xl border border-stone-200 bg-white p-8 text-center shadow-sm">
      <span className="mx-auto mb-4 flex size-14 items-center justify-center rounded-full bg-teal-50 text-teal-800">
        <Icon name={icon} className="size-7" />
      </span>
      {code ? <p className="text-sm font-medium tracking-widest text-stone-600">{code}</p> : null}
      <h1 className="mt-1 text-2xl font-semibold text-stone-900">{title}</h1>
      <div className="mt-3 text-stone-700">{body}</div>
      {actions ? <div className="mt-6 flex flex-wrap justify-center gap-3">{actions}</div> : null}
    </div>
  );
  if (!framed) return <div className="py-8">{content}</div>;
  return (
    <main className="flex min-h-dvh flex-col items-center justify-center gap-8 px-4 py-10">
      <Link href="/" className="rounded-lg">
        <Brand />
      </Link>
      {content}
    </main>
  );
}
