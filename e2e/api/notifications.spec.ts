import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { serviceId, slotsOf, userId } from "../appointments/helpers";

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
type Item = { id: number; type: string; title: string; createdAt: string; readAt: string | null };

async function notificationsOf(request: APIRequestContext, token: string): Promise<{ items: Item[]; unread: number }> {
  const res = await request.get("/api/v1/notifications?limit=200", { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return res.json();
}

/** A generated counsellor (from the end of the list, away from the other tests) with a free slot. */
async function counselorWithSlot(request: APIRequestContext, admin: string, svc: number) {
  for (let n = 28; n >= 1; n--) {
    const username = `zx${String(n).padStart(2, "0")}`;
    const token = await apiToken(request, username);
    const id = await userId(request, token);
    const slots = await slotsOf(request, admin, id, svc);
    if (slots.length) return { username, token, id, slot: slots[slots.length - 1] };
  }
  throw new Error("no counsellor with a free slot");
}

test.describe("notifications API", () => {
  test("each user lists only their own, newest first; marking read is own-only; read-all clears the count", async ({ request }) => {
    expect((await request.get("/api/v1/notifications")).status()).toBe(401);
    const resident = await apiToken(request, "resident");
    const counselor = await apiToken(request, "counselor");
    const mine = await notificationsOf(request, resident);
    const theirs = await notificationsOf(request, counselor);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.unread).toBeGreaterThan(0);
    for (const n of mine.items) {
      expect(Object.keys(n)).toEqual(expect.arrayContaining(["id", "type", "title", "createdAt", "readAt"]));
      expect(n.createdAt).toMatch(ISO_LOCAL);
    }
    const times = mine.items.map((n) => Date.parse(n.createdAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    const myIds = new Set(mine.items.map((n) => n.id));
    expect(theirs.items.some((n) => myIds.has(n.id))).toBe(false);

    // Someone else's notification: not found, and left unread.
    const other = theirs.items.find((n) => n.readAt === null)!;
    expect((await request.post(`/api/v1/notifications/${other.id}/read`, { headers: bearer(resident), data: {} })).status()).toBe(404);
    expect((await notificationsOf(request, counselor)).items.find((n) => n.id === other.id)?.readAt).toBeNull();

    const target = mine.items.find((n) => n.readAt === null)!;
    const res = await request.post(`/api/v1/notifications/${target.id}/read`, { headers: bearer(resident), data: {} });
    expect(res.status()).toBe(200);
    expect((await res.json()).readAt).toMatch(ISO_LOCAL);
    const after = await notificationsOf(request, resident);
    expect(after.items.find((n) => n.id === target.id)?.readAt).toMatch(ISO_LOCAL);
    expect(after.unread).toBe(mine.unread - 1);
    expect((await request.post("/api/v1/notifications/read-all", { headers: bearer(resident), data: { all: true } })).status()).toBe(422);
    expect((await request.post("/api/v1/notifications/read-all", { headers: bearer(resident), data: {} })).status()).toBe(200);
    expect((await notificationsOf(request, resident)).unread).toBe(0);
  });

  test("notification settings: own channels and quiet hours, unknown channels refused", async ({ request }) => {
    const resident = await apiToken(request, "resident");
    expect(await (await request.get("/api/v1/me/notification-settings", { headers: bearer(resident) })).json()).toEqual({ channels: ["log"], quietHours: true });
    expect((await request.put("/api/v1/me/notification-settings", { headers: bearer(resident), data: { channels: ["email"], quietHours: true } })).status()).toBe(422);
    const put = await request.put("/api/v1/me/notification-settings", { headers: bearer(resident), data: { channels: ["sms", "log"], quietHours: false } });
    expect(await put.json()).toEqual({ channels: ["log", "sms"], quietHours: false });
    await request.put("/api/v1/me/notification-settings", { headers: bearer(resident), data: { channels: ["log"], quietHours: true } });
  });

  test("calendar feed: staff only; one VEVENT per confirmed session, no resident name; a reset makes the old URL 404", async ({ request }) => {
    const resident = await apiToken(request, "resident");
    expect((await request.get("/api/v1/me/calendar-feed", { headers: bearer(resident) })).status()).toBe(403);
    expect((await request.get("/api/v1/calendar/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA.ics")).status()).toBe(404);

    const admin = await apiToken(request, "admin");
    const svc = await serviceId(request, admin, "个体心理咨询");
    const c = await counselorWithSlot(request, admin, svc);
    const name = "钱秋菊";
    const made = await request.post("/api/v1/appointments", { headers: bearer(admin), data: { serviceId: svc, counselorId: c.id, startAt: c.slot.startAt, person: { name, gender: "female" } } });
    expect(made.status()).toBe(201);
    const id = (await made.json()).id;
    expect((await request.post(`/api/v1/appointments/${id}/confirm`, { headers: bearer(c.token), data: {} })).status()).toBe(200);

    const feed = await request.get("/api/v1/me/calendar-feed", { headers: bearer(c.token) });
    expect(feed.status()).toBe(200);
    const url = new URL((await feed.json()).url);
    expect(url.pathname).toMatch(/^\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    const ics = await request.get(url.pathname);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    const text = await ics.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(text.trimEnd().endsWith("END:VCALENDAR")).toBe(true);
    const events = text.split("BEGIN:VEVENT").slice(1);
    expect(text.split("END:VEVENT").length - 1).toBe(events.length);

    // Every confirmed (or later) session of this counsellor in the feed's window, and nothing else.
    const list = (await (await request.get(`/api/v1/appointments?limit=200&counselorId=${c.id}`, { headers: bearer(c.token) })).json()).items as { status: string; startAt: string }[];
    const now = Date.now();
    const sessions = list.filter((a) => ["confirmed", "checked_in", "completed"].includes(a.status) && Date.parse(a.startAt) >= now - 30 * 86_400_000 && Date.parse(a.startAt) < now + 180 * 86_400_000);
    expect(events).toHaveLength(sessions.length);
    const local = c.slot.startAt.slice(0, 16).replace(/[-:]/g, "");
    expect(text).toContain(`DTSTART;TZID=Asia/Shanghai:${local}00`);
    for (const e of events) expect(e).toContain("SUMMARY:咨询预约");
    expect(text).not.toContain(name);

    const reset = await request.post("/api/v1/me/calendar-feed/reset", { headers: bearer(c.token), data: {} });
    expect(reset.status()).toBe(200);
    const fresh = new URL((await reset.json()).url);
    expect(fresh.pathname).not.toBe(url.pathname);
    expect((await request.get(url.pathname)).status()).toBe(404);
    expect((await request.get(fresh.pathname)).status()).toBe(200);
    expect(new URL((await (await request.get("/api/v1/me/calendar-feed", { headers: bearer(c.token) })).json()).url).pathname).toBe(fresh.pathname);
  });
});
