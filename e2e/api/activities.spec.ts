import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { createActivityVia } from "../activities/helpers";
import { emptyWindow, roomsByCode } from "../rooms/helpers";

test.describe("activities API", () => {
  test("create (201) with the room booked, GET shape, 409 for the same room and time, 401/403/422", async ({ request }) => {
    const teacher = await apiToken(request, "teacher");
    const rooms = await roomsByCode(request, teacher);
    const w = await emptyWindow(request, teacher, rooms.sandplay, 90, 52);
    const body = { title: "API 活动", roomId: rooms.sandplay.id, startAt: w.startAt, endAt: w.endAt, capacity: 2 };

    expect((await request.post("/api/v1/activities", { data: body })).status()).toBe(401);
    const resident = await apiToken(request, "resident");
    const counselor = await apiToken(request, "counselor");
    expect((await request.post("/api/v1/activities", { headers: bearer(resident), data: body })).status()).toBe(403);
    expect((await request.post("/api/v1/activities", { headers: bearer(counselor), data: body })).status()).toBe(403);
    const noOffset = await request.post("/api/v1/activities", { headers: bearer(teacher), data: { ...body, startAt: w.startAt.slice(0, 19) } });
    expect(noOffset.status()).toBe(422);
    expect((await noOffset.json()).error.fieldErrors.startAt).toBeDefined();
    const smuggled = await request.post("/api/v1/activities", { headers: bearer(teacher), data: { ...body, status: "closed" } });
    expect(smuggled.status()).toBe(422);
    expect((await request.post("/api/v1/activities", { headers: bearer(teacher), data: { ...body, capacity: 0 } })).status()).toBe(422);
    expect((await request.post("/api/v1/activities", { headers: bearer(teacher), data: { ...body, endAt: w.startAt } })).status()).toBe(422);

    const created = await request.post("/api/v1/activities", { headers: bearer(teacher), data: body });
    expect(created.status()).toBe(201);
    const a = await created.json();
    expect(a).toMatchObject({ title: "API 活动", roomId: rooms.sandplay.id, startAt: w.startAt, endAt: w.endAt, capacity: 2, registered: 0, waitlisted: 0, status: "open", mySignup: null });
    expect(a.reservationId).toEqual(expect.any(Number));
    expect(a.teachers).toEqual([expect.objectContaining({ name: "陈雨桐" })]);

    const taken = await request.post("/api/v1/activities", { headers: bearer(teacher), data: { ...body, title: "撞车" } });
    expect(taken.status()).toBe(409);
    expect((await taken.json()).error.message).toContain("已被预约");

    const get = await request.get(`/api/v1/activities/${a.id}`, { headers: bearer(resident) });
    expect(get.status()).toBe(200);
    const detail = await get.json();
    for (const k of ["id", "title", "roomId", "startAt", "endAt", "capacity", "registered", "waitlisted", "mySignup"]) expect(detail, k).toHaveProperty(k);
    expect(detail.startAt).toMatch(/\+08:00$/);
    expect((await request.get(`/api/v1/activities/${a.id}`)).status()).toBe(401);
    expect((await request.get("/api/v1/activities/99999999", { headers: bearer(resident) })).status()).toBe(404);
    expect((await request.get("/api/v1/activities/abc", { headers: bearer(resident) })).status()).toBe(404);
  });

  test("sign-up, waitlist, 409 for a second sign-up, cancel promotes; feedback and attendance refusals", async ({ request }) => {
    const { id } = await createActivityVia(request, { room: "studio", fromDays: 53, capacity: 1, title: "API 报名测试" });
    const r1 = await apiToken(request, "resident");
    const r2 = await apiToken(request, "resident2");
    const teacher = await apiToken(request, "teacher");

    const first = await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r1) });
    expect(first.status()).toBe(201);
    expect(await first.json()).toMatchObject({ status: "registered" });
    const again = await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r1) });
    expect(again.status()).toBe(409);
    expect((await again.json()).error.message).toBe("您已经报名了这个活动。");
    const second = await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r2) });
    expect(second.status()).toBe(201);
    expect(await second.json()).toEqual({ status: "waitlisted", waitlistPosition: 1 });
    expect((await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(teacher) })).status()).toBe(403);
    expect((await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r1), data: { residentId: 1 } })).status()).toBe(422);

    expect(await (await request.get(`/api/v1/activities/${id}`, { headers: bearer(r2) })).json()).toMatchObject({ registered: 1, waitlisted: 1, status: "full", mySignup: { status: "waitlisted", waitlistPosition: 1 } });

    const cancel = await request.post(`/api/v1/activities/${id}/signups/cancel`, { headers: bearer(r1) });
    expect(cancel.status()).toBe(200);
    expect(await cancel.json()).toEqual({ status: "cancelled", promoted: 1 });
    expect(await (await request.get(`/api/v1/activities/${id}`, { headers: bearer(r2) })).json()).toMatchObject({ registered: 1, waitlisted: 0, mySignup: { status: "registered" } });

    // Feedback before attending: 409; a bad rating: 422. Attendance before the session: 409.
    expect((await request.post(`/api/v1/activities/${id}/feedback`, { headers: bearer(r2), data: { rating: 5 } })).status()).toBe(409);
    expect((await request.post(`/api/v1/activities/${id}/feedback`, { headers: bearer(r2), data: { rating: 6 } })).status()).toBe(422);
    const roster = await (await request.get(`/api/v1/activities/${id}/signups`, { headers: bearer(teacher) })).json();
    expect(roster.registered).toHaveLength(1);
    const early = await request.post(`/api/v1/activities/${id}/attendance`, { headers: bearer(teacher), data: { marks: [{ signupId: roster.registered[0].signupId, attended: true }] } });
    expect(early.status()).toBe(409);
    expect((await request.post(`/api/v1/activities/${id}/attendance`, { headers: bearer(r2), data: { marks: [] } })).status()).toBe(403);

    // The teacher cancels: 200, and the resident's place is gone.
    const off = await request.post(`/api/v1/activities/${id}/cancel`, { headers: bearer(teacher), data: { reason: "场地调整" } });
    expect(off.status()).toBe(200);
    expect(await (await request.get(`/api/v1/activities/${id}`, { headers: bearer(r2) })).json()).toMatchObject({ status: "cancelled", mySignup: { status: "cancelled" } });
    expect((await request.post(`/api/v1/activities/${id}/signups`, { headers: bearer(r1) })).status()).toBe(409);
  });

  test("lists with cursor paging and the openapi document describes the endpoints", async ({ request }) => {
    const teacher = await apiToken(request, "teacher");
    const page1 = await request.get("/api/v1/activities?scope=all&limit=5", { headers: bearer(teacher) });
    expect(page1.status()).toBe(200);
    const p1 = await page1.json();
    expect(p1.items).toHaveLength(5);
    expect(p1.nextCursor).toEqual(expect.any(String));
    const p2 = await (await request.get(`/api/v1/activities?scope=all&limit=5&cursor=${encodeURIComponent(p1.nextCursor)}`, { headers: bearer(teacher) })).json();
    expect(p2.items.map((a: { id: number }) => a.id)).not.toContain(p1.items[0].id);
    expect((await request.get("/api/v1/activities?limit=500", { headers: bearer(teacher) })).status()).toBe(422);
    expect((await request.get("/api/v1/activities?cursor=x", { headers: bearer(teacher) })).status()).toBe(422);
    expect((await request.get("/api/v1/activities?from=2026-13-01", { headers: bearer(teacher) })).status()).toBe(422);
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.paths["/api/v1/activities/{id}/signups"].post).toBeDefined();
    expect(doc.paths["/api/v1/assessments"].post).toBeDefined();
  });
});

test.describe("assessments API", () => {
  test("anonymous and resident submissions, bands, alert and refusals", async ({ request }) => {
    const item9 = await request.post("/api/v1/assessments", { data: { scale: "PHQ-9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 1] } });
    expect(item9.status()).toBe(201);
    expect(await item9.json()).toMatchObject({ score: 1, band: "无/极轻", alert: true });
    const twenty = await request.post("/api/v1/assessments", { data: { scale: "PHQ-9", answers: [3, 3, 3, 3, 2, 2, 2, 2, 0] } });
    expect(await twenty.json()).toMatchObject({ score: 20, band: "重度", alert: true });
    const gad = await request.post("/api/v1/assessments", { data: { scale: "GAD-7", answers: [2, 2, 2, 2, 2, 0, 0] } });
    expect(await gad.json()).toMatchObject({ score: 10, band: "中度", alert: false });
    expect((await request.post("/api/v1/assessments", { data: { scale: "GAD-7", answers: [0, 0, 0] } })).status()).toBe(422);
    expect((await request.post("/api/v1/assessments", { data: { scale: "PHQ-9", answers: [0, 0, 0, 0, 0, 0, 0, 0, 4] } })).status()).toBe(422);
    expect((await request.post("/api/v1/assessments", { data: { scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 0], residentId: 1 } })).status()).toBe(422);
    expect((await request.post("/api/v1/assessments", { headers: { "Content-Type": "application/json" }, data: Buffer.from("{not json") })).status()).toBe(400);
    expect((await request.post("/api/v1/assessments", { headers: bearer("ak_not-a-token"), data: { scale: "GAD-7", answers: [0, 0, 0, 0, 0, 0, 0] } })).status()).toBe(401);
    const resident = await apiToken(request, "resident");
    expect((await request.post("/api/v1/assessments", { headers: bearer(resident), data: { scale: "GAD-7", answers: [1, 0, 0, 0, 0, 0, 0] } })).status()).toBe(201);
  });

  test("the triage queue is for counsellors and the admin only", async ({ request }) => {
    for (const [user, status] of [["counselor", 200], ["admin", 200], ["teacher", 403], ["resident", 403]] as const) {
      const token = await apiToken(request, user);
      expect((await request.get("/api/v1/assessments/alerts", { headers: bearer(token) })).status(), user).toBe(status);
    }
    expect((await request.get("/api/v1/assessments/alerts")).status()).toBe(401);
  });
});
