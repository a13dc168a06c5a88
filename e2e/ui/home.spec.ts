import { expect as baseExpect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

test("the staff home greets by name with today's date in centre time", async ({ page }) => {
  await signInAs(page, "counselor2");
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^(上午好|中午好|下午好|晚上好)，赵明远$/);
  const today = await page.evaluate(() => {
    const d = new Date();
    const f = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", year: "numeric", month: "numeric", day: "numeric" }).formatToParts(d);
    const get = (t: string) => f.find((p) => p.type === t)!.value;
    return `${get("year")}年${get("month")}月${get("day")}日`;
  });
  await expect(page.getByText(`今天是 ${today}`)).toBeVisible();
  // Only the widgets of their role: no admin widgets.
  await expect(page.getByRole("region", { name: "我的角色与入口" })).toBeVisible();
  await expect(page.getByRole("region", { name: "今日登录异常" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "工作人员账号" })).toHaveCount(0);
});

test("the admin's widgets show real figures: a failed sign-in appears in 今日登录异常", async ({ page, request }) => {
  const ghost = `ghost${Date.now().toString(36)}`;
  const res = await request.post("/api/v1/auth/token", { data: { username: ghost, password: "whatever-123" } });
  expect(res.status()).toBe(401);

  await signInAs(page, "admin");
  await page.goto("/home");
  const signIns = page.getByRole("region", { name: "今日登录异常" });
  const row = signIns.getByRole("row").filter({ hasText: ghost });
  await expect(row).toContainText("用户名不存在");
  const failures = Number(await signIns.getByText("登录失败").locator("xpath=following-sibling::dd").textContent());
  expect(failures).toBeGreaterThanOrEqual(1);

  const accounts = page.getByRole("region", { name: "工作人员账号" });
  const active = Number(await accounts.getByText("启用的工作人员账号").locator("xpath=following-sibling::dd").textContent());
  expect(active).toBeGreaterThanOrEqual(7);
  const admins = Number(await accounts.getByText("中心管理员", { exact: true }).locator("xpath=following-sibling::dd").textContent());
  expect(admins).toBeGreaterThanOrEqual(1);
  await expect(accounts.getByRole("link", { name: "前往账号管理" })).toHaveAttribute("href", "/admin/users");
});
