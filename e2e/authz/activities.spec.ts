import { expect as baseExpect, test } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { createActivityVia } from "../activities/helpers";

// Page checks on a shared, busy machine: generous time for the server.
test.describe.configure({ timeout: 90_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

test("a teacher cannot change, cancel, see the roster of or take attendance for another teacher's activity", async ({ request }) => {
  const { id } = await createActivityVia(request, { room: "vr", fromDays: 56, capacity: 3, title: "陈老师的活动" });
  const other = await apiToken(request, "fd01");
  const patch = await request.patch(`/api/v1/activities/${id}`, { headers: bearer(other), data: { title: "被改了" } });
  expect(patch.status()).toBe(403);
  expect((await request.post(`/api/v1/activities/${id}/cancel`, { headers: bearer(other), data: {} })).status()).toBe(403);
  expect((await request.get(`/api/v1/activities/${id}/signups`, { headers: bearer(other) })).status()).toBe(404);
  expect((await request.post(`/api/v1/activities/${id}/attendance`, { headers: bearer(other), data: { marks: [{ signupId: 1, attended: true }] } })).status()).toBe(403);
  const admin = await apiToken(request, "admin");
  const after = await (await request.get(`/api/v1/activities/${id}`, { headers: bearer(admin) })).json();
  expect(after).toMatchObject({ title: "陈老师的活动", status: "open" });
  // The admin may.
  expect((await request.patch(`/api/v1/activities/${id}`, { headers: bearer(admin), data: { title: "管理员改名" } })).status()).toBe(200);
});

test("the other teacher's pages: no edit page, no roster, no cancel button", async ({ page, request }) => {
  const { id } = await createActivityVia(request, { room: "vr", fromDays: 57, capacity: 3, title: "只给带领老师看名单" });
  await signInAs(page, "fd01");
  await page.goto(`/activities/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("只给带领老师看名单");
  await expect(page.getByRole("region", { name: "报名名单" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "取消活动" })).toHaveCount(0);
  await page.goto(`/activities/${id}/edit`);
  await expect(page).toHaveURL(new RegExp(`/activities/${id}$`));
});

test("residents never see other residents' sign-ups; they cannot reach the staff pages", async ({ page, request }) => {
  const { id } = await createActivityVia(request, { room: "vr", fromDays: 58, capacity: 5, title: "隐私测试活动" });
  const r1 = await apiToken(request, "resident");
  const r2 = await apiToken(request, "resident2");
  expect((await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r1) })).status()).toBe(201);
  const seen = await request.get(`/api/v1/activities/${id}`, { headers: bearer(r2) });
  const text = await seen.text();
  expect(JSON.parse(text)).toMatchObject({ registered: 1, mySignup: null });
  expect(text).not.toContain("张秀英");
  expect(text).not.toContain("13839300011");
  expect((await request.get(`/api/v1/activities/${id}/signups`, { headers: bearer(r2) })).status()).toBe(403);
  const list = await (await request.get("/api/v1/activities?limit=200", { headers: bearer(r2) })).text();
  expect(list).not.toContain("张秀英");
  // Cancelling someone else's place is not possible: the call only ever touches the caller's own.
  const notMine = await request.post(`/api/v1/activities/${id}/signups/cancel`, { headers: bearer(r2) });
  expect(notMine.status()).toBe(409);
  expect(await (await request.get(`/api/v1/activities/${id}`, { headers: bearer(r1) })).json()).toMatchObject({ mySignup: { status: "registered" } });

  await signInAs(page, "resident2");
  // The server's answers, without browser renders.
  for (const p of ["/activities", `/activities/${id}`, "/activities/new", "/assessment-alerts"]) {
    const res = await page.request.get(p);
    expect(res.status(), p).toBe(403);
  }
  const mine = await page.request.get("/me/activities");
  expect(mine.status()).toBe(200);
  expect(await mine.text()).not.toContain("张秀英");
});
