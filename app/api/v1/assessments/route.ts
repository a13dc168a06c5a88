// POST /api/v1/assessments — PHQ-9 or GAD-7 answers → {score, band, alert}. Open to an anonymous kiosk (nothing identifying is
// stored); a signed-in resident's result is kept in their file. An alert also queues a triage item for the counsellors.
import type { NextRequest } from "next/server";
import { auth } from "@/app/_server/auth";
import { publicRoute } from "@/app/_server/api";
import type { Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/sessions";
import type { AnonCtx } from "@/lib/context";
import { appError } from "@/lib/errors";
import { SCALES } from "@/lib/assessments/scales";
import { submitAssessmentSchema } from "@/lib/assessments/schemas";
import { submitAssessment } from "@/lib/assessments/submit-assessment";

/**
 * The caller, if any: a bearer token must be valid (else 401, as everywhere); a browser session
 * counts only with a same-origin Origin, so another site cannot file results in a resident's name.
 */
async function optionalActor(req: NextRequest, ctx: AnonCtx): Promise<Actor | null> {
  const header = req.headers.get("authorization");
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = m ? resolveSession(ctx.db, { token: m[1] }, ctx.now) : null;
    if (!actor) throw appError("unauthenticated");
    return actor;
  }
  if (req.headers.get("origin") !== req.nextUrl.origin) return null;
  const session = await auth();
  return session?.sid ? resolveSession(ctx.db, { sessionId: session.sid }, ctx.now) : null;
}

export const POST = publicRoute({ body: submitAssessmentSchema }, async ({ ctx, body, req }) => {
  const actor = await optionalActor(req, ctx);
  const r = submitAssessment({ ...ctx, actor }, body);
  return { status: 201, body: { score: r.score, band: r.band, alert: r.alert, maxScore: SCALES[body.scale].max } };
});
