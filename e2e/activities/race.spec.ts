import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { createActivityVia, registerResidents } from "./helpers";

// Thirty residents registered through the registration form's server action (there is no registration API), then all at once.
test("30 parallel sign-ups for the last place: exactly one registered, the rest waitlisted; a resident's parallel repeats give one sign-up", async ({ request, playwright, baseURL }) => {
  test.setTimeout(600_000);
  const phones = await registerResidents(playwright, "1370000", 30);
  const tokens = await Promise.all(phones.map((p) => apiToken(request, p, "Spring2026ok")));
  const { id } = await createActivityVia(request, { room: "sandplay", fromDays: 60, capacity: 2, title: "最后一个名额" });
  const r1 = await apiToken(request, "resident");
  expect((await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r1) })).status()).toBe(201);

  // A fresh client for the burst: thirty new connections at once, none an idle keep-alive the server may have closed.
  const burst = await playwright.request.newContext({ baseURL });
  const results = await Promise.all(tokens.map((tk) => burst.post(`/api/v1/activities/${id}/signups`, { headers: bearer(tk) })));
  expect(results.map((r) => r.status())).toEqual(Array(30).fill(201));
  const statuses = await Promise.all(results.map(async (r) => (await r.json()).status as string));
  expect(statuses.filter((s) => s === "registered")).toHaveLength(1);
  expect(statuses.filter((s) => s === "waitlisted")).toHaveLength(29);

  const repeats = await Promise.all(Array.from({ length: 10 }, () => burst.post(`/api/v1/activities/${id}/signups`, { headers: bearer(tokens[0]) })));
  await burst.dispose();
  expect(repeats.map((r) => r.status())).toEqual(Array(10).fill(409));

  const teacher = await apiToken(request, "teacher");
  const roster = await (await request.get(`/api/v1/activities/${id}/signups`, { headers: bearer(teacher) })).json();
  expect(roster.registered).toHaveLength(2);
  expect(roster.waitlist).toHaveLength(29);
  expect(roster.waitlist.map((w: { waitlistPosition: number }) => w.waitlistPosition)).toEqual(Array.from({ length: 29 }, (_, i) => i + 1));
  expect(await (await request.get(`/api/v1/activities/${id}`, { headers: bearer(teacher) })).json()).toMatchObject({ registered: 2, waitlisted: 29, status: "full" });
});
