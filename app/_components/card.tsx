// Use to group one topic on a page (a widget on the home page, a section of a record, a form).
// With a title it becomes a labelled region; pass `actions` for a link or button at the top right.
import type { ReactNode } from "react";
import { useId } from "react";
import clsx from "clsx";

interface Props {
  title?: ReactNode;
  /** Heading level of the title: h2 on most pages, h3 inside an h2 section. */
  titleAs?: "h2" | "h3";
  description?: ReactNode;
  actions?: ReactNode;
  children?: ReactNode;
  className?: string;
  /** Removes the inner padding, e.g. for a table that runs edge to edge. */
  flush?: boolean;
}

export function Card({ title, titleAs: Heading = "h2", description, actions, children, className, flush = false }: Props) {
  const id = useId();
  return (
    <section aria-labelledby={title ? id : undefined} className={clsx("rounded-xl border border-stone-200 bg-white shadow-sm", className)}>
      {title || actions ? (
        <header className="flex flex-wrap items-start justify-between gap-3 border-b border-stone-100 px-5 py-4">
          <div className="min-w-0">
            {title ? (
              <Heading id={id} className="text-lg font-semibold text-stone-900">
                {title}
              </Heading>
            ) : null}
            {description ? <p className="mt-0.5 text-sm text-stone-600">{description}</p> : null}
          </div>
          {actions ? <div className="flex shrink-0 flex-wrap gap-2">{actions}</div> : null}
        </header>
      ) : null}
      <div className={flush ? undefined : "px-5 py-4"}>{children}</div>
    </section>
  );
}
