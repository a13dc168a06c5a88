import { expect, test } from "@playwright/test";
import { apiRoutes, pageRoutes, PUBLIC_API, PUBLIC_PAGES } from "../routes";
import { apiToken, bearer, signInAs } from "../helpers";

// Sweeps every route found in app/: a route added without its checks fails here.

const isPortal = (p: string) => p === "/me" || p.startsWith("/me/");

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

// HTTP requests, not page renders: the status and where it leads are what is under test, and a
// sweep of every page in a browser costs minutes of CI.
test("every non-public page sends an anonymous visitor to the login page", async ({ request }) => {
  for (const p of pageRoutes().filter((p) => !PUBLIC_PAGES.some((re) => re.test(p)))) {
    const res = await request.get(p, { maxRedirects: 0 });
    expect([302, 303, 307, 308], p).toContain(res.status());
    expect(new URL(res.headers().location ?? "", "http://x").pathname, p).toBe("/login");
  }
});

test("a resident reaches no staff page: 403, 404 or sent to their portal", async ({ page }) => {
  await signInAs(page, "resident");
  for (const p of pageRoutes().filter((p) => !PUBLIC_PAGES.some((re) => re.test(p)) && !isPortal(p) && p !== "/")) {
    // The browser context's cookies, without rendering the page.
    const res = await page.request.get(p);
    const status = res.status();
    const landed = new URL(res.url()).pathname;
    expect(status === 403 || status === 404 || landed.startsWith("/me"), `${p} → ${status} ${landed}`).toBe(true);
  }
});

test("a staff member without the resident role is refused the resident portal", async ({ page }) => {
  await signInAs(page, "teacher");
  for (const p of pageRoutes().filter(isPortal)) {
    const res = await page.request.get(p);
    expect([403, 404], p).toContain(res.status());
  }
});

test("no write route fails with a 500 when a resident sends it an empty body", async ({ request }) => {
  const token = await apiToken(request, "resident");
  for (const r of apiRoutes().filter((r) => !PUBLIC_API.has(`${r.method} ${r.path}`) && r.method !== "GET")) {
    const res = await request.fetch(r.path, { method: r.method, headers: bearer(token), data: {} });
    expect(res.status(), `${r.method} ${r.path}`).toBeLessThan(500);
  }
});
