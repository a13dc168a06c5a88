import { expect, test } from "@playwright/test";
import { signInAs } from "../helpers";

test.describe("hotline roster", () => {
  test.describe.configure({ timeout: 90_000 });
  test("admin sees the week with its warnings, adds a one-person shift (warned, not refused) and copies last week", async ({ page }) => {
    await signInAs(page, "admin");
    // The demo roster leaves one shift next week with one person.
    await page.goto("/hotline/roster");
    await page.getByRole("link", { name: "下一周" }).click();
    await expect(page.getByText("值班人数不足两人").first()).toBeVisible();

    // A week far ahead: empty, then one shift with one person.
    await page.goto("/hotline/roster?week=2027-06-07");
    await expect(page.getByText("这一周还没有班次。")).toBeVisible();
    await page.getByRole("button", { name: "添加班次" }).click();
    const dialog = page.getByRole("dialog", { name: "添加班次" });
    await dialog.getByLabel("开始时间").fill("2027-06-08T08:00");
    await dialog.getByLabel("结束时间").fill("2027-06-08T14:00");
    await dialog.getByLabel("周晓梅").check();
    await dialog.getByRole("button", { name: "保存班次" }).click();
    await expect(dialog).toBeHidden();
    const table = page.getByRole("region", { name: "值班排班" }).last();
    await expect(table).toContainText("周晓梅");
    await expect(table).toContainText("值班人数不足两人");

    // Copy it into the next week.
    await page.goto("/hotline/roster?week=2027-06-14");
    await page.getByRole("button", { name: "复制上一周排班" }).click();
    await expect(page.getByText("已复制 1 个班次")).toBeVisible();
    await expect(page.getByRole("region", { name: "值班排班" }).last()).toContainText("周晓梅");
  });

  test("a hotline operator reads the roster without the admin's controls", async ({ page }) => {
    await signInAs(page, "hotline");
    await page.goto("/hotline/roster");
    await expect(page.getByRole("heading", { name: "值班排班", level: 1 })).toBeVisible();
    await expect(page.getByRole("button", { name: "添加班次" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "复制上一周排班" })).toHaveCount(0);
  });
});
