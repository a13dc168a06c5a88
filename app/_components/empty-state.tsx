// Use when a list or area has nothing to show yet: say so plainly and, where it helps, offer the
// next step (e.g. a "新建" button). Not for errors — those go in FormMessage or error.tsx.
import type { ReactNode } from "react";
import { Icon, type IconName } from "./icon";

export function EmptyState({ title, description, action, icon = "inbox" }: { title: ReactNode; description?: ReactNode; action?: ReactNode; icon?: IconName }) {
  return (
    <div data-empty-state className="flex flex-col items-center rounded-xl border border-dashed border-stone-300 bg-white px-6 py-10 text-center">
      <span className="mb-3 flex size-12 items-center justify-center rounded-full bg-stone-100 text-stone-600">
        <Icon name={icon} className="size-6" />
      </span>
      <p className="font-medium text-stone-900">{title}</p>
      {description ? <p className="mt-1 max-w-md text-sm text-stone-600">{description}</p> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  );
}
