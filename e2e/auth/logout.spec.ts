import { expect as baseExpect, test } from "@playwright/test";
import { signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

test("logout ends the session for good: the old cookie no longer opens any page or the API", async ({ page, browser }) => {
  await signInAs(page, "teacher");
  await page.goto("/home");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("陈雨桐");
  const oldCookies = await page.context().cookies();

  await page.getByRole("banner").getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?signedout=1$/);
  await expect(page.getByRole("status").filter({ hasText: "您已安全退出。" })).toBeVisible();

  // A copy of the cookie taken before logout is refused: the session row is revoked.
  const other = await browser.newContext();
  await other.addCookies(oldCookies);
  const stale = await other.newPage();
  await stale.goto("/home");
  await expect(stale).toHaveURL(/\/login/);
  const me = await stale.request.get("/api/v1/me");
  expect(me.status()).toBe(401);
  await other.close();
});

test("a resident logs out from the portal", async ({ page }) => {
  await signInAs(page, "resident2");
  await page.goto("/me");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login\?signedout=1$/);
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login/);
});
