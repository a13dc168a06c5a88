// GET /api/v1/calendar/{feedToken}.ics — a counsellor's or room's iCalendar feed, for whoever holds the secret token.
import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { errorResponse } from "@/app/_server/api";
import { resolveFeedToken } from "@/lib/calendar/feeds";
import { roomCalendar, userCalendar } from "@/lib/calendar/ics";
import { t } from "@/lib/i18n/messages";

export async function GET(_req: NextRequest, context: { params: Promise<{ feedToken: string }> }): Promise<Response> {
  const notFound = () => errorResponse("not_found", t("error.notFound"), 404);
  try {
    const { feedToken } = await context.params;
    if (!feedToken.endsWith(".ics")) return notFound();
    const db = getDb();
    const feed = resolveFeedToken(db, feedToken.slice(0, -".ics".length));
    if (!feed) return notFound();
    const now = new Date();
    const body = feed.kind === "user" ? userCalendar(db, feed.userId!, now) : roomCalendar(db, feed.roomId!, now);
    return new Response(body, {
      headers: { "Content-Type": "text/calendar; charset=utf-8", "Content-Disposition": 'inline; filename="ankang.ics"', "Cache-Control": "private, no-store", "X-Robots-Tag": "noindex" },
    });
  } catch (e) {
    console.error("[api] calendar feed failed", e);
    return errorResponse("internal", t("error.internal"), 500);
  }
}
