// Use above a list: a GET form whose fields become the page's searchParams, so a filtered list
// has a shareable URL and works without JavaScript. Put TextField (type="search") and
// SelectField (allLabel="全部") inside with `defaultValue` from searchParams; the page reads and
// validates them with its zod schema. Changing a filter starts again at the first page.
import Form from "next/form";
import type { ReactNode } from "react";
import { t } from "@/lib/i18n/messages";
import { Button, ButtonLink } from "./button";

interface Props {
  /** The list page's path, e.g. "/admin/users". */
  action: string;
  /** A label for the filter region, e.g. "筛选账号". */
  label?: string;
  children: ReactNode;
  /** Show the "清除筛选" link (when any filter is set). */
  active?: boolean;
}

export function FilterBar({ action, label = t("ui.filter"), children, active = false }: Props) {
  return (
    <Form action={action} role="search" aria-label={label} className="mb-4 flex flex-wrap items-end gap-3 rounded-xl border border-stone-200 bg-white p-4">
      {children}
      <div className="flex gap-2">
        <Button type="submit" variant="primary" icon="search">
          {t("ui.filter")}
        </Button>
        {active ? (
          <ButtonLink href={action} variant="ghost">
            {t("ui.clearFilters")}
          </ButtonLink>
        ) : null}
      </div>
    </Form>
  );
}
