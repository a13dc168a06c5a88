import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test, type Page } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { localDay } from "../rooms/helpers";
import { PHONE } from "./helpers";

// UI tests on a shared, busy machine: generous time for the server and axe.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 20_000 });

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

/** A weekday about seven weeks ahead: far from the demo data and from the other spec files' windows. */
function farWeekday(offset: number): string {
  for (let d = offset; ; d++) {
    const day = localDay(d);
    const wd = new Date(`${day}T12:00:00+08:00`).getUTCDay();
    if (wd >= 1 && wd <= 5) return day;
  }
}

test("a teacher creates an activity, residents sign up on a phone, the waitlist is promoted on a cancellation", async ({ browser }) => {
  test.setTimeout(240_000);
  const title = `人际沟通小组 E2E ${Date.now() % 100000}`;
  const day = farWeekday(48);

  // The teacher, at a desk: 新建活动 with one place.
  const teacherCtx = await browser.newContext();
  const teacher = await teacherCtx.newPage();
  await signInAs(teacher, "teacher");
  await teacher.goto("/activities/new");
  const form = teacher.getByRole("form", { name: "新建团体活动" });
  await form.getByLabel("活动名称").fill(title);
  await form.getByLabel("活动类型").selectOption({ label: "团体辅导" });
  await form.getByLabel("功能室").selectOption({ label: "情绪互动宣泄室" });
  await form.getByLabel(/^日期/).fill(day);
  await form.getByLabel("开始时间").fill("09:00");
  await form.getByLabel("结束时间").fill("10:00");
  await form.getByLabel("名额").fill("1");
  await form.getByRole("button", { name: "创建活动" }).click();
  await expect(teacher).toHaveURL(/\/activities\/\d+\?created=1/);
  await expect(teacher.getByText("活动已创建。")).toBeVisible();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(title);
  const activityId = Number(/\/activities\/(\d+)/.exec(teacher.url())![1]);

  // The same slot again: the room is taken.
  await teacher.goto("/activities/new");
  await form.getByLabel("活动名称").fill(`${title}（重复）`);
  await form.getByLabel("功能室").selectOption({ label: "情绪互动宣泄室" });
  await form.getByLabel(/^日期/).fill(day);
  await form.getByLabel("开始时间").fill("09:30");
  await form.getByLabel("结束时间").fill("10:00");
  await form.getByLabel("名额").fill("4");
  await form.getByRole("button", { name: "创建活动" }).click();
  await expect(form.getByRole("alert")).toContainText("已被预约");

  // The first resident, on a phone: the place is theirs.
  const oneCtx = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const one = await oneCtx.newPage();
  await signInAs(one, "resident");
  await one.goto("/me/activities");
  const signUp = one.getByRole("button", { name: `报名：${title}` });
  expect((await signUp.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await signUp.click();
  await expect(one.getByText("报名成功！请按时到 情绪互动宣泄室。")).toBeVisible();
  await expect(one.getByRole("button", { name: `取消报名：${title}` })).toBeVisible();

  // The second, on a phone: full, so the waitlist.
  const twoCtx = await browser.newContext({ viewport: PHONE, hasTouch: true });
  const two = await twoCtx.newPage();
  await signInAs(two, "resident2");
  await two.goto("/me/activities");
  await two.getByRole("button", { name: `报名候补：${title}` }).click();
  await expect(two.getByText("名额已满，您已进入候补，排在第 1 位。")).toBeVisible();
  await expect(two.getByRole("article").filter({ hasText: title }).getByText("候补第 1 位")).toBeVisible();
  const overflow = await two.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);

  // The first cancels; the second is promoted and told.
  await one.getByRole("button", { name: `取消报名：${title}` }).click();
  await one.getByRole("dialog").getByRole("button", { name: "取消报名" }).click();
  await expect(one.getByText("已取消报名。")).toBeVisible();
  await two.reload();
  await expect(two.getByText(`好消息：您已从候补转为正式报名「${title}」`)).toBeVisible();
  await expect(two.getByRole("article").filter({ hasText: title }).getByText("已报名", { exact: true })).toBeVisible();

  // The teacher's roster: the promoted resident holds the place, the waitlist is empty.
  await teacher.goto(`/activities/${activityId}`);
  const roster = teacher.getByRole("region", { name: "报名名单" });
  await expect(roster).toContainText("马国强");
  await expect(roster).toContainText("由候补递补");
  await expect(roster).toContainText("没有候补。");
  await expect(roster).toContainText("张秀英");
  await Promise.all([teacherCtx.close(), oneCtx.close(), twoCtx.close()]);
});

test("a teacher takes attendance on a phone with big toggles", async ({ page, request }) => {
  await page.setViewportSize(PHONE);
  const token = await apiToken(request, "teacher");
  const res = await request.get("/api/v1/activities?scope=past&mine=1&limit=50", { headers: bearer(token) });
  const past = (await res.json()).items as { id: number; registered: number; title: string }[];
  const target = past.find((a) => a.registered >= 2)!;
  expect(target, "a past activity of the demo teacher with people on it").toBeDefined();
  await signInAs(page, "teacher");
  await page.goto(`/activities/${target.id}`);
  const card = page.getByRole("region", { name: "点名" });
  const group = card.getByRole("group").first();
  const name = (await group.getAttribute("aria-label"))!.replace(" 的出勤", "");
  const absent = group.getByRole("button", { name: "缺席" });
  const present = group.getByRole("button", { name: "到场" });
  expect((await present.boundingBox())!.height).toBeGreaterThanOrEqual(48);
  await absent.click();
  await expect(absent).toHaveAttribute("aria-pressed", "true");
  await expect(card.getByRole("status")).toContainText(`已保存：${name} 缺席`);
  await present.click();
  await expect(present).toHaveAttribute("aria-pressed", "true");
  await expect(absent).toHaveAttribute("aria-pressed", "false");
  // Saved on the server: still there after a reload.
  await page.reload();
  await expect(page.getByRole("region", { name: "点名" }).getByRole("group", { name: `${name} 的出勤` }).getByRole("button", { name: "到场" })).toHaveAttribute("aria-pressed", "true");
  expect(await seriousViolations(page)).toEqual([]);
});

test("a resident rates a past activity once; the portal's activity pages have no serious violations", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInAs(page, "resident");
  await page.goto("/me");
  await expect(page.getByRole("region", { name: "我的活动" })).toBeVisible();
  await page.goto("/me/activities");
  expect(await seriousViolations(page)).toEqual([]);
  const rate = page.getByRole("form", { name: /^给活动打分：/ }).first();
  await expect(rate).toBeVisible();
  await rate.getByRole("radio", { name: "5 分" }).check({ force: true });
  await rate.getByLabel("想说的话").fill("老师很耐心 <img src=x onerror=alert(1)>");
  await rate.getByRole("button", { name: "提交评价" }).click();
  await expect(page.getByText("谢谢您的评价！")).toBeVisible();
  await expect(page.getByText("您的评价：5 分").first()).toBeVisible();
});

test("the staff list filters a teacher's own activities and this week's widget is on the home page", async ({ page }) => {
  await signInAs(page, "teacher");
  await page.goto("/home");
  await expect(page.getByRole("region", { name: "本周团体活动" })).toBeVisible();
  await page.goto("/activities?mine=1&scope=all");
  const table = page.getByRole("region", { name: "团体活动列表" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("row").nth(1)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("the resident's pages stay usable at 200% zoom (a 195 px wide layout)", async ({ page }) => {
  await page.setViewportSize({ width: 195, height: 422 });
  for (const p of ["/register", "/privacy", "/assess"]) {
    await page.goto(p);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p).toBeLessThanOrEqual(0);
  }
  await signInAs(page, "resident");
  for (const p of ["/me", "/me/activities", "/me/assess", "/me/profile"]) {
    await page.goto(p);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, p).toBeLessThanOrEqual(0);
  }
  await page.goto("/me/assess");
  await page.getByRole("button", { name: /PHQ-9/ }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "PHQ-9 questions").toBeLessThanOrEqual(0);
});
