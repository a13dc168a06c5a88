import { expect, test, type APIResponse } from "@playwright/test";
import { apiToken, bearer, sessionCookie } from "../helpers";
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

  // HTTP answers with each account's session (no browser renders): the exact status, the refusal
  // view, and nothing of the case in the document or its RSC payload.
  test("the case pages: another mediator and an unassigned counsellor get 404, a teacher 403, and none of them the case", async ({ request }) => {
    const as = async (username: string, check: (get: (path: string, rsc?: boolean) => Promise<APIResponse>) => Promise<void>) => {
      const cookie = await sessionCookie(request, username);
      await check((path, rsc = false) => request.get(path, { headers: { Cookie: cookie, ...(rsc ? { RSC: "1" } : {}) }, maxRedirects: 0 }));
    };
    await as("tj01", async (get) => {
      for (const path of [`/mediation/${caseId}`, `/mediation/${caseId}?tab=support`, `/mediation/${caseId}?tab=parties`]) await expectRefused(get, path, 404, caseNo);
      for (const doc of ["agreement", "cover", "register"]) await expectRefused(get, `/mediation/${caseId}/print/${doc}`, 404, caseNo);
      const list = await get("/mediation?q=authz");
      expect(list.status()).toBe(200);
      expect(await list.text()).not.toContain(caseNo);
    });
    await as("counselor2", async (get) => {
      await expectRefused(get, `/mediation/${caseId}`, 404, caseNo);
      await expectRefused(get, `/mediation/${caseId}/print/record`, 404, caseNo);
    });
    await as("teacher", async (get) => {
      await expectRefused(get, `/mediation/${caseId}`, 403, caseNo);
      await expectRefused(get, "/mediation", 403, caseNo);
      await expectRefused(get, `/mediation/${caseId}/print/agreement`, 403, caseNo);
    });
    await as("resident", async (get) => {
      for (const path of [`/mediation/${caseId}`, "/mediation", `/mediation/${caseId}/print/agreement`]) expect((await get(path)).status(), path).toBe(403);
    });
    await as("counselor", async (get) => {
      const res = await get(`/mediation/${caseId}`);
      expect(res.status()).toBe(200);
      expect(await res.text()).toContain(caseNo);
    });
  });
});

/** The refusal page (exact status, its heading) and nothing of the case, in the document or its RSC payload. */
async function expectRefused(get: (path: string, rsc?: boolean) => Promise<APIResponse>, path: string, status: 403 | 404, caseNo: string) {
  const res = await get(path);
  expect(res.status(), path).toBe(status);
  const html = await res.text();
  if (!path.includes("/print/")) expect(html, path).toContain(status === 404 ? "页面不存在" : "无权访问");
  const body = html + (await (await get(path, true)).text());
  expect(body, path).not.toContain(caseNo);
  expect(body, path).not.toContain("邻里纠纷 authz");
}
