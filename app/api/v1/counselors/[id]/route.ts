// GET /api/v1/counselors/{id} — one counsellor's profile. PATCH — change it (the counsellor themselves, or an admin).
import { apiRoute, idParam } from "@/app/_server/api";
import { counselorJson } from "@/lib/appointments/api-schemas";
import { getCounselor } from "@/lib/counselors/queries";
import { updateCounselorProfileSchema } from "@/lib/counselors/schemas";
import { updateCounselorProfile } from "@/lib/counselors/update-counselor-profile";

export const GET = apiRoute({}, ({ ctx, params }) => ({ body: counselorJson(getCounselor(ctx, idParam(params))) }));

export const PATCH = apiRoute({ body: updateCounselorProfileSchema }, ({ ctx, body, params }) => {
  const id = idParam(params);
  updateCounselorProfile(ctx, id, body);
  return { body: counselorJson(getCounselor(ctx, id)) };
});
