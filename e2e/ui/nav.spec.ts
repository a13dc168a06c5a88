import { expect as baseExpect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const mainNav = (page: import("@playwright/test").Page) => page.getByRole("navigation", { name: "主导航" });

test("a counsellor sees only their own nav items: no 账号管理", async ({ page }) => {
  await signInAs(page, "counselor");
  await page.goto("/home");
  const nav = mainNav(page);
  await expect(nav.getByRole("link", { name: "首页" })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: "修改密码" })).toBeVisible();
  await expect(nav.getByRole("link", { name: "账号管理" })).toHaveCount(0);
  // The header names the user and both roles.
  const banner = page.getByRole("banner");
  await expect(banner).toContainText("李静怡");
  await expect(banner).toContainText("心理咨询师、热线值守员");
});

test("the admin has 账号管理 in the nav and on the home page", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/home");
  await expect(mainNav(page).getByRole("link", { name: "账号管理" })).toHaveAttribute("href", "/admin/users");
  await expect(page.getByRole("region", { name: "我的角色与入口" }).getByRole("link", { name: "账号管理" })).toBeVisible();
});

test("on a phone the nav sits behind a menu button that opens and closes", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "hotline");
  await page.goto("/home");
  const button = page.getByRole("button", { name: "菜单" });
  await expect(button).toHaveAttribute("aria-expanded", "false");
  await expect(mainNav(page)).toBeHidden();
  await button.click();
  await expect(page.getByRole("button", { name: "关闭菜单" })).toHaveAttribute("aria-expanded", "true");
  await expect(mainNav(page).getByRole("link", { name: "修改密码" })).toBeVisible();
  await expect(mainNav(page).getByRole("link", { name: "账号管理" })).toHaveCount(0);
  await page.keyboard.press("Escape");
  await expect(mainNav(page)).toBeHidden();
  // Following a link closes it too.
  await page.getByRole("button", { name: "菜单" }).click();
  await mainNav(page).getByRole("link", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/account\/password$/);
  await expect(mainNav(page)).toBeHidden();
});

test("the front door sends staff home and residents to their portal", async ({ page, browser }) => {
  await signInAs(page, "teacher");
  await page.goto("/");
  await expect(page).toHaveURL(/\/home$/);
  const ctx = await browser.newContext();
  const resident = await ctx.newPage();
  await signInAs(resident, "resident");
  await resident.goto("/");
  await expect(resident).toHaveURL(/\/me$/);
  await ctx.close();
});
