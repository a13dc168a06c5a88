import { expect as baseExpect, test, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_RESIDENTS } from "../../db/seed-data";
import { DEMO_PASSWORD, DEMO_USERS } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

const nameOf = (username: string) => [...DEMO_ACCOUNTS, ...DEMO_RESIDENTS].find((a) => a.username === username)!.name;
const isResident = (username: string) => DEMO_RESIDENTS.some((r) => r.username === username);

async function submitLogin(page: Page, username: string, password: string) {
  const form = page.getByRole("form", { name: "登录" });
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("密码").fill(password);
  await form.getByRole("button", { name: "登录" }).click();
  return form;
}

test.describe("login form", () => {
  for (const username of DEMO_USERS) {
    test(`${username} signs in through the form and lands on their start page`, async ({ page }) => {
      await page.goto("/login");
      await submitLogin(page, username, DEMO_PASSWORD);
      await expect(page).toHaveURL(isResident(username) ? /\/me$/ : /\/home$/);
      await expect(page.getByRole("heading", { level: 1 })).toContainText(nameOf(username));
    });
  }

  test("a wrong password and an unknown user get the same generic message in the form", async ({ page }) => {
    await page.goto("/login");
    const form = await submitLogin(page, "teacher", "not-the-password-1");
    await expect(form.getByRole("alert")).toHaveText("用户名或密码错误。");
    await expect(page).toHaveURL(/\/login/);
    // The password is cleared for the next try.
    await expect(form.getByLabel("密码")).toHaveValue("");

    await page.goto("/login");
    const again = await submitLogin(page, "nobody-by-this-name", "not-the-password-1");
    await expect(again.getByRole("alert")).toHaveText("用户名或密码错误。");
  });

  test("empty fields show field errors, linked to their inputs", async ({ page }) => {
    await page.goto("/login");
    const form = page.getByRole("form", { name: "登录" });
    await form.getByRole("button", { name: "登录" }).click();
    const username = form.getByLabel("用户名");
    await expect(username).toHaveAttribute("aria-invalid", "true");
    await expect(username).toHaveAccessibleDescription("此项必填。");
    await expect(form.getByLabel("密码")).toHaveAccessibleDescription("此项必填。");
  });

  test("goes on to a safe `next` page after signing in, and ignores an unsafe one", async ({ page }) => {
    await page.goto("/login?next=%2Faccount%2Fpassword");
    await submitLogin(page, "mediator", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/account\/password$/);

    await page.context().clearCookies();
    await page.goto("/login?next=%2F%2Fevil.example%2Fx");
    await submitLogin(page, "mediator", DEMO_PASSWORD);
    await expect(page).toHaveURL(/localhost:\d+\/home$/);
  });

  test("a signed-out visitor of a staff page is sent to the login page and back after signing in", async ({ page }) => {
    await page.goto("/home");
    await expect(page).toHaveURL(/\/login\?next=%2Fhome$/);
    await submitLogin(page, "carer", DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/home$/);
  });

  test("shows the centre, the hotline as a tel: link, notices and the demo accounts", async ({ page }) => {
    await page.goto("/login");
    await expect(page).toHaveTitle(/^登录/);
    await expect(page.getByText("安康社区心理健康服务中心")).toBeVisible();
    const tel = page.getByRole("link", { name: "0393-12355" });
    await expect(tel).toHaveAttribute("href", "tel:039312355");
    await expect(page.getByText("所有演示账号的密码均为 Ankang#2026")).toBeVisible();
    for (const u of DEMO_USERS) await expect(page.locator("code", { hasText: new RegExp(`^${u}$`) })).toBeVisible();

    await page.goto("/login?expired=1");
    await expect(page.getByRole("status").filter({ hasText: "登录已过期，请重新登录。" })).toBeVisible();
    await page.goto("/login?signedout=1");
    await expect(page.getByRole("status").filter({ hasText: "您已安全退出。" })).toBeVisible();
    await page.goto("/login?changed=1");
    await expect(page.getByRole("status").filter({ hasText: "密码已修改，请使用新密码重新登录。" })).toBeVisible();
  });
});
