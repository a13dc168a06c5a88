// Use for lists of records (accounts, calls, cases). Server-rendered: columns say how to render a
// cell from a row you built for the page (never a whole DB row). Put a FilterBar above it and a
// Pagination below it. On narrow screens the table scrolls sideways inside its own focusable box.
import type { ReactNode } from "react";
import clsx from "clsx";
import { t } from "@/lib/i18n/messages";
import { EmptyState } from "./empty-state";

export interface Column<T> {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  align?: "start" | "end" | "center";
  /** Extra classes for the column's cells, e.g. "whitespace-nowrap" or a width. */
  className?: string;
  /** Hide on small screens (below 640 px) — only for columns that are not essential. */
  hideOnMobile?: boolean;
}

interface Props<T> {
  /** Read by screen readers as the table's name; also shown when `showCaption`. */
  caption: string;
  showCaption?: boolean;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
}

const ALIGN = { start: "text-start", end: "text-end", center: "text-center" } as const;

export function DataTable<T>({ caption, showCaption = false, columns, rows, rowKey, empty }: Props<T>) {
  if (rows.length === 0) return <>{empty ?? <EmptyState title={t("ui.empty")} />}</>;
  return (
    <div role="region" aria-label={caption} tabIndex={0} className="overflow-x-auto rounded-xl border border-stone-200 bg-white">
      <table className="w-full border-collapse text-start text-sm sm:text-base">
        <caption className={showCaption ? "px-4 py-3 text-start font-medium text-stone-900" : "sr-only"}>{caption}</caption>
        <thead className="bg-stone-50">
          <tr>
            {columns.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={clsx("border-b border-stone-200 px-4 py-3 font-medium whitespace-nowrap text-stone-700", ALIGN[c.align ?? "start"], c.hideOnMobile && "max-sm:hidden")}
              >
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className="border-b border-stone-100 last:border-b-0 hover:bg-stone-50/70">
              {columns.map((c) => (
                <td key={c.key} className={clsx("px-4 py-3 align-top text-stone-900", ALIGN[c.align ?? "start"], c.hideOnMobile && "max-sm:hidden", c.className)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
