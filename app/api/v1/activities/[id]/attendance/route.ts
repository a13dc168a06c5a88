// POST /api/v1/activities/{id}/attendance — its teachers or the admin mark registered residents present or absent (from an hour before the start).
import { apiRoute, idParam } from "@/app/_server/api";
import { recordAttendance } from "@/lib/activities/record-attendance";
import { attendanceSchema } from "@/lib/activities/schemas";

export const POST = apiRoute({ roles: ["teacher", "admin"], body: attendanceSchema }, ({ ctx, body, params }) => ({ body: { items: recordAttendance(ctx, idParam(params), body) } }));
