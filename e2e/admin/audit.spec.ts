import { expect, test } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";

test("the admin reviews the audit log: filters by user and outcome, sees break-glass reads, checks the hash chain", async ({ request, page }) => {
  // A failed sign-in to find.
  const bad = await request.post("/api/v1/auth/token", { data: { username: "teacher", password: "wrong-password-9" } });
  expect(bad.status()).toBe(401);

  await signInAs(page, "admin");
  await page.goto("/admin/audit");
  await expect(page.getByRole("heading", { level: 1, name: "审计日志" })).toBeVisible();
  const filters = page.getByRole("search", { name: "筛选审计记录" }).or(page.getByRole("form", { name: "筛选审计记录" }));
  await filters.getByLabel("操作人账号").fill("teacher");
  await filters.getByLabel("结果").selectOption("failure");
  await filters.getByRole("button", { name: /筛选|查询|搜索/ }).click();
  await expect(page).toHaveURL(/user=teacher/);
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toContainText("teacher");
  await expect(rows.first()).toContainText("失败");
  for (const text of await rows.allInnerTexts()) expect(text).toContain("失败");

  await page.getByRole("link", { name: "紧急查阅" }).click();
  await expect(page).toHaveURL(/reasons=1/);

  const verify = page.getByRole("form", { name: "哈希链校验" });
  await verify.getByRole("button", { name: "立即校验" }).click();
  await expect(verify.getByText(/哈希链完整：已核对 \d+ 条记录/)).toBeVisible();
  await expect(page.getByText(/上次校验：.*完整/)).toBeVisible();
});

test("the audit API is the admin's alone, with the page's filters", async ({ request }) => {
  const admin = await apiToken(request, "admin");
  const res = await request.get("/api/v1/audit?action=auth.&limit=5", { headers: bearer(admin) });
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body.items.length).toBeGreaterThan(0);
  for (const i of body.items) {
    expect(i.action.startsWith("auth.")).toBe(true);
    expect(i.at).toMatch(/\+08:00$/);
  }
  expect((await request.get("/api/v1/audit?from=2026-02-30", { headers: bearer(admin) })).status()).toBe(422);
  expect((await request.post("/api/v1/audit/verify", { headers: bearer(admin) })).status()).toBe(200);
  for (const who of ["counselor", "resident"]) {
    const t = await apiToken(request, who);
    expect((await request.get("/api/v1/audit", { headers: bearer(t) })).status(), who).toBe(403);
    expect((await request.post("/api/v1/audit/verify", { headers: bearer(t) })).status(), who).toBe(403);
  }
});
