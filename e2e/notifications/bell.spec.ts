import { expect, test } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";

test("a resident sees the confirmation in the bell, opens it, and the unread count drops", async ({ page, request }) => {
  // resident2's seeded request waits for the demo counsellor; start from a clean bell.
  const resident = await apiToken(request, "resident2");
  expect((await request.post("/api/v1/notifications/read-all", { headers: bearer(resident), data: {} })).status()).toBe(200);
  const waiting = ((await (await request.get("/api/v1/appointments?limit=200&status=requested", { headers: bearer(resident) })).json()).items as { id: number }[])[0];
  expect(waiting, "a requested appointment of resident2").toBeTruthy();
  const counselor = await apiToken(request, "counselor");
  expect((await request.post(`/api/v1/appointments/${waiting.id}/confirm`, { headers: bearer(counselor), data: {} })).status()).toBe(200);

  await signInAs(page, "resident2");
  await page.goto("/me");
  const bell = page.getByRole("link", { name: /^消息通知，\d+ 条未读$/ });
  await expect(bell).toBeVisible();
  const before = Number(/(\d+) 条未读/.exec((await bell.getAttribute("aria-label"))!)![1]);
  expect(before).toBeGreaterThanOrEqual(1);
  await bell.click();
  await expect(page).toHaveURL(/\/me\/notifications$/);
  const list = page.getByRole("list", { name: "我的消息" });
  const item = list.getByRole("button", { name: /您的预约已确认/ }).first();
  await expect(item).toContainText("未读");
  await item.click();
  await expect(page).toHaveURL(/\/me\/appointments$/);
  const left = before - 1;
  await expect(page.getByTestId("notification-bell")).toHaveAttribute("aria-label", left > 0 ? `消息通知，${left} 条未读` : "消息通知");
});
