import { appError } from "../errors";
import { t } from "../i18n/messages";

const bad = () => appError("validation", undefined, { cursor: [t("hotline.error.invalidCursor")] });

/** Keyset cursor of a list ordered by (time, id): "<ms>_<id>". */
export function encodeKeyset(at: Date, id: number): string {
  return `${at.getTime()}_${id}`;
}

export function decodeKeyset(cursor: string | undefined): { at: Date; id: number } | undefined {
  if (!cursor) return undefined;
  const m = /^(\d{1,15})_(\d{1,12})$/.exec(cursor);
  if (!m) throw bad();
  return { at: new Date(Number(m[1])), id: Number(m[2]) };
}

/** Offset cursor for lists whose order is not a stable key (the call-back queue): "o<n>". */
export function decodeOffset(cursor: string | undefined): number {
  if (!cursor) return 0;
  const m = /^o(\d{1,6})$/.exec(cursor);
  if (!m) throw bad();
  return Number(m[1]);
}

export const encodeOffset = (n: number) => `o${n}`;
