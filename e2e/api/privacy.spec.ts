import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";

test("a resident downloads their own data as a JSON file in centre time; staff cannot", async ({ request }) => {
  const res = await request.get("/api/v1/me/export", { headers: bearer(await apiToken(request, "resident2")) });
  expect(res.status()).toBe(200);
  expect(res.headers()["content-disposition"]).toMatch(/^attachment; filename="ankang-my-data-\d{4}-\d{2}-\d{2}\.json"$/);
  const body = await res.json();
  expect(body.profile.name).toBeTruthy();
  expect(body.exportedAt).toMatch(/\+08:00$/);
  for (const key of ["appointments", "reservations", "activities", "assessments"]) expect(Array.isArray(body[key]), key).toBe(true);
  expect(JSON.stringify(body)).not.toContain("passwordHash");
  expect((await request.get("/api/v1/me/export", { headers: bearer(await apiToken(request, "counselor")) })).status()).toBe(403);
  expect((await request.post("/api/v1/me/consent/withdraw", { headers: bearer(await apiToken(request, "teacher")) })).status()).toBe(403);
});
