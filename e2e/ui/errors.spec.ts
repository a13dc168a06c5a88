import { expect as baseExpect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

test("a resident on a staff page gets 403 无权访问, and staff on the resident portal too", async ({ page, browser }) => {
  await signInAs(page, "resident");
  const res = await page.goto("/home");
  expect(res?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible();
  await expect(page.getByRole("link", { name: "返回首页" })).toHaveAttribute("href", "/");
  // No staff shell, no staff data.
  await expect(page.getByRole("navigation", { name: "主导航" })).toHaveCount(0);

  const ctx = await browser.newContext();
  const staff = await ctx.newPage();
  await signInAs(staff, "carer");
  expect((await staff.goto("/me"))?.status()).toBe(403);
  await expect(staff.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible();
  await ctx.close();
});

test("an unknown page shows 页面不存在 with a way home", async ({ page }) => {
  await signInAs(page, "mediator");
  const res = await page.goto("/no-such-page-here");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "页面不存在" })).toBeVisible();
  await page.getByRole("link", { name: "返回首页" }).click();
  await expect(page).toHaveURL(/\/home$/);
});

test("the app icon is served", async ({ request }) => {
  const res = await request.get("/icon.svg");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toContain("image/svg+xml");
});
