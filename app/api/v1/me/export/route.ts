// GET /api/v1/me/export — a resident's copy of their own data (JSON file, times in +08:00); audited.
import { apiRoute } from "@/app/_server/api";
import { exportOwnData } from "@/lib/residents/export-own-data";
import { toIsoLocal } from "@/lib/time";

const localTimes = (_key: string, value: unknown) => (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) ? toIsoLocal(new Date(value)) : value);

export const GET = apiRoute({ roles: ["resident"] }, ({ ctx }) => {
  const data = exportOwnData(ctx);
  return new Response(JSON.stringify(data, localTimes, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="ankang-my-data-${toIsoLocal(ctx.now).slice(0, 10)}.json"`,
      "Cache-Control": "no-store",
    },
  });
});
