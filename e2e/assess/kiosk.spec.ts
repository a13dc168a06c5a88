import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { signInAs } from "../helpers";

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

// UI tests on a shared, busy machine: generous time for the server and axe.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

/** Answers question i (0-based) with the option labelled `label`. */
async function answer(page: Page, scale: "PHQ-9" | "GAD-7", i: number, label: string) {
  await page.locator(`[role=radiogroup][aria-labelledby="${scale}-q${i}"]`).getByLabel(label, { exact: true }).check();
}

test("anonymous kiosk: PHQ-9 with item 9 above 0 shows the hotline at once, nothing identifying needed", async ({ page }) => {
  await page.goto("/assess");
  await expect(page).toHaveURL(/\/assess$/);
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: /PHQ-9/ }).click();
  const form = page.getByRole("form", { name: /PHQ-9/ });
  await expect(form.getByText("有不如死掉或用某种方式伤害自己的念头")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Unanswered: one message, nothing sent.
  await form.getByRole("button", { name: "看结果" }).click();
  await expect(form.getByRole("alert")).toContainText("请回答全部 9 道题");

  for (let i = 0; i < 8; i++) await answer(page, "PHQ-9", i, "完全不会");
  await answer(page, "PHQ-9", 8, "好几天");
  await form.getByRole("button", { name: "看结果" }).click();

  const urgent = page.getByRole("alert").filter({ hasText: "请马上和我们联系" });
  await expect(urgent).toBeVisible();
  const call = urgent.getByRole("link", { name: /现在拨打心理援助热线/ });
  await expect(call).toHaveAttribute("href", "tel:039312355");
  // At once: on the first screen, without scrolling.
  await expect(call).toBeInViewport();
  expect((await call.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await expect(page.getByText("总分 1 分（满分 27 分）")).toBeVisible();
  await expect(page.getByText("程度：无/极轻")).toBeVisible();
  await expect(page.getByRole("link", { name: "登录后预约" })).toHaveAttribute("href", "/login?next=%2Fme%2Fappointments");
  expect(await seriousViolations(page)).toEqual([]);
});

test("kiosk GAD-7 with a mild result gives plain advice and no alarm", async ({ page }) => {
  await page.goto("/assess");
  await page.getByRole("button", { name: /GAD-7/ }).click();
  const answers = ["好几天", "好几天", "超过一周", "好几天", "完全不会", "完全不会", "完全不会"];
  for (const [i, a] of answers.entries()) await answer(page, "GAD-7", i, a);
  await page.getByRole("button", { name: "看结果" }).click();
  await expect(page.getByText("总分 5 分（满分 21 分）")).toBeVisible();
  await expect(page.getByText("程度：轻度")).toBeVisible();
  await expect(page.getByText("请马上和我们联系")).toHaveCount(0);
  await expect(page.getByText(/您最近有一些困扰/)).toBeVisible();
});

test("a signed-in resident's severe PHQ-9 is kept in their history and offers booking; the alert reaches the counsellors", async ({ page, browser }) => {
  await signInAs(page, "resident2");
  await page.goto("/me/assess");
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: /PHQ-9/ }).click();
  const severe = ["几乎每天", "几乎每天", "几乎每天", "几乎每天", "一半以上的天数", "一半以上的天数", "一半以上的天数", "一半以上的天数", "完全不会"];
  for (const [i, a] of severe.entries()) await answer(page, "PHQ-9", i, a);
  await page.getByRole("button", { name: "看结果" }).click();
  await expect(page.getByText("程度：重度")).toBeVisible();
  await expect(page.getByRole("alert").filter({ hasText: "请马上和我们联系" }).getByRole("link", { name: /现在拨打心理援助热线/ })).toBeInViewport();
  await expect(page.getByRole("link", { name: "预约心理咨询师" })).toHaveAttribute("href", "/me/appointments");
  await page.reload();
  await expect(page.getByRole("region", { name: "我做过的自评" })).toContainText("PHQ-9：20 分，重度");

  const staff = await browser.newContext();
  const counselor = await staff.newPage();
  await signInAs(counselor, "counselor");
  await counselor.goto("/home");
  await expect(counselor.getByRole("region", { name: "待处理的自评预警" })).toContainText("条自评预警等待跟进");
  await counselor.goto("/assessment-alerts");
  const item = counselor.getByRole("listitem").filter({ hasText: "马国强" }).filter({ hasText: "20 分" }).first();
  await expect(item).toContainText("重度");
  await item.getByRole("button", { name: /标记已跟进/ }).click();
  await counselor.getByRole("dialog").getByLabel("跟进情况").fill("已电话联系，预约明日面谈");
  await counselor.getByRole("dialog").getByRole("button", { name: "标记已跟进" }).click();
  await expect(counselor.getByRole("listitem").filter({ hasText: "马国强" }).filter({ hasText: "20 分" })).toHaveCount(0);
  await counselor.goto("/assessment-alerts?status=handled");
  await expect(counselor.getByRole("listitem").filter({ hasText: "马国强" }).first()).toContainText("已电话联系");
  await staff.close();
});
