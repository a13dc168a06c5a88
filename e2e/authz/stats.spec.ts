import { expect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// The statistics span every area: staff of any other role get 403 for the page and the print view
// (residents and anonymous visitors are covered by sweep.spec.ts; the API by api/stats.spec.ts).

// Two roles stand for the rest (each role's API refusal is in api/stats.spec.ts).
for (const user of ["counselor", "mediator"]) {
  test(`${user} is refused the statistics pages`, async ({ page }) => {
    await signInAs(page, user);
    // The server's answers, without a browser render.
    for (const path of ["/stats", "/stats/print?period=2026-11"]) {
      const res = await page.request.get(path);
      expect(res.status(), `${user} ${path}`).toBe(403);
    }
    const home = await page.request.get("/home");
    expect(home.status()).toBe(200);
    expect(await home.text()).not.toContain('href="/stats"');
  });
}
