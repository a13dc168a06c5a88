import { expect, test, type Page } from "@playwright/test";
import { apiToken, bearer, DEMO_PASSWORD, signInAs } from "../helpers";
import { registerPerson } from "./helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

const bucket = (page: Page, name: string) => page.getByRole("list", { name });

test("on a phone, a carer takes the most urgent overdue person, records a home visit that changes the colour, and sees them move down the list", async ({ page }) => {
  test.slow();
  await signInAs(page, "carer");
  await page.goto("/care");
  await expect(page.getByRole("heading", { level: 1, name: "走访工作台" })).toBeVisible();

  const overdue = bucket(page, "已逾期");
  const first = overdue.getByRole("article").first();
  await expect(first).toBeVisible();
  const name = (await first.getByRole("heading").innerText()).trim();
  await expect(first).toContainText(/已逾期 \d+ 天/);
  // Address and a number to tap are on the card.
  await expect(first.getByRole("link", { name: /^\d{11}$|拨打/ })).toHaveAttribute("href", /^tel:/);

  await first.getByRole("link", { name: "记录走访" }).tap();
  await expect(page).toHaveURL(/\/care\/persons\/\d+#record-visit$/);
  const form = page.getByRole("form", { name: "记录走访" });
  await form.getByText("入户走访").tap();
  await form.getByLabel("心理状态").fill("情绪明显好转，愿意参加社区活动。");
  await form.getByLabel("采取的措施").fill("倾听陪伴，约定两周后再访。");
  await form.getByText("黄色预警").tap();
  await form.getByLabel("调整原因").fill("连续两次走访情绪稳定。");
  await form.getByRole("button", { name: "保存走访记录" }).tap();
  await expect(form.getByRole("status")).toContainText("走访已记录，下次走访", { timeout: 20_000 });

  // The timeline and the colour history show it.
  await expect(page.getByRole("list", { name: "走访记录" }).getByRole("listitem").first()).toContainText("情绪明显好转", { timeout: 20_000 });
  await expect(page.getByRole("list", { name: "颜色变化记录" }).getByRole("listitem").first()).toContainText("连续两次走访情绪稳定");

  await page.goto("/care");
  await expect(bucket(page, "已逾期").getByRole("heading", { name, exact: true })).toHaveCount(0);
  const later = bucket(page, "之后到期").getByRole("article").filter({ has: page.getByRole("heading", { name, exact: true }) });
  await expect(later).toHaveCount(1);
  await expect(later).toContainText("黄");
});

test("a visit form kept open past the session timeout loses nothing: after signing in again the visit is saved, once", async ({ page, request }) => {
  test.slow();
  const token = await apiToken(request, "carer");
  const p = await registerPerson(request, token, { riskColor: "red" });
  await signInAs(page, "carer");
  await page.goto(`/care/persons/${p.id}`);
  const form = page.getByRole("form", { name: "记录走访" });
  await form.getByLabel("家庭情况").fill("老伴住院，本人独自在家。");
  await form.getByText("电话回访").tap();

  // The session ends while the form is open.
  await page.context().clearCookies();
  await form.getByRole("button", { name: "保存走访记录" }).tap();
  await expect(page).toHaveURL(/\/login\?expired=1/, { timeout: 20_000 });

  await page.getByLabel("用户名").fill("carer");
  await page.getByLabel("密码").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "登录", exact: true }).tap();
  await expect(page).toHaveURL(new RegExp(`/care/persons/${p.id}`), { timeout: 20_000 });
  await expect(page.getByRole("form", { name: "记录走访" }).getByRole("status")).toContainText("走访已记录", { timeout: 20_000 });
  await expect(page.getByRole("list", { name: "走访记录" })).toContainText("老伴住院，本人独自在家。", { timeout: 20_000 });

  // Reloading does not send it again.
  await page.reload();
  await expect(page.getByRole("list", { name: "走访记录" })).toBeVisible();
  const visits = await (await request.get(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(token) })).json();
  expect(visits.items).toHaveLength(1);
  expect(visits.items[0]).toMatchObject({ kind: "phone", observations: { family: "老伴住院，本人独自在家。" } });
});

test("a double tap on save makes one visit", async ({ page, request }) => {
  test.slow();
  const token = await apiToken(request, "carer");
  const p = await registerPerson(request, token, { riskColor: "yellow" });
  await signInAs(page, "carer");
  await page.goto(`/care/persons/${p.id}`);
  const form = page.getByRole("form", { name: "记录走访" });
  await form.getByLabel("身体健康").fill("血压偏高，按时服药。");
  const save = form.getByRole("button", { name: "保存走访记录" });
  await save.dblclick();
  await expect(form.getByRole("status")).toContainText("走访已记录", { timeout: 20_000 });
  const visits = await (await request.get(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(token) })).json();
  expect(visits.items).toHaveLength(1);
});

test("a carer registers a left-behind child from the register form with the guardian's consent", async ({ page }) => {
  test.slow();
  await signInAs(page, "carer");
  await page.goto("/care/persons/new");
  const form = page.getByRole("form", { name: "纳入关爱" });
  await form.getByText("新建居民档案").tap();
  const name = `留守测试${Date.now() % 100000}`;
  await form.getByLabel("姓名").fill(name);
  await form.getByLabel("性别").selectOption("male");
  await form.getByLabel("出生年份").fill("2015");
  await form.getByLabel("人群类别").selectOption("left_behind");
  await form.getByText("留守儿童").tap();
  await form.getByLabel("监护人或联系人").fill("张奶奶");
  await form.getByLabel("联系人电话").fill("13900003333");
  await form.getByText("红色预警").tap();
  await form.getByRole("button", { name: "纳入关爱" }).tap();
  // Consent is required before the form is sent.
  await expect(form.getByText("须先取得本人（或监护人）的单独同意。")).toBeVisible();
  await form.getByLabel(/已取得本人（或监护人）/).check();
  await form.getByRole("button", { name: "纳入关爱" }).tap();
  await expect(page).toHaveURL(/\/care\/persons\/\d+\?registered=1/, { timeout: 20_000 });
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByText("已纳入关爱，首次走访今天到期。")).toBeVisible();
  await expect(page.getByText("张奶奶")).toBeVisible();
});
