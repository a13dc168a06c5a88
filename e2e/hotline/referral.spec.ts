import { expect, test } from "@playwright/test";
import { registerPerson } from "../care/helpers";
import { apiToken, signInAs } from "../helpers";

// Issue 5: a call's referral creates the linked appointment request in the same save, and the
// request waits in the triage queue with its source.

test.describe.configure({ timeout: 90_000 });

test("a call referred to an appointment is refused without a resident, then saved and queued with its source", async ({ page, browser, request }) => {
  // A fresh person in the register (not a demo resident account, whose own open-request limit other tests rely on).
  const person = await registerPerson(request, await apiToken(request, "carer"));
  await signInAs(page, "hotline");
  await page.goto("/hotline/calls/new");
  const f = page.getByRole("form", { name: "来电记录" });
  await f.getByLabel("本人求助").check();
  await f.getByLabel("情绪困扰").check();
  await f.getByLabel("通话摘要").fill(`来电者与家人争吵后情绪崩溃，愿意到中心面谈 ${Date.now()}`);
  await f.getByLabel("高风险").check();
  await f.getByLabel("制定安全计划").check();
  await f.getByLabel("转介心理咨询预约").check();
  await f.getByRole("button", { name: "1 小时后" }).click();
  await f.getByRole("button", { name: /保存记录/ }).click();
  await expect(f.getByText("转介心理咨询预约前，请先为来电关联居民档案（匿名来电无法转介预约）。").first()).toBeVisible();
  await expect(page).toHaveURL(/\/hotline\/calls\/new/);

  await f.getByLabel("按姓名或电话查找居民").fill(person.name);
  await f.getByRole("button", { name: "搜索" }).click();
  await f.getByRole("button", { name: new RegExp(`关联此人\\s*：${person.name}$`) }).click();
  await expect(f.getByTestId("linked-resident")).toHaveText(person.name);
  await f.getByRole("button", { name: /保存记录/ }).click();
  await expect(page).toHaveURL(/\/hotline\/calls\/(\d+)\?saved=1$/, { timeout: 20_000 });
  const callId = Number(/calls\/(\d+)/.exec(page.url())![1]);
  const referral = page.getByTestId("referral-appointment");
  await expect(referral).toHaveText(/^咨询预约 #\d+$/);
  const appointmentId = Number(/#(\d+)/.exec((await referral.textContent())!)![1]);

  // The admin's triage queue shows the request with its source, linked back to the call.
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInAs(adminPage, "admin");
  await adminPage.goto("/appointments");
  const row = adminPage.getByRole("row").filter({ has: adminPage.locator(`a[href="/appointments/${appointmentId}"]`) });
  await expect(row.getByTestId("appointment-source")).toContainText("热线转介");
  await row.getByRole("link", { name: `热线来电 #${callId}` }).click();
  await expect(adminPage).toHaveURL(new RegExp(`/hotline/calls/${callId}$`));
  await expect(adminPage.getByRole("link", { name: `咨询预约 #${appointmentId}` })).toBeVisible();
  await admin.close();
});
