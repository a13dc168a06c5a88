import { expect, type APIRequestContext, type PlaywrightWorkerArgs } from "@playwright/test";
import { callAction, E2E_BASE, serverActions } from "../actions";
import { apiToken, bearer } from "../helpers";
import { emptyWindow, roomsByCode } from "../rooms/helpers";

export const PHONE = { width: 390, height: 844 };

type PlaywrightLike = PlaywrightWorkerArgs["playwright"];

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
 * New resident accounts through the registration form's own server action (the form itself has
 * its tests in e2e/resident/register.spec.ts), ten at a time. Phone numbers are `prefix` followed
 * by the index. Each lands signed in: the action redirects to the portal.
 */
export async function registerResidents(playwright: PlaywrightLike, prefix: string, count: number, password = "Spring2026ok"): Promise<string[]> {
  const register = serverActions().find((a) => a.name === "registerAction");
  expect(register, "registerAction in the build").toBeTruthy();
  const phones = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(11 - prefix.length, "0")}`);
  for (let i = 0; i < phones.length; i += 10) {
    await Promise.all(
      phones.slice(i, i + 10).map(async (phone) => {
        const request = await playwright.request.newContext({ baseURL: E2E_BASE });
        const res = await callAction(request, register!, [{ name: `测试居民${phone.slice(-3)}`, phone, password, confirmPassword: password, consent: true }]);
        expect(res.headers()["x-action-redirect"] ?? "", `register ${phone}`).toMatch(/^\/me/);
        await request.dispose();
      }),
    );
  }
  return phones;
}
