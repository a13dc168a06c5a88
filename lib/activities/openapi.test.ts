import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("activities and assessments in the OpenAPI document", () => {
  it("describes every endpoint, requests from their zod schemas", () => {
    const doc = openApiDocument();
    for (const p of [
      "/api/v1/activities",
      "/api/v1/activities/{id}",
      "/api/v1/activities/{id}/cancel",
      "/api/v1/activities/{id}/signups",
      "/api/v1/activities/{id}/signups/cancel",
      "/api/v1/activities/{id}/attendance",
      "/api/v1/activities/{id}/feedback",
      "/api/v1/assessments",
      "/api/v1/assessments/alerts",
      "/api/v1/assessments/alerts/{id}/handle",
    ]) {
      expect(doc.paths?.[p], p).toBeDefined();
    }
    const post = doc.paths?.["/api/v1/activities"]?.post;
    expect(JSON.stringify(post?.requestBody)).toContain("capacity");
    expect(Object.keys(post?.responses ?? {})).toEqual(expect.arrayContaining(["201", "409", "422"]));
    expect(JSON.stringify(doc.paths?.["/api/v1/assessments"]?.post?.requestBody)).toContain("answers");
  });
});
