import { expect, test } from "@playwright/test";
import { apiToken, bearer, signInAs } from "../helpers";
import { emptyWindow, roomsByCode } from "../rooms/helpers";

test.describe("rooms: who may see and change what", () => {
  // Page tests on a shared, busy build machine: generous time, same assertions.
  test.describe.configure({ timeout: 90_000 });

  test("a resident cannot cancel, move or read another resident's reservation (404) and it stays", async ({ request }) => {
    const owner = await apiToken(request, "resident2");
    const other = await apiToken(request, "resident");
    const staff = await apiToken(request, "admin");
    const rooms = await roomsByCode(request, owner);
    const w = await emptyWindow(request, staff, rooms.emotion, 60, 40);
    const booked = await request.post("/api/v1/reservations", { headers: bearer(owner), data: { roomId: rooms.emotion.id, startAt: w.startAt, endAt: w.endAt } });
    expect(booked.status()).toBe(201);
    const { id } = await booked.json();
    expect((await request.post(`/api/v1/reservations/${id}/cancel`, { headers: bearer(other), data: {} })).status()).toBe(404);
    expect((await request.post(`/api/v1/reservations/${id}/move`, { headers: bearer(other), data: { startAt: w.startAt, endAt: w.endAt } })).status()).toBe(404);
    expect((await request.get(`/api/v1/reservations/${id}`, { headers: bearer(other) })).status()).toBe(404);
    const list = await (await request.get("/api/v1/reservations?mine=0", { headers: bearer(other) })).json();
    expect(list.items.map((r: { id: number }) => r.id)).not.toContain(id);
    expect((await (await request.get(`/api/v1/reservations/${id}`, { headers: bearer(owner) })).json()).status).toBe("confirmed");
    expect((await request.post(`/api/v1/reservations/${id}/cancel`, { headers: bearer(owner), data: {} })).status()).toBe(200);
  });

  test("a resident sees only busy times of other people's bookings: no titles, no names", async ({ request }) => {
    const staff = await apiToken(request, "counselor");
    const resident = await apiToken(request, "resident");
    const rooms = await roomsByCode(request, staff);
    const w = await emptyWindow(request, staff, rooms.sleep, 60, 42);
    const title = `保密督导-${Date.now()}`;
    const booked = await request.post("/api/v1/reservations", { headers: bearer(staff), data: { roomId: rooms.sleep.id, startAt: w.startAt, endAt: w.endAt, purpose: "meeting", title } });
    expect(booked.status()).toBe(201);
    const res = await request.get(`/api/v1/rooms/${rooms.sleep.id}/reservations?from=${w.day}&to=${w.day}`, { headers: bearer(resident) });
    expect(res.status()).toBe(200);
    const text = await res.text();
    expect(text).not.toContain(title);
    expect(text).not.toContain("李静怡");
    expect(text).not.toContain("bookedBy");
    const body = JSON.parse(text);
    expect(body.items).toContainEqual({ startAt: w.startAt, endAt: w.endAt, busy: true });
    const slots = await (await request.get(`/api/v1/rooms/${rooms.sleep.id}/slots?date=${w.day}`, { headers: bearer(resident) })).json();
    expect(slots.items.map((s: { startAt: string }) => s.startAt)).not.toContain(w.startAt);
    await request.post(`/api/v1/reservations/${(await booked.json()).id}/cancel`, { headers: bearer(staff), data: {} });
  });

  test("staff change only their own bookings (403 otherwise); an admin may change any", async ({ request }) => {
    const owner = await apiToken(request, "counselor2");
    const other = await apiToken(request, "mediator");
    const admin = await apiToken(request, "admin");
    const rooms = await roomsByCode(request, owner);
    const w = await emptyWindow(request, owner, rooms.vr, 60, 44);
    const { id } = await (await request.post("/api/v1/reservations", { headers: bearer(owner), data: { roomId: rooms.vr.id, startAt: w.startAt, endAt: w.endAt, purpose: "other" } })).json();
    expect((await request.post(`/api/v1/reservations/${id}/cancel`, { headers: bearer(other), data: {} })).status()).toBe(403);
    expect((await request.post(`/api/v1/reservations/${id}/move`, { headers: bearer(other), data: { startAt: w.startAt, endAt: w.endAt } })).status()).toBe(403);
    expect((await request.post(`/api/v1/reservations/${id}/cancel`, { headers: bearer(admin), data: { reason: "设备检修" } })).status()).toBe(200);
  });

  test("residents may not hold, repeat, change rooms or blackouts; staff may not change rooms", async ({ request }) => {
    const resident = await apiToken(request, "resident");
    const teacher = await apiToken(request, "teacher");
    const rooms = await roomsByCode(request, resident);
    const w = await emptyWindow(request, teacher, rooms.music, 60, 46);
    const hold = await request.post("/api/v1/reservations", { headers: bearer(resident), data: { roomId: rooms.music.id, startAt: w.startAt, endAt: w.endAt, holdMinutes: 30 } });
    expect(hold.status()).toBe(403);
    expect((await request.post("/api/v1/reservation-series", { headers: bearer(resident), data: { roomId: rooms.music.id, startAt: w.startAt, endAt: w.endAt, count: 2 } })).status()).toBe(403);
    expect((await request.post("/api/v1/blackouts", { headers: bearer(resident), data: { startAt: w.startAt, endAt: w.endAt, reason: "x" } })).status()).toBe(403);
    expect((await request.patch(`/api/v1/rooms/${rooms.music.id}`, { headers: bearer(teacher), data: {} })).status()).toBe(403);
    expect((await request.get("/api/v1/rooms/usage?from=2026-12-01&to=2026-12-31", { headers: bearer(teacher) })).status()).toBe(403);
    // Nothing was booked by the refused calls.
    const mine = await (await request.get(`/api/v1/reservations?mine=1&from=${w.day}&to=${w.day}`, { headers: bearer(resident) })).json();
    expect(mine.items).toEqual([]);
  });

  test("the staff room pages refuse a resident, and the admin settings refuse other staff", async ({ page }) => {
    // The server's answer (a real 403 with the refusal view, none of the page), without a browser render.
    const refused = async (path: string, heading: string) => {
      const res = await page.request.get(path);
      expect(res.status(), path).toBe(403);
      const html = await res.text();
      expect(html, path).toContain("无权访问");
      expect(html, path).not.toContain(`>${heading}</h1>`);
    };
    await signInAs(page, "resident");
    await refused("/rooms", "功能室预约");
    await refused("/rooms/mine", "我的预约");
    await refused("/admin/rooms", "功能室设置");
    await page.context().clearCookies();
    await signInAs(page, "teacher");
    await refused("/admin/rooms", "功能室设置");
    await page.goto("/rooms");
    await expect(page.getByRole("heading", { level: 1, name: "功能室预约" })).toBeVisible();
  });
});
