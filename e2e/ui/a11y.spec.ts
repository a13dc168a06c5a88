import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });

// axe walks the whole DOM: on a busy two-core machine one analysis can take several seconds.
test.describe.configure({ timeout: 60_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

test("login page has no serious or critical WCAG 2 A/AA violations", async ({ page }) => {
  await page.goto("/login");
  expect(await seriousViolations(page)).toEqual([]);
  // … nor with errors showing.
  await page.getByRole("form", { name: "登录" }).getByRole("button", { name: "登录" }).click();
  await expect(page.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);
});

test("admin home has no serious or critical violations", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/home");
  await expect(page.getByRole("region", { name: "工作人员账号" })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the staff shell's phone menu has no serious or critical violations", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "admin");
  await page.goto("/home");
  await page.getByRole("button", { name: "菜单" }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test("resident portal has no serious or critical violations", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "resident");
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("change-password page has no serious or critical violations", async ({ page }) => {
  await signInAs(page, "teacher");
  await page.goto("/account/password");
  await page.getByRole("button", { name: "确认修改" }).click();
  await expect(page.getByRole("textbox", { name: /^当前密码/ })).toHaveAttribute("aria-invalid", "true");
  expect(await seriousViolations(page)).toEqual([]);
});
