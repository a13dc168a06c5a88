import { expect as baseExpect, test, type Page } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";

// Sign-ins hash with argon2 and land after a redirect or two: allow for a busy two-core machine.
const expect = baseExpect.configure({ timeout: 15_000 });
test.describe.configure({ timeout: 60_000 });

async function fillPasswords(page: Page, current: string, next: string, confirm = next) {
  const form = page.getByRole("form", { name: "修改密码" });
  await form.getByLabel("当前密码").fill(current);
  await form.getByLabel("新密码", { exact: false }).first().fill(next);
  await form.getByLabel("确认新密码").fill(confirm);
  await form.getByRole("button", { name: "确认修改" }).click();
  return form;
}

async function signInWithForm(page: Page, username: string, password: string) {
  await page.goto("/login");
  const form = page.getByRole("form", { name: "登录" });
  await form.getByLabel("用户名").fill(username);
  await form.getByLabel("密码").fill(password);
  await form.getByRole("button", { name: "登录" }).click();
}

test("the change-password page explains the rule and shows each validation message on its field", async ({ page }) => {
  await signInAs(page, "counselor");
  await page.goto("/account/password");
  await expect(page.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  const form = page.getByRole("form", { name: "修改密码" });
  const newPassword = form.getByRole("textbox", { name: /^新密码/ });
  await expect(newPassword).toHaveAccessibleDescription("至少 10 位，同时包含字母和数字，不要使用常见密码。");

  await form.getByRole("button", { name: "确认修改" }).click();
  await expect(form.getByRole("textbox", { name: /^当前密码/ })).toHaveAccessibleDescription("此项必填。");

  await fillPasswords(page, "Ankang#2026", "short1");
  await expect(newPassword).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("密码至少 10 位。")).toBeVisible();

  await fillPasswords(page, "Ankang#2026", "onlyletterspassword");
  await expect(form.getByText("密码须同时包含字母和数字。")).toBeVisible();

  await fillPasswords(page, "Ankang#2026", "password123");
  await expect(form.getByText("这个密码太常见，请换一个。")).toBeVisible();

  await fillPasswords(page, "Ankang#2026", "Valid-pass-2026", "Valid-pass-2027");
  await expect(form.getByText("两次输入的新密码不一致。")).toBeVisible();

  // Checked on the server: the current password is wrong. Nothing changes.
  await fillPasswords(page, "wrong-current-1", "Valid-pass-2026");
  await expect(form.getByRole("alert")).toContainText("当前密码不正确。");
  await expect(form.getByRole("textbox", { name: /^当前密码/ })).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/account\/password$/);
});

test("a user whose password was set by the admin must change it first, then signs in with the new one", async ({ page, request }) => {
  // Five sign-ins and password hashes (argon2) in one test.
  test.slow();
  // A fresh account (not a shared demo one, whose sessions other tests rely on).
  const admin = await apiToken(request, "admin");
  const username = `uipw${Date.now().toString(36)}`;
  const initial = "Initial-pass-2026";
  const res = await request.post("/api/v1/users", { headers: bearer(admin), data: { username, name: "测试改密", roles: ["teacher"], password: initial } });
  expect(res.status()).toBe(201);

  await signInWithForm(page, username, initial);
  // "/" → /home → (streamed) redirect to the password page: several round trips.
  await expect(page).toHaveURL(/\/account\/password$/, { timeout: 20_000 });
  await expect(page.getByText("管理员已为您重置密码，请先设置新密码。")).toBeVisible();
  // Every other page sends them back here.
  await page.goto("/home");
  await expect(page).toHaveURL(/\/account\/password$/, { timeout: 20_000 });

  const changed = "Changed-pass-2026";
  await fillPasswords(page, initial, changed);
  await expect(page).toHaveURL(/\/login\?changed=1$/);
  await expect(page.getByRole("status").filter({ hasText: "密码已修改，请使用新密码重新登录。" })).toBeVisible();

  // The old password no longer works; the new one does, and the must-change flag is gone.
  await signInWithForm(page, username, initial);
  await expect(page.getByRole("form", { name: "登录" }).getByRole("alert")).toHaveText("用户名或密码错误。");
  await signInWithForm(page, username, changed);
  await expect(page).toHaveURL(/\/home$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("测试改密");
});

test("a resident reaches the change-password form from the portal (validated the same way)", async ({ page }) => {
  await signInAs(page, "resident2");
  await page.goto("/me");
  await page.getByRole("link", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/me\/password$/);
  await expect(page.getByRole("heading", { level: 1, name: "修改密码" })).toBeVisible();
  const form = await fillPasswords(page, "Ankang#2026", "Resident-new-2026", "Resident-new-2027");
  await expect(form.getByText("两次输入的新密码不一致。")).toBeVisible();
  // Touch-size submit button on the phone-first portal.
  const box = await form.getByRole("button", { name: "确认修改" }).boundingBox();
  expect(box!.height).toBeGreaterThanOrEqual(48);
});
