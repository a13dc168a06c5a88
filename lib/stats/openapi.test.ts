import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document";

describe("OpenAPI document", () => {
  it("describes the statistics and export endpoints with their query parameters", () => {
    const doc = openApiDocument();
    const paths = doc.paths ?? {};
    for (const p of ["/api/v1/stats/monthly", "/api/v1/exports/monthly.xlsx", "/api/v1/exports/monthly.csv"]) expect(Object.keys(paths)).toContain(p);
    const monthly = JSON.stringify(paths["/api/v1/stats/monthly"]?.get);
    expect(monthly).toContain('"name":"month"');
    expect(monthly).toContain("#/components/schemas/StatsReport");
    expect(JSON.stringify(doc.components?.schemas?.StatsReport)).toContain("closureRate");
    expect(JSON.stringify(paths["/api/v1/exports/monthly.xlsx"]?.get)).toContain("spreadsheetml");
  });
});
