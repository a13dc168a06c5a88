import { expect, test } from "@playwright/test";
import { apiToken, signInAs } from "../helpers";
import { emptyWindow, roomsByCode, shortLabel } from "./helpers";

test.describe("rooms week grid (staff)", () => {
  // Page tests on a shared, busy build machine: generous time, same assertions.
  test.describe.configure({ timeout: 90_000 });

  test("a counsellor books from an empty cell of the week grid, sees it, and cancels it", async ({ page, request }) => {
    const token = await apiToken(request, "counselor");
    const rooms = await roomsByCode(request, token);
    const w = await emptyWindow(request, token, rooms.sleep, 60, 48);
    await signInAs(page, "counselor");
    await page.goto(`/rooms?week=${w.day}`);
    await expect(page.getByRole("heading", { level: 1, name: "功能室预约" })).toBeVisible();
    await page.getByRole("link", { name: `预约 睡眠小屋 ${shortLabel(w.day)}` }).click();

    const form = page.getByRole("form", { name: "预约功能室" });
    await expect(form).toBeVisible();
    await expect(form.getByLabel("功能室")).toHaveValue(String(rooms.sleep.id));
    await expect(form.getByLabel("日期")).toHaveValue(w.day);
    await form.getByLabel("开始时间").fill(w.startAt.slice(11, 16));
    await form.getByLabel("结束时间").fill(w.endAt.slice(11, 16));
    await form.getByLabel("用途").selectOption("meeting");
    await form.getByLabel("标题（仅工作人员可见）").fill("睡眠干预小组筹备会");
    await form.getByRole("button", { name: "确认预约" }).click();

    const detail = page.getByRole("dialog", { name: "预约详情" });
    await expect(detail).toBeVisible();
    await expect(detail).toContainText("睡眠干预小组筹备会");
    await expect(detail).toContainText(`${w.startAt.slice(11, 16)}–${w.endAt.slice(11, 16)}`);
    await expect(page.getByRole("link", { name: new RegExp(`${w.startAt.slice(11, 16)} 睡眠干预小组筹备会`) })).toHaveCount(1);

    const cancel = detail.getByRole("form", { name: "取消预约" });
    await cancel.getByLabel("取消原因（选填）").fill("时间调整");
    await cancel.getByRole("button", { name: "确认取消" }).click();
    await expect(detail).toBeHidden();
    await expect(page.getByRole("link", { name: /睡眠干预小组筹备会/ })).toHaveCount(0);
  });

  test("a clash is refused in the form with the reason, and the day view shows the rooms side by side", async ({ page, request }) => {
    const token = await apiToken(request, "teacher");
    const rooms = await roomsByCode(request, token);
    const w = await emptyWindow(request, token, rooms.studio, 60, 50);
    const blocker = await request.post("/api/v1/reservations", { headers: { Authorization: `Bearer ${token}` }, data: { roomId: rooms.studio.id, startAt: w.startAt, endAt: w.endAt, purpose: "activity", title: "占位" } });
    expect(blocker.status()).toBe(201);
    await signInAs(page, "counselor");
    await page.goto(`/rooms?week=${w.day}&book=${rooms.studio.id}_${w.day}_${w.startAt.slice(11, 13)}${w.startAt.slice(14, 16)}`);
    const form = page.getByRole("form", { name: "预约功能室" });
    await form.getByRole("button", { name: "确认预约" }).click();
    await expect(form.getByRole("alert")).toContainText("已被预约");

    await page.goto(`/rooms?view=day&day=${w.day}&week=${w.day}`);
    const grid = page.getByRole("region", { name: /各功能室的预约/ });
    await expect(grid.getByRole("group", { name: /心理服务工作室/ })).toContainText("占位");
    await expect(grid.getByRole("group")).toHaveCount(8);
  });

  test("the staff home shows today's room use, linking to the day view", async ({ page }) => {
    await signInAs(page, "teacher");
    await page.goto("/home");
    const card = page.getByRole("region", { name: "今日功能室" });
    await expect(card).toBeVisible();
    await expect(card.getByRole("link")).toHaveCount(9);
    await card.getByRole("link", { name: /睡眠小屋/ }).click();
    await expect(page).toHaveURL(/view=day/);
    // The day view renders all eight rooms' day on the server; allow for a loaded machine.
    await expect(page.getByRole("region", { name: /各功能室的预约/ })).toBeVisible({ timeout: 30_000 });
  });
});
