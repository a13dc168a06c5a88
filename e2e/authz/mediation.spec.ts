import { expect, test, type Page } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { registerCase, userId } from "../mediation/api-helpers";

// Who may see a mediation case: its team (lead, assistants, counsellor) and admins. To anyone else
// the case does not exist (404); roles without mediation work are refused outright (403).
test.describe("mediation case access", () => {
  let caseId: number;
  let caseNo: string;

  test.beforeAll(async ({ request }) => {
    const mediator = await apiToken(request, "mediator");
    const counselor = await apiToken(request, "counselor");
    ({ id: caseId, caseNo } = await registerCase(request, mediator, { summary: "邻里纠纷 authz" }));
    const assign = await request.post(`/api/v1/mediation/cases/${caseId}/assign`, {
      headers: bearer(mediator),
      data: { mediatorIds: [await userId(request, mediator)], counselorId: await userId(request, counselor) },
    });
    expect(assign.status()).toBe(200);
  });

  test("another mediator, not on the team, gets 404 everywhere and does not see it listed", async ({ request }) => {
    const other = await apiToken(request, "tj01");
    const h = bearer(other);
    expect((await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: h })).status()).toBe(404);
    expect((await request.post(`/api/v1/mediation/cases/${caseId}/transition`, { headers: h, data: { to: "accepted" } })).status()).toBe(404);
    expect((await request.post(`/api/v1/mediation/cases/${caseId}/assign`, { headers: h, data: { mediatorIds: [await userId(request, other)] } })).status()).toBe(404);
    expect((await request.post(`/api/v1/mediation/cases/${caseId}/sessions`, { headers: h, data: { heldAt: new Date().toISOString(), place: "x", participants: "x", statements: [] } })).status()).toBe(404);
    const list = await (await request.get("/api/v1/mediation/cases?limit=200&q=authz", { headers: h })).json();
    expect(list.items.map((c: { id: number }) => c.id)).not.toContain(caseId);
    // Swapping the id into a filter does not help either.
    const filtered = await (await request.get(`/api/v1/mediation/cases?mediatorId=${await userId(request, await apiToken(request, "mediator"))}`, { headers: h })).json();
    expect(filtered.items.map((c: { id: number }) => c.id)).not.toContain(caseId);

    const mediator = await apiToken(request, "mediator");
    const still = await (await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(mediator) })).json();
    expect(still.status).toBe("registered");
  });

  test("the assigned counsellor reads the case and adds support notes the team sees, but an admin outside the team does not", async ({ request }) => {
    const counselor = await apiToken(request, "counselor");
    const read = await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(counselor) });
    expect(read.status()).toBe(200);
    expect((await read.json()).myTeamRole).toBe("counselor");
    const note = await request.post(`/api/v1/mediation/cases/${caseId}/notes`, { headers: bearer(counselor), data: { text: "申请人焦虑明显，已做放松训练。" } });
    expect(note.status()).toBe(201);
    const list = await (await request.get("/api/v1/mediation/cases?limit=200", { headers: bearer(counselor) })).json();
    expect(list.items.map((c: { id: number }) => c.id)).toContain(caseId);

    const mediator = await apiToken(request, "mediator");
    const team = await (await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(mediator) })).json();
    expect(team.supportNotes.map((n: { text: string }) => n.text)).toContain("申请人焦虑明显，已做放松训练。");
    expect((await request.post(`/api/v1/mediation/cases/${caseId}/notes`, { headers: bearer(mediator), data: { text: "x" } })).status()).toBe(403);
    // The counsellor does not run the workflow.
    expect((await request.post(`/api/v1/mediation/cases/${caseId}/transition`, { headers: bearer(counselor), data: { to: "accepted" } })).status()).toBe(403);

    const admin = await apiToken(request, "admin");
    const adminRes = await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(admin) });
    expect(adminRes.status()).toBe(200);
    const adminView = await adminRes.text();
    expect(JSON.parse(adminView).supportNotes).toBeNull();
    expect(adminView).not.toContain("放松训练");
  });

  test("a counsellor not assigned gets 404; teacher, hotline and resident get 403", async ({ request }) => {
    const counselor2 = await apiToken(request, "counselor2");
    expect((await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(counselor2) })).status()).toBe(404);
    expect((await request.post(`/api/v1/mediation/cases/${caseId}/notes`, { headers: bearer(counselor2), data: { text: "x" } })).status()).toBe(404);
    for (const who of ["teacher", "hotline", "resident", "carer"]) {
      const token = await apiToken(request, who);
      expect((await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(token) })).status(), who).toBe(403);
      expect((await request.get("/api/v1/mediation/cases", { headers: bearer(token) })).status(), who).toBe(403);
      expect((await request.post(`/api/v1/mediation/cases/${caseId}/transition`, { headers: bearer(token), data: { to: "accepted" } })).status(), who).toBe(403);
    }
  });

  test("the case pages: another mediator and an unassigned counsellor get 404, a teacher 403, and none of them the case", async ({ browser }) => {
    test.setTimeout(180_000);
    const as = async (username: string, check: (page: Page) => Promise<void>) => {
      const ctx = await browser.newContext();
      const page = await ctx.newPage();
      await signInAs(page, username);
      await check(page);
      await ctx.close();
    };
    await as("tj01", async (page) => {
      for (const path of [`/mediation/${caseId}`, `/mediation/${caseId}?tab=support`, `/mediation/${caseId}?tab=parties`]) await expectRefused(page, path, 404, caseNo);
      // The print views are outside the staff shell: the real status.
      for (const doc of ["agreement", "cover", "register"]) expect((await page.goto(`/mediation/${caseId}/print/${doc}`))?.status(), doc).toBe(404);
      await page.goto("/mediation?q=authz");
      expect(await page.content()).not.toContain(caseNo);
    });
    await as("counselor2", async (page) => {
      await expectRefused(page, `/mediation/${caseId}`, 404, caseNo);
      expect((await page.goto(`/mediation/${caseId}/print/record`))?.status()).toBe(404);
    });
    await as("teacher", async (page) => {
      await expectRefused(page, `/mediation/${caseId}`, 403, caseNo);
      await expectRefused(page, "/mediation", 403, caseNo);
      expect((await page.goto(`/mediation/${caseId}/print/agreement`))?.status()).toBe(403);
    });
    await as("resident", async (page) => {
      for (const path of [`/mediation/${caseId}`, "/mediation", `/mediation/${caseId}/print/agreement`]) expect((await page.goto(path))?.status(), path).toBe(403);
    });
    await as("counselor", async (page) => {
      await page.goto(`/mediation/${caseId}`);
      await expect(page.getByRole("heading", { level: 1, name: caseNo })).toBeVisible({ timeout: 20_000 });
    });
  });
});

/**
 * The refusal page and nothing of the case. Pages inside the staff shell stream behind
 * app/(staff)/loading.tsx, so a refusal decided in the page (after the shell went out) is rendered
 * as the 404/403 page under a 200 with `noindex` (Next's documented streaming behaviour); the
 * status is only exact where nothing streamed before the check (the shell's own role gate, the
 * print views, the API).
 */
async function expectRefused(page: Page, path: string, status: 403 | 404, caseNo: string) {
  const res = await page.goto(path);
  expect([status, 200], path).toContain(res?.status());
  // The refusal arrives in the stream; give a loaded machine time to render it.
  await expect(page.getByRole("heading", { level: 1, name: status === 404 ? "页面不存在" : "无权访问" }), path).toBeVisible({ timeout: 20_000 });
  if (res?.status() === 200) expect(await page.locator('meta[name="robots"][content*="noindex"]').count(), path).toBeGreaterThan(0);
  const html = await page.content();
  expect(html, path).not.toContain(caseNo);
  expect(html, path).not.toContain("邻里纠纷 authz");
}
