// Use at the top of every page: the page's one <h1>, a sentence of context, and the page's main
// actions (e.g. "新建"). `back` adds a link to the parent page above the title.
import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "./icon";

interface Props {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  back?: { href: string; label: string };
}

export function PageHeader({ title, description, actions, back }: Props) {
  return (
    <header className="mb-6 flex flex-wrap items-end justify-between gap-4">
      <div className="min-w-0">
        {back ? (
          <Link href={back.href} className="mb-2 inline-flex min-h-8 items-center gap-1 text-sm text-teal-800 hover:underline">
            <Icon name="chevronLeft" className="size-4" />
            {back.label}
          </Link>
        ) : null}
        <h1 className="text-2xl font-semibold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
        {description ? <p className="mt-1.5 max-w-3xl text-stone-600">{description}</p> : null}
      </div>
      {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
    </header>
  );
}
