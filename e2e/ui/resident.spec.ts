import { expect as baseExpect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

test("the resident portal on a phone: name, a big hotline call button, masked phone, large targets", async ({ page }) => {
  await signInAs(page, "resident");
  await page.goto("/me");
  await expect(page).toHaveTitle(/^我的/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("张秀英，您好");

  const call = page.getByRole("link", { name: /拨打心理援助热线/ });
  await expect(call).toHaveAttribute("href", "tel:039312355");
  await expect(call).toContainText("0393-12355");

  const profile = page.getByRole("region", { name: "我的资料" });
  await expect(profile).toContainText("138****0011");
  // The full number is not in the page at all.
  expect(await page.content()).not.toContain("13839300011");

  for (const target of [call, page.getByRole("link", { name: "修改密码" }), page.getByRole("button", { name: "退出登录" })]) {
    const box = await target.boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(48);
  }
  // Nothing scrolls sideways at 390 px.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test("the portal stays usable at 200% zoom (a 195 px wide layout)", async ({ page }) => {
  await page.setViewportSize({ width: 195, height: 422 });
  await signInAs(page, "resident2");
  await page.goto("/me");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("马国强，您好");
  await expect(page.getByRole("link", { name: /拨打心理援助热线/ })).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
