import "server-only";
import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors";

/** A numeric id from a route segment; anything else is a 404. */
export function pageId(raw: string): number {
  const id = /^\d{1,12}$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isSafeInteger(id) || id <= 0) notFound();
  return id;
}

/** Runs a lib read for a page: its not-found and forbidden become Next's 404 and 403 pages. */
export function orPageError<T>(read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    if (e instanceof AppError && e.code === "forbidden") forbidden();
    throw e;
  }
}
