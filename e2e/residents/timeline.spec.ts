import { expect, test } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { routineCall } from "../hotline/helpers";

// 一人一档 (issue 9): the admin and a counsellor open the same person's file and see different items.

test.describe.configure({ timeout: 90_000 });

test("the admin finds a resident and sees their call; a counsellor's view of the same file leaves calls out", async ({ page, browser, request }) => {
  const op = await apiToken(request, "hotline");
  const found = await (await request.get("/api/v1/residents?q=13839300011", { headers: bearer(op) })).json();
  const rid = found.items[0].id as number;
  const call = await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ residentId: rid }) });
  expect(call.status()).toBe(201);
  const callId = (await call.json()).id as number;

  await signInAs(page, "admin");
  await page.goto("/residents");
  await page.getByRole("search", { name: "查找居民" }).getByLabel("姓名或电话").fill("13839300011");
  await page.getByRole("search", { name: "查找居民" }).getByRole("button", { name: "筛选" }).click();
  await page.getByRole("link", { name: "张秀英" }).click();
  await expect(page).toHaveURL(new RegExp(`/residents/${rid}$`));
  await expect(page.getByRole("heading", { name: "张秀英 的档案" })).toBeVisible();
  const calls = page.locator('[data-testid="timeline-item"][data-kind="call"]');
  await expect(calls.filter({ has: page.locator(`a[href="/hotline/calls/${callId}"]`) })).toHaveCount(1);

  const ctx = await browser.newContext();
  const counselor = await ctx.newPage();
  await signInAs(counselor, "counselor2");
  const res = await counselor.goto(`/residents/${rid}`);
  expect(res?.status()).toBe(200);
  await expect(counselor.getByRole("heading", { name: "张秀英 的档案" })).toBeVisible();
  await expect(counselor.getByText(/以下业务的记录不在此显示：.*热线来电/)).toBeVisible();
  await expect(counselor.locator('[data-testid="timeline-item"][data-kind="call"]')).toHaveCount(0);
  await expect(counselor.locator(`a[href="/hotline/calls/${callId}"]`)).toHaveCount(0);
  await ctx.close();
});
