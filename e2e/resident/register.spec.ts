import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

// UI tests on a shared, busy machine: generous time for the server and axe.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

const PHONE = "13912340001";
const PASSWORD = "Chun2026tian";

test("a new resident registers with consent on a phone, lands in the portal, and signs in again with the phone number", async ({ page }) => {
  await page.goto("/register");
  expect(await seriousViolations(page)).toEqual([]);
  const form = page.getByRole("form", { name: "居民注册" });
  await form.getByLabel("姓名").fill("刘淑华");
  await form.getByLabel("手机号").fill(PHONE);
  await form.getByLabel("设置密码").fill(PASSWORD);
  await form.getByLabel("再输一次密码").fill(PASSWORD);

  // Without consent: refused, on the field.
  await form.getByRole("button", { name: "注册" }).click();
  await expect(form.getByText("请阅读并勾选同意《个人信息保护告知书》。")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // The notice is public and readable.
  const notice = await page.context().newPage();
  await notice.goto("/privacy");
  await expect(notice.getByRole("heading", { level: 1 })).toHaveText("个人信息保护告知书");
  expect(await seriousViolations(notice)).toEqual([]);
  await notice.close();

  for (const target of [form.getByRole("button", { name: "注册" }), form.getByLabel("手机号")]) {
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "注册" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("刘淑华，您好");

  // The consent is on record, with its version.
  await page.goto("/me/profile");
  await expect(page.getByRole("region", { name: "个人信息授权" })).toContainText(/您于 .+ 同意了《个人信息保护告知书》（2026-11 版）/);
  expect(await seriousViolations(page)).toEqual([]);

  // Sign out, then in again through the login form with the phone number.
  await page.goto("/me");
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
  const login = page.getByRole("form", { name: "登录" });
  await login.getByLabel("用户名").fill(PHONE);
  await login.getByLabel("密码").fill(PASSWORD);
  await login.getByRole("button", { name: "登录" }).click();
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("刘淑华，您好");

  // The "done when": the new resident requests an appointment (订单式: needs and preferred times) from the phone.
  await page.goto("/me/appointments/new");
  await page.getByRole("link", { name: /个体心理咨询/ }).click();
  await page.getByRole("link", { name: /描述需求，由中心安排/ }).click();
  const need = page.getByRole("form", { name: "描述需求" });
  await need.getByLabel(/您的需求/).fill("最近睡不好，心里烦，想找咨询师聊聊。");
  await need.getByLabel("工作日下午").check();
  await need.getByRole("button", { name: "提交需求" }).click();
  await expect(page).toHaveURL(/\/me\/appointments\?requested=\d+/);
  await expect(page.getByText("预约申请已提交")).toBeVisible();

  // Edit the profile: the phone-named sign-in follows.
  await page.goto("/me/profile");
  const edit = page.getByRole("form", { name: "修改资料" });
  await edit.getByLabel("姓名").fill("刘淑华");
  await edit.getByLabel("手机号").fill("13912340002");
  await edit.getByRole("button", { name: "保存" }).click();
  await expect(edit.getByText("资料已保存。")).toBeVisible();

  // Withdraw the consent: a first tap asks, the second withdraws; the page then says so.
  const withdraw = page.getByRole("form", { name: "撤回同意" });
  await withdraw.getByRole("button", { name: "撤回同意" }).click();
  await expect(withdraw.getByText(/确定撤回同意吗/)).toBeVisible();
  await withdraw.getByRole("button", { name: "撤回同意" }).click();
  await expect(page.getByRole("region", { name: "个人信息授权" })).toContainText(/您已于 .+ 撤回同意/);
  await expect(page.getByRole("form", { name: "撤回同意" })).toHaveCount(0);

  // Their own copy of their data, readable on the phone.
  await page.getByRole("link", { name: "查看并打印" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "我的数据" })).toBeVisible();
  await expect(page.getByRole("region", { name: "咨询预约" })).toContainText("个体心理咨询");
  await expect(page.getByRole("region", { name: "基本资料" })).toContainText("撤回同意");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a number already registered is refused on the phone field, and a weak password on the password field", async ({ page }) => {
  await page.goto("/register");
  const form = page.getByRole("form", { name: "居民注册" });
  await form.getByLabel("姓名").fill("张秀英");
  await form.getByLabel("手机号").fill("13839300011"); // the demo resident's number
  await form.getByLabel("设置密码").fill("password123");
  await form.getByLabel("再输一次密码").fill("password123");
  await form.getByRole("checkbox").check();
  await form.getByRole("button", { name: "注册" }).click();
  await expect(form.getByText("这个密码太常见，请换一个。")).toBeVisible();
  await form.getByLabel("设置密码").fill(PASSWORD);
  await form.getByLabel("再输一次密码").fill(PASSWORD);
  await form.getByRole("button", { name: "注册" }).click();
  await expect(form.getByLabel("手机号")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByText("这个手机号已经注册过了，请直接登录。如果忘记密码，请联系中心。").first()).toBeVisible();
  await expect(page).toHaveURL(/\/register$/);
});
