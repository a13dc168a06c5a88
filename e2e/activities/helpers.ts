import { expect, type APIRequestContext, type Browser } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { emptyWindow, roomsByCode } from "../rooms/helpers";

export const PHONE = { width: 390, height: 844 };

/**
 * Creates an activity through the API as `username` (teacher by default) in an empty window of
 * `room`, searching from `fromDays` ahead (each spec file its own room and distance, so parallel
 * workers do not take each other's window). Returns its id and times.
 */
export async function createActivityVia(
  request: APIRequestContext,
  opts: { room: string; fromDays: number; capacity: number; title: string; username?: string; minutes?: number },
): Promise<{ id: number; startAt: string; endAt: string; roomId: number; token: string }> {
  const token = await apiToken(request, opts.username ?? "teacher");
  const rooms = await roomsByCode(request, token);
  const room = rooms[opts.room];
  const w = await emptyWindow(request, token, room, opts.minutes ?? 60, opts.fromDays);
  const res = await request.post("/api/v1/activities", { headers: bearer(token), data: { title: opts.title, roomId: room.id, startAt: w.startAt, endAt: w.endAt, capacity: opts.capacity, type: "group_counselling" } });
  expect(res.status(), await res.text()).toBe(201);
  const body = await res.json();
  return { id: body.id, startAt: w.startAt, endAt: w.endAt, roomId: room.id, token };
}

/**
 * New resident accounts through the public registration page (there is no registration API),
 * ten browsers at a time. Phone numbers are `prefix` followed by the index.
 */
export async function registerResidents(browser: Browser, prefix: string, count: number, password = "Spring2026ok"): Promise<string[]> {
  const phones = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(11 - prefix.length, "0")}`);
  for (let i = 0; i < phones.length; i += 10) {
    await Promise.all(
      phones.slice(i, i + 10).map(async (phone) => {
        const context = await browser.newContext();
        const page = await context.newPage();
        await page.goto("/register");
        const form = page.getByRole("form", { name: "居民注册" });
        await form.getByLabel("姓名").fill(`测试居民${phone.slice(-3)}`);
        await form.getByLabel("手机号").fill(phone);
        await form.getByLabel("设置密码").fill(password);
        await form.getByLabel("再输一次密码").fill(password);
        await form.getByRole("checkbox").check();
        await form.getByRole("button", { name: "注册" }).click();
        // Registered and signed in once the portal's URL commits; its rendering is not under test here.
        await page.waitForURL(/\/me$/, { timeout: 90_000, waitUntil: "commit" });
        await context.close();
      }),
    );
  }
  return phones;
}
