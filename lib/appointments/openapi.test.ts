import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("appointments in the OpenAPI document", () => {
  it("describes the services, counselors, slots and appointments endpoints with their zod schemas", () => {
    const doc = openApiDocument();
    for (const p of [
      "/api/v1/services",
      "/api/v1/counselors",
      "/api/v1/counselors/{id}/slots",
      "/api/v1/counselors/{id}/availability",
      "/api/v1/appointments",
      "/api/v1/appointments/{id}",
      "/api/v1/appointments/{id}/confirm",
      "/api/v1/appointments/{id}/cancel",
      "/api/v1/appointments/{id}/complete",
      "/api/v1/appointments/{id}/no-show",
      "/api/v1/appointments/{id}/session-record",
    ]) {
      expect(doc.paths?.[p], p).toBeDefined();
    }
    const post = doc.paths?.["/api/v1/appointments"]?.post;
    expect(JSON.stringify(post?.requestBody)).toContain("counselorId");
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(["201", "409", "422"]));
    // The appointment body never describes session-record fields.
    expect(JSON.stringify(doc.components?.schemas?.AppointmentDetail)).not.toContain("presentingIssue");
  });
});
