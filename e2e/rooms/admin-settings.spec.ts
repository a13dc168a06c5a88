import { expect, test } from "@playwright/test";
import { signInAs } from "../helpers";
import { localDay } from "./helpers";

test.describe("room settings (admin)", () => {
  test.describe.configure({ timeout: 90_000 });

  test("the admin edits a room's description and adds, then removes, a blackout", async ({ page }) => {
    await signInAs(page, "admin");
    await page.goto("/admin/rooms");
    await expect(page.getByRole("heading", { level: 1, name: "功能室设置" })).toBeVisible();

    await page.getByRole("link", { name: "编辑「睡眠小屋」" }).click();
    const settings = page.getByRole("form", { name: "编辑「睡眠小屋」" });
    const text = `安静的休憩空间（${Date.now()}）`;
    await settings.getByLabel("介绍").fill(text);
    await settings.getByRole("button", { name: "保存" }).click();
    await expect(settings.getByRole("status")).toContainText("设置已保存。");
    await page.reload();
    await expect(page.getByRole("form", { name: "编辑「睡眠小屋」" }).getByLabel("介绍")).toHaveValue(text);

    await page.goto("/admin/rooms");
    const day = localDay(55);
    const reason = `器材检修-${Date.now()}`;
    const form = page.getByRole("form", { name: "添加停用时段" });
    await form.getByLabel("功能室").selectOption({ label: "运动减压室" });
    await form.getByLabel("开始 · 日期").fill(day);
    await form.getByLabel("结束 · 日期").fill(day);
    await form.getByLabel("原因").fill(reason);
    await form.getByRole("button", { name: "添加停用时段" }).click();
    await expect(form.getByRole("status")).toContainText("已添加停用时段");
    await expect(page.getByText(reason)).toBeVisible();
    await page.getByRole("button", { name: /删除停用时段：运动减压室/ }).click();
    await expect(page.getByText(reason)).toHaveCount(0);
  });
});
