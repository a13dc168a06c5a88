import "server-only";
import { notFound } from "next/navigation";
import { getActivity, type ActivityDetail } from "@/lib/activities/queries";
import type { Ctx } from "@/lib/context";
import { AppError } from "@/lib/errors";

/** The activity of a page's [id], or Next's 404 page for a bad or unknown id. */
export function activityForPage(ctx: Ctx, rawId: string): ActivityDetail {
  const id = /^\d{1,10}$/.test(rawId) ? Number(rawId) : 0;
  if (!id) notFound();
  try {
    return getActivity(ctx, id);
  } catch (e) {
    if (e instanceof AppError && e.code === "not_found") notFound();
    throw e;
  }
}
