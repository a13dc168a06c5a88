import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";

interface Appt {
  id: number;
  residentId: number;
  counselorId: number | null;
  status: string;
}

async function list(request: APIRequestContext, token: string, query = ""): Promise<Appt[]> {
  const res = await request.get(`/api/v1/appointments?limit=200${query}`, { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return (await res.json()).items;
}

/** The page's HTML and its RSC payload (what a client navigation fetches). */
// The server's answer (the document and its RSC payload) with the context's session, without a
// browser render: what reaches the browser is exactly these bytes.
async function htmlAndRsc(page: Page, path: string): Promise<{ status: number; body: string }> {
  const res = await page.request.get(path);
  const html = await res.text();
  const rsc = await page.request.get(path, { headers: { RSC: "1" } });
  return { status: res.status(), body: html + (await rsc.text()) };
}

test.describe("appointments: who may see what", () => {
  test.setTimeout(240_000);
  test("a resident cannot read or change another resident's appointment (404), nor list it", async ({ request }) => {
    const resident = await apiToken(request, "resident");
    const resident2 = await apiToken(request, "resident2");
    const theirs = await list(request, resident2);
    expect(theirs.length).toBeGreaterThan(0);
    const mine = await list(request, resident);
    const myResidentId = mine[0].residentId;
    for (const a of theirs) {
      expect((await request.get(`/api/v1/appointments/${a.id}`, { headers: bearer(resident) })).status()).toBe(404);
      expect((await request.post(`/api/v1/appointments/${a.id}/cancel`, { headers: bearer(resident), data: { reason: "不是我的" } })).status()).toBe(404);
      expect((await request.get(`/api/v1/appointments/${a.id}/session-record`, { headers: bearer(resident) })).status()).toBe(404);
    }
    expect(mine.every((a) => a.residentId === myResidentId)).toBe(true);
    expect(await list(request, resident, `&residentId=${theirs[0].residentId}`)).toEqual([]);
  });

  test("counselor2 cannot read the counselor's appointments (404), in the API or the pages", async ({ request, page }) => {
    const counselor = await apiToken(request, "counselor");
    const counselor2 = await apiToken(request, "counselor2");
    const theirs = (await list(request, counselor)).slice(0, 8);
    expect(theirs.length).toBeGreaterThan(0);
    const ids = new Set((await list(request, counselor2)).map((a) => a.id));
    await signInAs(page, "counselor2");
    for (const a of theirs) {
      expect(ids.has(a.id)).toBe(false);
      expect((await request.get(`/api/v1/appointments/${a.id}`, { headers: bearer(counselor2) })).status()).toBe(404);
      expect((await request.post(`/api/v1/appointments/${a.id}/cancel`, { headers: bearer(counselor2), data: { reason: "同事取消" } })).status()).toBe(404);
    }
    // Someone else's appointment is not found: a real 404 with the not-found view.
    const res = await page.request.get(`/appointments/${theirs[0].id}`);
    expect(res.status()).toBe(404);
    expect(await res.text()).toContain("页面不存在");
  });

  test("other staff roles and residents are refused the desk (403) and its pages", async ({ request, page }) => {
    const teacher = await apiToken(request, "teacher");
    const counselor = await apiToken(request, "counselor");
    const one = (await list(request, counselor))[0];
    expect((await request.get(`/api/v1/appointments/${one.id}`, { headers: bearer(teacher) })).status()).toBe(403);
    expect((await request.post(`/api/v1/appointments/${one.id}/confirm`, { headers: bearer(teacher), data: {} })).status()).toBe(403);
    await signInAs(page, "teacher");
    for (const path of ["/appointments", `/appointments/${one.id}`, "/appointments/calendar", "/admin/services"]) {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(403);
      expect(await res.text(), path).toContain("无权访问");
    }
  });

  test("a session record's text is never in any page, RSC payload or API body but its author's", async ({ request, browser }) => {
    const counselor = await apiToken(request, "counselor");
    const completed = (await list(request, counselor, "&status=completed")).filter((a) => a.counselorId !== null);
    let target: Appt | undefined;
    let text = "";
    for (const a of completed) {
      const detail = await (await request.get(`/api/v1/appointments/${a.id}`, { headers: bearer(counselor) })).json();
      if (!detail.hasSessionRecord) continue;
      const rec = await request.get(`/api/v1/appointments/${a.id}/session-record`, { headers: bearer(counselor) });
      if (rec.status() !== 200) continue;
      target = a;
      text = (await rec.json()).presentingIssue;
      break;
    }
    expect(target, "a completed session with its record").toBeTruthy();
    const id = target!.id;

    // The author sees it on the page.
    const authorCtx = await browser.newContext();
    const authorPage = await authorCtx.newPage();
    await signInAs(authorPage, "counselor");
    expect((await htmlAndRsc(authorPage, `/appointments/${id}`)).body).toContain(text);
    await authorCtx.close();

    // Everyone else: not in the page, its RSC payload, the lists or the API body.
    for (const username of ["admin", "counselor2", "resident", "hotline"]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await signInAs(page, username);
      const paths = username.startsWith("resident") ? ["/me/appointments", `/appointments/${id}`] : [`/appointments/${id}`, "/appointments?view=all"];
      for (const path of paths) {
        const { body } = await htmlAndRsc(page, path);
        expect(body.includes(text), `${username} ${path}`).toBe(false);
      }
      const token = await apiToken(request, username);
      for (const path of [`/api/v1/appointments/${id}`, "/api/v1/appointments?limit=200", `/api/v1/appointments/${id}/session-record`]) {
        const res = await request.get(path, { headers: bearer(token) });
        expect((await res.text()).includes(text), `${username} ${path}`).toBe(false);
      }
      await context.close();
    }

    // The admin gets it only by stating a reason (break-glass), through the form.
    const adminCtx = await browser.newContext();
    const admin = await adminCtx.newPage();
    await signInAs(admin, "admin");
    await admin.goto(`/appointments/${id}`);
    const form = admin.getByRole("form", { name: "查看咨询记录" });
    await form.getByRole("button", { name: "说明原因并查看" }).click();
    await expect(form.getByText(/至少 4 个字/).first()).toBeVisible({ timeout: 30_000 });
    await expect(admin.getByText(text)).toHaveCount(0);
    await form.getByLabel(/查看原因/).fill("居民投诉，核实咨询过程");
    await form.getByRole("button", { name: "说明原因并查看" }).click();
    await expect(admin.getByText(text)).toBeVisible({ timeout: 30_000 });
    await adminCtx.close();
  });
});
