import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("OpenAPI document", () => {
  it("describes the notifications and calendar-feed endpoints", () => {
    const paths = openApiDocument().paths ?? {};
    for (const p of ["/api/v1/notifications", "/api/v1/notifications/{id}/read", "/api/v1/notifications/read-all", "/api/v1/me/notification-settings", "/api/v1/me/calendar-feed", "/api/v1/me/calendar-feed/reset", "/api/v1/calendar/{feedToken}.ics"]) {
      expect(Object.keys(paths)).toContain(p);
    }
    expect(JSON.stringify(paths["/api/v1/notifications"]?.get)).toContain("readAt");
  });
});
