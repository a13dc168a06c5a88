import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("rooms in the OpenAPI document", () => {
  it("describes the rooms and reservations endpoints, requests with their zod schemas", () => {
    const doc = openApiDocument();
    for (const p of ["/api/v1/rooms", "/api/v1/rooms/{id}/reservations", "/api/v1/reservations", "/api/v1/reservations/{id}/cancel", "/api/v1/reservation-series", "/api/v1/blackouts"]) {
      expect(doc.paths?.[p], p).toBeDefined();
    }
    const post = doc.paths?.["/api/v1/reservations"]?.post;
    expect(JSON.stringify(post?.requestBody)).toContain("startAt");
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(["201", "409", "422"]));
  });
});
