// GET /api/v1/health — liveness, no database work: the framework floor for benchmarks.
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
