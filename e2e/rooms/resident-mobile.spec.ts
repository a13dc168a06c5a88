import { expect, test } from "@playwright/test";
import { signInAs } from "../helpers";

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

test("a resident books 睡眠小屋 from a phone in three taps, sees it at /me, and cancels it", async ({ page }) => {
  test.setTimeout(90_000);
  await signInAs(page, "resident");
  await page.goto("/me/rooms");
  await expect(page.getByRole("heading", { level: 1, name: "预约功能室" })).toBeVisible();

  // Tap 1: the room. Tap 2: a day with free times. Tap 3: a free time.
  await page.getByRole("link", { name: /睡眠小屋/ }).tap();
  await expect(page.getByRole("heading", { name: /第 2 步/ })).toBeVisible();
  await page.getByRole("link", { name: /空闲时段/ }).last().tap();
  await expect(page.getByRole("heading", { name: /第 3 步/ })).toBeVisible();
  const slot = page.getByRole("button", { name: /^预约 / }).first();
  const slotLabel = (await slot.getAttribute("aria-label"))!;
  const time = /(\d{2}:\d{2}–\d{2}:\d{2})$/.exec(slotLabel)![1];
  await slot.tap();

  await expect(page.getByRole("status")).toContainText("预约成功：睡眠小屋");
  await expect(page.getByRole("status")).toContainText(time);

  await page.goto("/me");
  const card = page.getByRole("region", { name: "功能室预约" });
  await expect(card).toContainText("睡眠小屋");
  await expect(card).toContainText(time);

  await card.getByRole("link", { name: "预约功能室" }).tap();
  await page.getByRole("button", { name: new RegExp(`取消 睡眠小屋 .*${time}`) }).tap();
  await page.getByRole("dialog", { name: "取消预约" }).getByRole("button", { name: "确认取消" }).tap();
  await expect(page.getByRole("status")).toContainText("已取消预约");
  await expect(page.getByRole("button", { name: new RegExp(`取消 睡眠小屋 .*${time}`) })).toHaveCount(0);
});
