import { expect, test } from "@playwright/test";
import { registerPerson } from "../care/helpers";
import { apiToken, bearer, signInAs } from "../helpers";
import { routineCall, todayLocal } from "./helpers";

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

test("a call referred to mediation and to the care team makes the case and the follow-up in the same save", async ({ page, request }) => {
  const carer = await apiToken(request, "carer");
  const person = await registerPerson(request, carer, { riskColor: "green" });
  await signInAs(page, "hotline");
  await page.goto("/hotline/calls/new");
  const f = page.getByRole("form", { name: "来电记录" });
  await f.getByLabel("本人求助").check();
  await f.getByLabel("家庭问题").check();
  await f.getByLabel("通话摘要").fill(`来电者与邻居因漏水争吵，情绪低落 ${Date.now()}`);
  await f.getByLabel("中风险").check();
  await f.getByLabel("需要处置、回访或转介").check();
  await f.getByLabel("转介人民调解").check();
  await f.getByLabel("转介特殊人群关爱").check();
  const referral = f.getByTestId("call-referral");
  await expect(referral).toBeVisible();
  await f.getByLabel("按姓名或电话查找居民").fill(person.name);
  await f.getByRole("button", { name: "搜索" }).click();
  await f.getByRole("button", { name: new RegExp(`关联此人\\s*：${person.name}$`) }).click();
  // The dispute's type, the other party and the note are required for a case: refused on the fields.
  await f.getByRole("button", { name: /保存记录/ }).click();
  await expect(referral.getByText("转介人民调解时请选择纠纷类型。")).toBeVisible();
  await expect(referral.getByText("转介人民调解时请填写对方当事人姓名。")).toBeVisible();
  await expect(page).toHaveURL(/\/hotline\/calls\/new/);

  await referral.getByLabel("纠纷类型").selectOption({ label: "邻里纠纷" });
  await referral.getByLabel("对方当事人姓名").fill("李建国");
  await referral.getByLabel("转介说明").fill("楼上漏水致来电者家中受损，双方争吵多次，愿意调解。");
  await f.getByRole("button", { name: /保存记录/ }).click();
  await expect(page).toHaveURL(/\/hotline\/calls\/(\d+)\?saved=1$/, { timeout: 20_000 });
  await expect(page.getByTestId("referral-mediation")).toContainText(/调解案件 \(\d{4}\)安康人调字第\d{4}号/);
  await expect(page.getByTestId("referral-care")).toContainText("已发给关爱专员");

  // The carer's file of the person shows the request; the mediation case waits for the admin.
  const file = await request.get(`/api/v1/care/persons/${person.id}`, { headers: bearer(carer) });
  const followUps = (await file.json()).followUps as { status: string; note: string }[];
  expect(followUps).toEqual([expect.objectContaining({ status: "open", note: "楼上漏水致来电者家中受损，双方争吵多次，愿意调解。" })]);
});

test("API: a mediation referral without its fields is 422; a care referral for a resident not in care waits for the admin", async ({ request }) => {
  const carer = await apiToken(request, "carer");
  const hotline = await apiToken(request, "hotline");
  const admin = await apiToken(request, "admin");
  // Someone who has left care: a new referral waits for the admin to take them in again.
  const person = await registerPerson(request, carer);
  expect((await request.post(`/api/v1/care/persons/${person.id}/exit`, { headers: bearer(carer), data: { reason: "迁出本辖区", exitedOn: todayLocal() } })).status()).toBe(200);

  const refused = await request.post("/api/v1/hotline/calls", { headers: bearer(hotline), data: routineCall({ residentId: person.residentId, actions: ["referred_mediation"] }) });
  expect(refused.status()).toBe(422);
  expect(Object.keys((await refused.json()).error.fieldErrors).sort()).toEqual(["referralDisputeType", "referralNote", "referralRespondent"]);

  const res = await request.post("/api/v1/hotline/calls", { headers: bearer(hotline), data: routineCall({ residentId: person.residentId, actions: ["referred_care"], referralNote: "搬家后独居，来电时情绪低落。" }) });
  expect(res.status(), await res.text()).toBe(201);
  const call = await res.json();
  expect(call.careFollowUpId).toEqual(expect.any(Number));
  const pending = await request.get("/api/v1/care/follow-ups", { headers: bearer(admin) });
  expect(pending.status()).toBe(200);
  expect((await pending.json()).items).toContainEqual(expect.objectContaining({ id: call.careFollowUpId, source: "hotline", sourceId: call.id, resident: expect.objectContaining({ id: person.residentId }) }));
  expect((await request.get("/api/v1/care/follow-ups", { headers: bearer(carer) })).status()).toBe(403);
  expect((await request.get("/api/v1/care/follow-ups", { headers: bearer(hotline) })).status()).toBe(403);
});
