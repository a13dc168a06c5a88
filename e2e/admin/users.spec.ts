import { expect, test, type Browser, type Page } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { createUserViaApi, OTHER_PASSWORD, STAFF_PASSWORD, uniqueUsername } from "./helpers";

// 账号管理 through the admin's pages, and what each change does to the affected user's existing
// API token and browser session on their very next request.

async function userPage(page: Page, id: number) {
  await page.goto(`/admin/users/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function browserOf(browser: Browser, username: string, password: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, username, password);
  return { context, page };
}

test.describe("account administration pages", () => {
  test.beforeEach(async ({ page }) => {
    // Several argon2 sign-ins and full page round trips per test: allow for a busy machine.
    test.slow();
    await signInAs(page, "admin");
  });

  test("creates a staff user through the form; they must change the password first, and GET /me works", async ({ page, request, browser }) => {
    const username = uniqueUsername("ui");
    await page.goto("/admin/users");
    await page.getByRole("link", { name: "新建账号" }).first().click();
    await expect(page).toHaveURL(/\/admin\/users\/new$/);
    const form = page.getByRole("form", { name: "新建工作人员账号" });

    await form.getByLabel("用户名").fill(username);
    await form.getByLabel("姓名").fill("郑新来");
    await form.getByLabel("电话").fill("13900007777");
    await expect(form.getByLabel("咨询师类别")).toHaveCount(0);
    await form.getByRole("checkbox", { name: "心理咨询师" }).check();
    await form.getByRole("checkbox", { name: "热线值守员" }).check();
    await form.getByLabel("咨询师类别").selectOption({ label: "专家" });
    await form.getByLabel("职务").fill("心理咨询师");
    await expect(form.getByText("至少 10 位，同时包含字母和数字")).toBeVisible();
    await form.getByLabel("初始密码").fill(STAFF_PASSWORD);
    await form.getByRole("button", { name: "创建账号" }).click();

    await expect(page).toHaveURL(/\/admin\/users\/\d+\?created=1$/);
    await expect(page.getByRole("status").filter({ hasText: "账号已创建" })).toBeVisible();
    await expect(page.getByRole("heading", { level: 1, name: "郑新来" })).toBeVisible();
    await expect(page.getByText("待改初始密码")).toBeVisible();
    const id = Number(/\/admin\/users\/(\d+)/.exec(page.url())![1]);

    // The API sees the same account (kind and title saved), and the new user can use the API at once.
    const admin = await apiToken(request, "admin");
    expect(await (await request.get(`/api/v1/users/${id}`, { headers: bearer(admin) })).json()).toMatchObject({
      username,
      roles: ["counselor", "hotline"],
      counselorKind: "expert",
      title: "心理咨询师",
      mustChangePassword: true,
    });
    const token = await apiToken(request, username, STAFF_PASSWORD);
    const me = await request.get("/api/v1/me", { headers: bearer(token) });
    expect(me.status()).toBe(200);
    expect(await me.json()).toMatchObject({ id, username, name: "郑新来", roles: ["counselor", "hotline"] });

    // In the browser, every page sends them to change the password first.
    const them = await browserOf(browser, username, STAFF_PASSWORD);
    await them.page.goto("/home");
    await expect(them.page).toHaveURL(/\/account\/password$/);
    await them.context.close();
  });

  test("shows field errors from the schema and from the server (taken username), with the keyboard alone", async ({ page }) => {
    await page.goto("/admin/users/new");
    const form = page.getByRole("form", { name: "新建工作人员账号" });
    await form.getByRole("button", { name: "创建账号" }).click();
    await expect(form.getByText("用户名为 3–32 位小写字母")).toBeVisible();
    await expect(form.getByText("此项必填。")).toBeVisible();
    await expect(form.getByText("请至少选择一个角色。")).toBeVisible();
    await expect(form.getByText("密码至少 10 位。")).toBeVisible();
    await expect(form.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");

    // Keyboard only: type, Tab through the fields, Space ticks a role, Enter submits.
    await form.getByLabel("用户名").focus();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type("counselor");
    await page.keyboard.press("Tab");
    await expect(form.getByLabel("姓名")).toBeFocused();
    await page.keyboard.type("重名的人");
    await page.keyboard.press("Tab");
    await expect(form.getByLabel("电话")).toBeFocused();
    await page.keyboard.press("Tab");
    await expect(form.getByRole("checkbox", { name: "中心管理员" })).toBeFocused();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await expect(form.getByRole("checkbox", { name: "团体辅导老师" })).toBeFocused();
    await page.keyboard.press("Space");
    await expect(form.getByRole("checkbox", { name: "团体辅导老师" })).toBeChecked();
    await form.getByLabel("初始密码").focus();
    await page.keyboard.type("password123");
    await page.keyboard.press("Enter");
    await expect(form.getByText("这个密码太常见，请换一个。")).toBeVisible();
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(STAFF_PASSWORD);
    await page.keyboard.press("Enter");

    // The server's 409 lands on the username field, and its message in the form's alert.
    await expect(form.getByRole("alert")).toContainText("该用户名已被使用");
    await expect(form.getByLabel("用户名")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/admin\/users\/new$/);
  });

  test("lists accounts with search, role and status filters, and an empty state", async ({ page, request }) => {
    const admin = await apiToken(request, "admin");
    const name = `列表${Date.now().toString(36)}`;
    const u = await createUserViaApi(request, admin, { roles: ["mediator"], name });

    await page.goto("/admin/users");
    await expect(page.getByRole("heading", { level: 1, name: "账号管理" })).toBeVisible();
    const filters = page.getByRole("search", { name: "筛选账号" });
    await filters.getByLabel("搜索").fill(name);
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent(name)}`));
    const table = page.getByRole("region", { name: "账号列表" });
    await expect(table.getByRole("row")).toHaveCount(2);
    const row = table.getByRole("row").nth(1);
    await expect(row).toContainText(u.username);
    await expect(row).toContainText("人民调解员");
    await expect(row).toContainText("启用");
    await expect(row).toContainText("从未登录");

    await filters.getByLabel("角色").selectOption({ label: "团体辅导老师" });
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page.getByText("没有符合条件的账号")).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "新建账号" }).last()).toBeVisible();

    await page.goto(`/admin/users?q=${encodeURIComponent(name)}&role=mediator&status=active`);
    await expect(table.getByRole("row")).toHaveCount(2);
    await page.goto(`/admin/users?q=${encodeURIComponent(name)}&status=disabled`);
    await expect(page.getByText("没有符合条件的账号")).toBeVisible();

    // The demo admin has signed in: the list shows when, in centre time.
    await page.goto("/admin/users?q=admin&role=admin");
    await expect(table.getByRole("row").filter({ hasText: "王建华" })).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 周. \d{2}:\d{2}/);

    for (const q of ["' OR 1=1--", "%", "_%_"]) {
      await page.goto(`/admin/users?q=${encodeURIComponent(q)}`);
      await expect(page.getByText("没有符合条件的账号"), q).toBeVisible();
      await expect(filters.getByLabel("搜索")).toHaveValue(q);
    }
    await page.goto("/admin/users?role=root");
    await expect(page.getByText("筛选条件无效")).toBeVisible();

    await page.goto(`/admin/users?q=${encodeURIComponent(name)}`);
    await table.getByRole("link", { name }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/users/${u.id}$`));
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  });

  test("a role assigned or removed on the page applies to the user's next API request", async ({ page, request }) => {
    const admin = await apiToken(request, "admin");
    const u = await createUserViaApi(request, admin, { roles: ["teacher"] });
    const token = await apiToken(request, u.username, u.password);
    const rolesNow = async () => (await (await request.get("/api/v1/me", { headers: bearer(token) })).json()).roles as string[];
    expect(await rolesNow()).toEqual(["teacher"]);

    await userPage(page, u.id);
    const form = page.getByRole("form", { name: "基本信息和角色" });
    await expect(form.getByRole("checkbox", { name: "团体辅导老师" })).toBeChecked();
    await form.getByRole("checkbox", { name: "热线值守员" }).check();
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByRole("status").filter({ hasText: "账号已更新" })).toBeVisible();
    expect(await rolesNow()).toEqual(["hotline", "teacher"]);

    await form.getByRole("checkbox", { name: "团体辅导老师" }).uncheck();
    await form.getByLabel("姓名").fill("换了岗位");
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByRole("status").filter({ hasText: "账号已更新" })).toBeVisible();
    expect(await rolesNow()).toEqual(["hotline"]);
    expect(await (await request.get("/api/v1/me", { headers: bearer(token) })).json()).toMatchObject({ name: "换了岗位" });

    // No roles at all is refused on the field, and nothing changes.
    await form.getByRole("checkbox", { name: "热线值守员" }).uncheck();
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByText("请至少选择一个角色。")).toBeVisible();
    expect(await rolesNow()).toEqual(["hotline"]);
  });

  test("disabling ends the user's bearer token and browser session at once; enabling lets them sign in again", async ({ page, request, browser }) => {
    const admin = await apiToken(request, "admin");
    const u = await createUserViaApi(request, admin, { roles: ["carer"], name: "将被停用" });
    const token = await apiToken(request, u.username, u.password);
    const them = await browserOf(browser, u.username, u.password);
    await them.page.goto("/account/password");
    await expect(them.page).toHaveURL(/\/account\/password$/);
    expect((await them.page.request.get("/api/v1/me")).status()).toBe(200);

    await userPage(page, u.id);
    const access = page.getByRole("form", { name: "停用或启用账号" });
    await expect(access.getByText("已登录的浏览器和 API 令牌会立即失效")).toBeVisible();
    await access.getByLabel("停用原因").fill("借调到街道");
    await access.getByRole("button", { name: "停用账号" }).click();
    await expect(access.getByRole("status").filter({ hasText: "账号已停用" })).toBeVisible();
    await expect(page.getByText("原因：借调到街道")).toBeVisible();
    await expect(access.getByRole("button", { name: "重新启用" })).toBeVisible();

    // Their very next requests are refused: bearer token, browser page, cookie API call, new sign-in.
    expect((await request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
    await them.page.goto("/account/password");
    await expect(them.page).toHaveURL(/\/login/);
    expect((await them.page.request.get("/api/v1/me")).status()).toBe(401);
    expect((await request.post("/api/v1/auth/token", { data: { username: u.username, password: u.password } })).status()).toBe(401);

    await access.getByRole("button", { name: "重新启用" }).click();
    await expect(access.getByRole("status").filter({ hasText: "账号已启用" })).toBeVisible();
    await expect(access.getByRole("button", { name: "停用账号" })).toBeVisible();
    // The old token stays dead; a fresh sign-in works.
    expect((await request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
    const fresh = await apiToken(request, u.username, u.password);
    expect((await request.get("/api/v1/me", { headers: bearer(fresh) })).status()).toBe(200);
    await them.context.close();
  });

  test("resetting the password ends the user's sessions; the new password works and must be changed", async ({ page, request, browser }) => {
    const admin = await apiToken(request, "admin");
    const u = await createUserViaApi(request, admin, { roles: ["teacher"] });
    const token = await apiToken(request, u.username, u.password);
    const them = await browserOf(browser, u.username, u.password);

    await userPage(page, u.id);
    const reset = page.getByRole("form", { name: "重置密码" });
    await expect(reset.getByText("所有已登录的浏览器和 API 令牌立即失效")).toBeVisible();
    await reset.getByLabel("新密码").fill("short1");
    await reset.getByRole("button", { name: "重置密码" }).click();
    await expect(reset.getByText("密码至少 10 位。")).toBeVisible();
    expect((await request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(200);

    await reset.getByLabel("新密码").fill(OTHER_PASSWORD);
    await reset.getByRole("button", { name: "重置密码" }).click();
    await expect(reset.getByRole("status").filter({ hasText: "密码已重置" })).toBeVisible();
    await expect(reset.getByLabel("新密码")).toHaveValue("");

    expect((await request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
    await them.page.goto("/account/password");
    await expect(them.page).toHaveURL(/\/login/);
    await them.context.close();
    expect((await request.post("/api/v1/auth/token", { data: { username: u.username, password: u.password } })).status()).toBe(401);
    const fresh = await apiToken(request, u.username, OTHER_PASSWORD);
    expect((await request.get("/api/v1/me", { headers: bearer(fresh) })).status()).toBe(200);
    expect(await (await request.get(`/api/v1/users/${u.id}`, { headers: bearer(admin) })).json()).toMatchObject({ mustChangePassword: true });

    const again = await browserOf(browser, u.username, OTHER_PASSWORD);
    await again.page.goto("/home");
    await expect(again.page).toHaveURL(/\/account\/password$/);
    await again.context.close();
  });

  test("the admin's own page offers neither disable nor reset", async ({ page, request }) => {
    const admin = await apiToken(request, "admin");
    const me = (await (await request.get("/api/v1/me", { headers: bearer(admin) })).json()) as { id: number };
    await userPage(page, me.id);
    await expect(page.getByText("这是您自己的账号，不能停用。")).toBeVisible();
    await expect(page.getByRole("button", { name: "停用账号" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "重置密码" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "修改自己的密码" })).toBeVisible();
    // Taking away one's own admin role is refused on the roles field.
    const form = page.getByRole("form", { name: "基本信息和角色" });
    await form.getByRole("checkbox", { name: "中心管理员" }).uncheck();
    await form.getByRole("checkbox", { name: "团体辅导老师" }).check();
    await form.getByRole("button", { name: "保存修改" }).click();
    await expect(form.getByText("不能移除自己的管理员角色。").first()).toBeVisible();
    expect(((await (await request.get("/api/v1/me", { headers: bearer(admin) })).json()) as { roles: string[] }).roles).toEqual(["admin"]);
  });
});

// Under the staff shell's loading.tsx the response has started streaming (200) by the time a page
// calls forbidden()/notFound(), so these check what is shown rather than only the status code.
test.describe("account administration is for admins only", () => {
  for (const role of ["counselor", "hotline", "carer", "resident"]) {
    test(`${role} gets no account pages and no account data`, async ({ page }) => {
      test.slow();
      await signInAs(page, role);
      for (const path of ["/admin/users", "/admin/users/new", "/admin/users/1"]) {
        const res = await page.goto(path);
        expect([200, 403], `${role} ${path}`).toContain(res?.status());
        await expect(page.getByRole("heading", { level: 1, name: "无权访问" })).toBeVisible({ timeout: 20_000 });
        await expect(page.getByRole("heading", { name: "账号管理" })).toHaveCount(0);
        await expect(page.getByRole("form")).toHaveCount(0);
        // The demo admin's phone number is on /admin/users and /admin/users/1 for an admin only.
        expect(await page.content(), `${role} ${path}`).not.toContain("13903930001");
      }
    });
  }

  test("a signed-out visitor goes to the login page; an unknown or malformed id is not found", async ({ page }) => {
    test.slow();
    await page.goto("/admin/users");
    await expect(page).toHaveURL(/\/login/);
    await page.goto("/admin/users/1");
    await expect(page).toHaveURL(/\/login/);
    await signInAs(page, "admin");
    for (const path of ["/admin/users/99999999", "/admin/users/abc", "/admin/users/0", "/admin/users/1.5"]) {
      const res = await page.goto(path);
      expect([200, 404], path).toContain(res?.status());
      await expect(page.getByRole("heading", { level: 1, name: "页面不存在" }), path).toBeVisible({ timeout: 20_000 });
      await expect(page.getByRole("form")).toHaveCount(0);
    }
  });
});
