import { expect, test } from "@playwright/test";
import { apiRoutes, PUBLIC_API } from "../routes";
import { apiToken, bearer } from "../helpers";

// Sweeps every route found in app/: a route added without its checks fails here.

// Dozens of pages, each a full render: a sweep needs more than one page's time.
test.describe.configure({ timeout: 300_000 });

test("every non-public API route refuses an anonymous caller with 401 and the error shape", async ({ request }) => {
  const routes = apiRoutes().filter((r) => !PUBLIC_API.has(`${r.method} ${r.path}`));
  expect(routes.length).toBeGreaterThan(0);
  for (const r of routes) {
    const res = await request.fetch(r.path, { method: r.method, data: r.method === "GET" ? undefined : {} });
    expect(res.status(), `${r.method} ${r.path}`).toBe(401);
    const body = await res.json();
    expect(body.error.code, `${r.method} ${r.path}`).toBe("unauthenticated");
  }
});

// Every page × every role (anonymous → login, a resident → 403 on staff pages, staff → 403 on the
// portal, and each role on each page) is in e2e/authz/matrix.spec.ts.

// An empty body is a complete request for these (the resident's own consent, notifications and
// settings): sent for real it would change the shared demo resident. The matrix covers them.
const EMPTY_IS_VALID = new Set(["POST /api/v1/me/consent/withdraw", "POST /api/v1/notifications/read-all", "PUT /api/v1/me/notification-settings"]);

test("no write route fails with a 500 when a resident sends it an empty body", async ({ request }) => {
  const token = await apiToken(request, "resident");
  const writes = apiRoutes().filter((r) => !PUBLIC_API.has(`${r.method} ${r.path}`) && r.method !== "GET" && !EMPTY_IS_VALID.has(`${r.method} ${r.path}`));
  expect(writes.length).toBeGreaterThan(60);
  for (const r of writes) {
    // An id no record has: a route that takes an empty body still changes nothing.
    const res = await request.fetch(r.path.replace(/\/1(?=\/|$)/g, "/999999999"), { method: r.method, headers: bearer(token), data: {} });
    expect(res.status(), `${r.method} ${r.path}`).toBeLessThan(500);
  }
});
