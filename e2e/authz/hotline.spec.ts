import { expect, test, type Page, type Response } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { logCall, routineCall } from "../hotline/helpers";

// Hotline call records (summaries above all) are for hotline staff and admin only: a counsellor
// without the hotline role, a teacher, a carer, a mediator and a resident get 403 on every hotline
// endpoint and page, and never a summary in JSON or HTML.

const OUTSIDERS = ["counselor2", "teacher", "carer", "mediator", "resident"] as const;

/** A refused page, rendered in the browser: HTTP 403 and the 无权访问 page (noindex), nothing of the hotline. */
async function expectRefused(page: Page, res: Response | null, who: string, path: string) {
  expect(res?.status(), `${who} ${path}`).toBe(403);
  // After streaming the refusal renders once the page has hydrated: slow on a loaded machine.
  await expect(page.getByRole("heading", { name: "无权访问" }), `${who} ${path}`).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first(), `${who} ${path}`).toBeAttached();
  await expect(page.getByRole("form", { name: "来电记录" }), `${who} ${path}`).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 1, name: /热线|来电|排班/ }), `${who} ${path}`).toHaveCount(0);
}

test.describe("hotline: who may see and change what", () => {
  test.describe.configure({ timeout: 120_000 });
  test("outsiders get 403 on every call endpoint and the summary never reaches them", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const marker = `热线机密${Date.now()}`;
    const id = await logCall(request, op, { summary: marker, riskLevel: "medium", followUpAt: new Date(Date.now() + 3_600_000).toISOString() });
    for (const who of OUTSIDERS) {
      const h = bearer(await apiToken(request, who));
      const calls: [string, Promise<import("@playwright/test").APIResponse>][] = [
        ["GET calls", request.get("/api/v1/hotline/calls", { headers: h })],
        ["GET call", request.get(`/api/v1/hotline/calls/${id}`, { headers: h })],
        ["POST calls", request.post("/api/v1/hotline/calls", { headers: h, data: routineCall() })],
        ["PUT call", request.put(`/api/v1/hotline/calls/${id}`, { headers: h, data: routineCall() })],
        ["GET follow-ups", request.get("/api/v1/hotline/follow-ups", { headers: h })],
        ["POST callbacks", request.post(`/api/v1/hotline/calls/${id}/callbacks`, { headers: h, data: { outcome: "done" } })],
        ["POST resident", request.post(`/api/v1/hotline/calls/${id}/resident`, { headers: h, data: { residentId: null } })],
        ["GET residents", request.get("/api/v1/hotline/residents?q=张", { headers: h })],
        ["POST shifts", request.post("/api/v1/hotline/shifts", { headers: h, data: { startAt: "2027-01-01T08:00:00+08:00", endAt: "2027-01-01T14:00:00+08:00", staffIds: [] } })],
        ["GET handover", request.get("/api/v1/hotline/shifts/1/handover-notes", { headers: h })],
      ];
      for (const [name, p] of calls) {
        const res = await p;
        expect(res.status(), `${who} ${name}`).toBe(403);
        expect(await res.text(), `${who} ${name}`).not.toContain(marker);
      }
    }
    // Nothing changed: the call-back is still open.
    const detail = await (await request.get(`/api/v1/hotline/calls/${id}`, { headers: bearer(op) })).json();
    expect(detail.callbacks).toEqual([]);
    expect(detail.summary).toBe(marker);
  });

  test("the roster is readable by staff (API.md) but not by a resident", async ({ request }) => {
    for (const who of ["counselor2", "teacher", "carer", "mediator"]) {
      expect((await request.get("/api/v1/hotline/shifts", { headers: bearer(await apiToken(request, who)) })).status(), who).toBe(200);
    }
    expect((await request.get("/api/v1/hotline/shifts", { headers: bearer(await apiToken(request, "resident")) })).status()).toBe(403);
  });

  for (const who of OUTSIDERS) {
    test(`${who} is refused every hotline page, with no summary in the HTML`, async ({ request, page }) => {
      const op = await apiToken(request, "hotline");
      const marker = `页面机密${Date.now()}`;
      const id = await logCall(request, op, { summary: marker });
      await signInAs(page, who);
      // The server's answer itself (status and HTML with its RSC payload), without a browser render.
      for (const path of ["/hotline", "/hotline/calls", "/hotline/calls/new", `/hotline/calls/${id}`, `/hotline/calls/${id}/edit`, "/hotline/roster"]) {
        const res = await page.request.get(path);
        const html = await res.text();
        const landed = new URL(res.url()).pathname;
        if (who === "resident" && landed.startsWith("/me")) continue;
        expect(res.status(), `${who} ${path}`).toBe(403);
        expect(html, `${who} ${path}`).toContain("无权访问");
        expect(html, `${who} ${path}`).toMatch(/<meta name="robots" content="[^"]*noindex/);
        expect(html, `${who} ${path}`).not.toContain('aria-label="来电记录"');
        expect(html, `${who} ${path}`).not.toContain(marker);
      }
    });
  }

  test("another operator on the line may read a call but not edit it", async ({ request, page }) => {
    const op = await apiToken(request, "hotline");
    const id = await logCall(request, op, { summary: "仅供本人修改的记录" });
    await signInAs(page, "counselor");
    const edit = await page.goto(`/hotline/calls/${id}/edit`);
    await expectRefused(page, edit, "counselor", "edit");
    const view = await page.goto(`/hotline/calls/${id}`);
    expect(view?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "修改记录" })).toHaveCount(0);
  });
});
