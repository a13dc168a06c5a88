import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("OpenAPI document", () => {
  it("describes the care endpoints from the same zod schemas", () => {
    const doc = openApiDocument();
    const paths = doc.paths ?? {};
    for (const p of ["/api/v1/care/persons", "/api/v1/care/persons/{id}", "/api/v1/care/persons/{id}/visits", "/api/v1/care/visits/due", "/api/v1/care/activities", "/api/v1/care/settings"]) {
      expect(Object.keys(paths)).toContain(p);
    }
    expect(JSON.stringify(paths["/api/v1/care/persons"]?.post)).toContain("riskColor");
    expect(JSON.stringify(paths["/api/v1/care/persons/{id}/visits"]?.post)).toContain("observations");
  });
});
