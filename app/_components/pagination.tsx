// Use below a cursor-paged list (the API's `{ items, nextCursor }`): "下一页" carries the cursor,
// "回到第一页" drops it; every other search param (filters) is kept.
import { t } from "@/lib/i18n/messages";
import { ButtonLink } from "./button";

export type SearchParams = Record<string, string | string[] | undefined>;

/** The list URL with `cursor` set (or removed when null), keeping the other params. */
export function hrefWithCursor(pathname: string, searchParams: SearchParams, cursor: string | null, param = "cursor"): string {
  const qs = new URLSearchParams();
  for (const [key, value] of Object.entries(searchParams)) {
    if (key === param || value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) qs.append(key, v);
  }
  if (cursor) qs.set(param, cursor);
  const s = qs.toString();
  return s ? `${pathname}?${s}` : pathname;
}

interface Props {
  pathname: string;
  searchParams: SearchParams;
  nextCursor: string | null;
  /** The name of the cursor param, if not "cursor". */
  param?: string;
}

export function Pagination({ pathname, searchParams, nextCursor, param = "cursor" }: Props) {
  const onLaterPage = typeof searchParams[param] === "string" && searchParams[param] !== "";
  if (!onLaterPage && !nextCursor) return null;
  return (
    <nav aria-label={t("ui.pagination")} className="mt-4 flex flex-wrap justify-between gap-3">
      {onLaterPage ? (
        <ButtonLink href={hrefWithCursor(pathname, searchParams, null, param)} icon="chevronLeft">
          {t("ui.firstPage")}
        </ButtonLink>
      ) : (
        <span />
      )}
      {nextCursor ? (
        <ButtonLink href={hrefWithCursor(pathname, searchParams, nextCursor, param)} icon="chevronRight" className="flex-row-reverse">
          {t("ui.nextPage")}
        </ButtonLink>
      ) : null}
    </nav>
  );
}
