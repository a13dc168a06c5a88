import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "../helpers";

// The fast call form, used as an operator would while on the phone.

const form = (page: Page) => page.getByRole("form", { name: "来电记录" });

test.describe("hotline call log", () => {
  // Several browsers and server actions per test: generous on a loaded machine.
  test.describe.configure({ timeout: 90_000 });
  test("an operator logs a routine call in under a minute with the keyboard only", async ({ page }) => {
    await signInAs(page, "hotline");
    await page.goto("/hotline/calls/new");
    const first = page.getByLabel("本人求助");
    await expect(first).toBeFocused();
    const started = Date.now();
    await expect(page.getByRole("timer")).toHaveText(/^\d\d:\d\d$/);

    await page.keyboard.press("Space"); // caller kind: 本人求助
    await page.keyboard.press("Tab"); // first category: 情绪困扰
    await page.keyboard.press("Space");
    for (let i = 0; i < 8; i++) await page.keyboard.press("Tab"); // past the other categories to the summary
    await expect(page.getByLabel("通话摘要")).toBeFocused();
    await page.keyboard.type("来电者因工作压力大失眠两周，倾听并介绍放松方法，建议预约咨询。");
    await page.keyboard.press("Tab"); // risk level group
    await page.keyboard.press("ArrowRight"); // none → low
    await expect(page.getByLabel("低风险")).toBeChecked();
    await page.keyboard.press("Control+Enter");

    await expect(page).toHaveURL(/\/hotline\/calls\/\d+\?saved=1$/, { timeout: 20_000 });
    expect(Date.now() - started).toBeLessThan(60_000);
    await expect(page.getByText("来电记录已保存。")).toBeVisible();
    await expect(page.getByTestId("call-summary")).toHaveText("来电者因工作压力大失眠两周，倾听并介绍放松方法，建议预约咨询。");
    await expect(page.getByText("本人求助").first()).toBeVisible();
    await expect(page.getByText("低风险").first()).toBeVisible();
  });

  test("a high-risk call is refused without actions and a call-back time, then saved, queued and called back", async ({ page }) => {
    await signInAs(page, "hotline");
    await page.goto("/hotline/calls/new");
    const f = form(page);
    await f.getByLabel("本人求助").check();
    await f.getByLabel("心理危机").check();
    const summary = `来电者流露轻生念头，无具体计划，已制定安全计划 ${Date.now()}`;
    await f.getByLabel("通话摘要").fill(summary);
    await f.getByLabel("高风险").check();
    await expect(f.getByText("高风险与紧急危险来电必须填写已采取的措施和回访时间。")).toBeVisible();
    await f.getByRole("button", { name: /保存记录/ }).click();
    await expect(f.getByRole("alert")).toContainText("填写的内容有误");
    await expect(f.getByText("高风险与紧急危险来电必须至少选择一项已采取的措施。")).toBeVisible();
    await expect(f.getByText("高风险与紧急危险来电必须设定回访时间。")).toBeVisible();
    await expect(page).toHaveURL(/\/hotline\/calls\/new/);

    await f.getByLabel("制定安全计划").check();
    await f.getByLabel("已联系监护人或紧急联系人").check();
    await f.getByRole("button", { name: "1 小时后" }).click();
    await f.getByRole("button", { name: /保存记录/ }).click();
    await expect(page).toHaveURL(/\/hotline\/calls\/(\d+)\?saved=1$/, { timeout: 20_000 });
    const id = Number(/calls\/(\d+)/.exec(page.url())![1]);

    // It is in the call-back queue of the operator's shift.
    await page.goto("/hotline");
    const queue = page.getByRole("list", { name: "待回访" });
    const item = queue.locator(`a[href="/hotline/calls/${id}"]`);
    await expect(item).toBeVisible();
    await expect(item).toContainText("高风险");

    // Record the call-back: done.
    await item.click();
    await expect(page.getByTestId("call-summary")).toHaveText(summary);
    const cb = page.getByRole("form", { name: "记录回访结果" });
    await cb.getByLabel("已回访").check();
    await cb.getByLabel("备注").fill("回访时来电者情绪平稳，家属在旁陪伴。");
    await cb.getByRole("button", { name: "记录回访结果" }).click();
    await expect(page.getByText("回访结果已记录。")).toBeVisible();
    await expect(page.getByText("回访时来电者情绪平稳，家属在旁陪伴。")).toBeVisible();
    await page.goto("/hotline");
    await expect(page.getByRole("list", { name: "待回访" }).locator(`a[href="/hotline/calls/${id}"]`)).toHaveCount(0);
  });

  test("an imminent call shows the escalation checklist at once and alerts the admin and the other operator on duty", async ({ page, browser }) => {
    await signInAs(page, "hotline");
    await page.goto("/hotline/calls/new");
    const f = form(page);
    await f.getByLabel("匿名来电").check();
    await f.getByLabel("心理危机").check();
    await f.getByLabel("通话摘要").fill("来电者称已准备药物，保持通话，同事拨打 120。");
    await f.getByLabel("紧急危险").check();
    await expect(f.getByRole("heading", { name: "紧急危险处置清单" })).toBeVisible();
    await f.getByLabel("转介 120 急救").check();
    await f.getByRole("button", { name: "1 小时后" }).click();
    await f.getByRole("button", { name: /保存记录/ }).click();
    await expect(page).toHaveURL(/\/hotline\/calls\/(\d+)\?saved=1$/, { timeout: 20_000 });
    const id = Number(/calls\/(\d+)/.exec(page.url())![1]);

    for (const [who, path] of [["admin", "/home"], ["counselor", "/hotline"]] as const) {
      const ctx = await browser.newContext();
      const p = await ctx.newPage();
      await signInAs(p, who);
      await p.goto(path);
      await expect(p.locator(`a[href="/hotline/calls/${id}"]`).filter({ hasText: "紧急危险来电" }).first(), who).toBeVisible();
      await ctx.close();
    }
  });

  test("the form autosaves a draft on the server: a dropped browser loses nothing", async ({ page, browser }) => {
    await signInAs(page, "hotline");
    await page.goto("/hotline/calls/new");
    const f = form(page);
    const text = `通话进行中的记录 ${Date.now()}`;
    await f.getByLabel("代他人求助").check();
    await f.getByLabel("通话摘要").fill(text);
    await f.getByLabel("通话摘要").blur();
    await expect(f.getByRole("status")).toContainText("草稿已自动保存");
    // This draft's key (other tests save drafts as the same operator at the same time).
    const clientKey = await page.evaluate(() => (JSON.parse(window.localStorage.getItem("ankang.hotline.callDraft") ?? "{}") as { clientKey?: string }).clientKey);
    expect(clientKey).toBeTruthy();

    // A new browser (nothing in localStorage) finds the draft on the hotline page.
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    await signInAs(p, "hotline");
    await p.goto("/hotline");
    const drafts = p.getByRole("region", { name: "未完成的记录（草稿）" });
    await drafts.locator(`a[href="/hotline/calls/new?draft=${encodeURIComponent(clientKey!)}"]`).getByText("继续填写").click();
    await expect(form(p).getByLabel("通话摘要")).toHaveValue(text);
    await expect(form(p).getByLabel("代他人求助")).toBeChecked();
    await ctx.close();

    // The same browser reopening the form takes its local copy up again.
    await page.goto("/hotline/calls/new");
    await expect(form(page).getByLabel("通话摘要")).toHaveValue(text);
    await expect(form(page).getByText("已恢复上次未完成的记录。")).toBeVisible();
  });
});
