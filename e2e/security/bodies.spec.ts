import { expect, test } from "@playwright/test";
import { apiToken, bearer, DEMO_USERS } from "../helpers";
import { apiRoutes, PUBLIC_API } from "../routes";

// SECURITY.md item 12: every route that reads a JSON body refuses one over 1 MiB with 413 before
// any work — never a 2xx, never a 500. Each route is tried as each demo account until one whose
// role it accepts (the others get 403 first).
test("every body-reading route refuses an oversize body", async ({ request }) => {
  const routes = apiRoutes().filter((r) => r.takesBody && !PUBLIC_API.has(`${r.method} ${r.path}`));
  expect(routes.length).toBeGreaterThan(30);
  const huge = JSON.stringify({ text: "长".repeat(400_000) }); // 1.2 MB of UTF-8
  const tokens: Record<string, Record<string, string>> = {};
  for (const u of DEMO_USERS) tokens[u] = bearer(await apiToken(request, u));
  for (const r of routes) {
    let answered = 0;
    for (const u of DEMO_USERS) {
      const res = await request.fetch(r.path, { method: r.method, headers: { ...tokens[u], "content-type": "application/json" }, data: huge });
      expect([403, 413], `${u} ${r.method} ${r.path}`).toContain(res.status());
      if (res.status() === 413) {
        expect((await res.json()).error.code).toBe("too_large");
        answered++;
        break;
      }
    }
    expect(answered, `${r.method} ${r.path}: no account reached its body check`).toBe(1);
  }
});
