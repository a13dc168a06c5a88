import "server-only";
import type { ExportFile } from "@/lib/stats/export-report";

// Shared by the export routes beside this file (not a route itself: only route.ts files are).

/** A file download: the Chinese file name per RFC 6266 (filename* in UTF-8) and an ASCII fallback. */
export function downloadResponse(file: ExportFile, asciiName: string): Response {
  return new Response(Buffer.from(file.body), {
    status: 200,
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
