import { expect, test, type Browser } from "@playwright/test";
import { signInAs } from "../helpers";

// Server actions on a shared, busy machine can take several seconds.
const SLOW = { timeout: 30_000 };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

async function phonePage(browser: Browser, username: string) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await signInAs(page, username);
  return { context, page };
}

test.describe("appointments from request to confirmation", () => {
  // Two browsers and a dozen page loads each, on a shared two-core machine.
  test.setTimeout(180_000);
  test("a resident on a phone requests a slot with a counsellor, the counsellor confirms, the resident sees it confirmed", async ({ browser }) => {
    const { context, page } = await phonePage(browser, "resident");
    await page.goto("/me");
    await page.getByRole("link", { name: "预约心理咨询" }).first().click();
    await expect(page).toHaveURL(/\/me\/appointments\/new$/);
    await page.getByRole("link", { name: /个体心理咨询/ }).click();
    await page.getByRole("link", { name: /李静怡/ }).click();
    const times = page.locator("section[aria-labelledby='step-time']");
    await expect(times).toBeVisible(SLOW);
    const slot = times.getByRole("link").first();
    const slotName = (await slot.getAttribute("aria-label")) ?? "";
    await slot.click();
    await expect(page.getByRole("heading", { name: "确认预约信息" })).toBeVisible(SLOW);
    const form = page.getByRole("form", { name: "提交预约" });
    await form.getByLabel(/想对咨询师说的话/).fill("最近睡眠不太好，想聊聊。");
    await form.getByRole("button", { name: "提交预约" }).click();
    await expect(page).toHaveURL(/\/me\/appointments\?requested=(\d+)/, SLOW);
    const id = Number(new URL(page.url()).searchParams.get("requested"));
    await expect(page.getByText("预约申请已提交")).toBeVisible();
    const item = page.locator(`li[aria-labelledby="appt-${id}"]`);
    await expect(item).toContainText("待确认");
    await expect(item).toContainText("李静怡");
    expect(slotName).not.toBe("");

    // The counsellor confirms it from the desk.
    const staff = await browser.newContext();
    const desk = await staff.newPage();
    await signInAs(desk, "counselor");
    await desk.goto("/appointments");
    await expect(desk.getByRole("link", { name: "张秀英" }).first()).toBeVisible();
    await desk.goto(`/appointments/${id}`);
    await desk.getByRole("button", { name: "确认预约（按申请的时间）" }).click();
    await expect(desk.getByText("已确认", { exact: true }).first()).toBeVisible(SLOW);
    await expect(desk.getByText("心理服务工作室").or(desk.getByText("沙盘活动室")).first()).toBeVisible();

    await page.reload();
    await expect(page.locator(`li[aria-labelledby="appt-${id}"]`)).toContainText("已确认");
    await staff.close();
    await context.close();
  });

  test("a 订单式 request (needs and preferred times) is triaged by the admin with a counsellor, a time and a room", async ({ browser }) => {
    const { context, page } = await phonePage(browser, "resident2");
    await page.goto("/me/appointments/new");
    await page.getByRole("link", { name: /个体心理咨询/ }).click();
    await page.getByRole("link", { name: /描述需求，由中心安排/ }).click();
    const form = page.getByRole("form", { name: "描述需求" });
    await form.getByRole("button", { name: "提交需求" }).click();
    await expect(form.getByText(/至少 5 个字/).first()).toBeVisible(SLOW);
    await form.getByLabel(/您的需求/).fill("工作压力很大，经常失眠，想找咨询师聊聊。");
    await form.getByLabel("工作日下午").check();
    await form.getByRole("button", { name: "提交需求" }).click();
    await expect(page).toHaveURL(/\/me\/appointments\?requested=(\d+)/, SLOW);
    const id = Number(new URL(page.url()).searchParams.get("requested"));
    await expect(page.locator(`li[aria-labelledby="appt-${id}"]`)).toContainText("待中心安排");

    const staff = await browser.newContext();
    const desk = await staff.newPage();
    await signInAs(desk, "admin");
    await desk.goto("/appointments");
    await expect(desk.getByRole("region", { name: "待分派的预约申请" })).toContainText("马国强");
    await desk.goto(`/appointments/${id}`);
    await expect(desk.getByText("工作压力很大")).toBeVisible();
    const picker = desk.getByLabel("咨询师", { exact: true });
    const value = await picker.locator("option", { hasText: "赵明远" }).getAttribute("value");
    await picker.selectOption(value!);
    await desk.getByRole("button", { name: "查看可约时段" }).click();
    const times = desk.locator("section[aria-labelledby='step-time']");
    await expect(times).toBeVisible(SLOW);
    await times.getByRole("link").first().click();
    const match = desk.getByRole("form", { name: "确认并锁定" });
    await expect(match).toBeVisible(SLOW);
    await match.getByRole("button", { name: "确认并锁定" }).click();
    await expect(desk.getByText("预约已确认，咨询师和功能室已锁定。")).toBeVisible(SLOW);
    await expect(desk.getByText("赵明远").first()).toBeVisible();

    await page.reload();
    const item = page.locator(`li[aria-labelledby="appt-${id}"]`);
    await expect(item).toContainText("已确认");
    await expect(item).toContainText("赵明远");
    await staff.close();
    await context.close();
  });
});
