import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("OpenAPI document", () => {
  it("describes the hotline endpoints from the same zod schemas", () => {
    const doc = openApiDocument();
    const paths = Object.keys(doc.paths ?? {});
    for (const p of ["/api/v1/hotline/shifts", "/api/v1/hotline/calls", "/api/v1/hotline/calls/{id}", "/api/v1/hotline/follow-ups", "/api/v1/hotline/calls/{id}/callbacks"]) {
      expect(paths).toContain(p);
    }
    expect(JSON.stringify(doc.paths?.["/api/v1/hotline/calls"]?.post)).toContain("riskLevel");
  });
});
