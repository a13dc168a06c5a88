// GET /api/v1/openapi.json — the OpenAPI 3.1 document generated from the zod schemas.
import { openApiDocument } from "@/lib/openapi/document";

let cached: unknown = null;

export function GET() {
  cached ??= openApiDocument();
  return Response.json(cached);
}
