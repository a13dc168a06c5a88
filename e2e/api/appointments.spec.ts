import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { centreDate, serviceId, slotsOf, userId } from "../appointments/helpers";

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;
const post = (request: APIRequestContext, token: string, path: string, data: unknown) => request.post(path, { headers: bearer(token), data });

/**
 * A counsellor other than the two demo ones (whose calendars the UI tests use) with at least `min`
 * free slots of the service in the coming two weeks; `nth` picks a different one per test.
 */
async function counselorWithSlots(request: APIRequestContext, svc: number, min: number, nth = 0) {
  const admin = await apiToken(request, "admin");
  const all = (await (await request.get("/api/v1/counselors", { headers: bearer(admin) })).json()).items as { id: number; name: string }[];
  let found = 0;
  for (const c of all.filter((x) => x.name !== "李静怡" && x.name !== "赵明远")) {
    const slots = await slotsOf(request, admin, c.id, svc);
    if (slots.length >= min && found++ === nth) return { id: c.id, slots };
  }
  throw new Error("no counsellor with free slots");
}

test.describe("appointments API", () => {
  test("every appointments route refuses a caller without a token (401)", async ({ request }) => {
    for (const [method, path] of [
      ["GET", "/api/v1/services"],
      ["GET", "/api/v1/counselors"],
      ["GET", "/api/v1/counselors/1/slots?from=2026-12-01&to=2026-12-02&serviceId=1"],
      ["GET", "/api/v1/appointments"],
      ["POST", "/api/v1/appointments"],
      ["GET", "/api/v1/appointments/1"],
      ["POST", "/api/v1/appointments/1/confirm"],
      ["POST", "/api/v1/appointments/1/cancel"],
      ["POST", "/api/v1/appointments/1/complete"],
      ["POST", "/api/v1/appointments/1/no-show"],
    ] as const) {
      const res = await request.fetch(path, { method, data: method === "POST" ? {} : undefined });
      expect(res.status(), `${method} ${path}`).toBe(401);
    }
  });

  test("services, counsellors and slots", async ({ request }) => {
    const token = await apiToken(request, "resident");
    const services = await (await request.get("/api/v1/services", { headers: bearer(token) })).json();
    expect(services.items.map((s: { name: string }) => s.name)).toEqual(expect.arrayContaining(["个体心理咨询", "家庭咨询", "沙盘治疗", "音乐放松", "VR心灵陪护", "测评结果解读"]));
    expect(services.items[0]).toEqual(expect.objectContaining({ id: expect.any(Number), name: expect.any(String), durationMinutes: expect.any(Number) }));

    const counselors = await (await request.get("/api/v1/counselors", { headers: bearer(token) })).json();
    expect(counselors.items.length).toBeGreaterThanOrEqual(25);
    const li = counselors.items.find((c: { name: string }) => c.name === "李静怡");
    expect(li).toMatchObject({ kind: "expert", specialties: expect.arrayContaining(["情绪管理"]) });
    expect(JSON.stringify(counselors)).not.toContain("phone");
    const sandplay = await (await request.get(`/api/v1/counselors?specialty=${encodeURIComponent("沙盘治疗")}`, { headers: bearer(token) })).json();
    expect(sandplay.items.every((c: { specialties: string[] }) => c.specialties.includes("沙盘治疗"))).toBe(true);

    const svc = await serviceId(request, token, "个体心理咨询");
    const slots = await slotsOf(request, token, li.id, svc);
    expect(slots.length).toBeGreaterThan(0);
    for (const s of slots) {
      expect(s.startAt).toMatch(ISO_LOCAL);
      expect(Date.parse(s.endAt) - Date.parse(s.startAt)).toBe(50 * 60_000);
      // Residents get at least two hours' notice.
      expect(Date.parse(s.startAt)).toBeGreaterThan(Date.now() + 2 * 3_600_000 - 60_000);
    }
    const bad = [
      `/api/v1/counselors/${li.id}/slots?from=${centreDate(1)}&to=${centreDate(2)}`,
      `/api/v1/counselors/${li.id}/slots?from=${centreDate(1)}&to=${centreDate(60)}&serviceId=${svc}`,
      `/api/v1/counselors/${li.id}/slots?from=2026-02-30&to=${centreDate(2)}&serviceId=${svc}`,
    ];
    for (const path of bad) expect((await request.get(path, { headers: bearer(token) })).status(), path).toBe(422);
    expect((await request.get(`/api/v1/counselors/999999/slots?from=${centreDate(1)}&to=${centreDate(2)}&serviceId=${svc}`, { headers: bearer(token) })).status()).toBe(404);
  });

  test("request → 409 for the same slot → confirm → cancel frees slot and room; refusals on the way", async ({ request }) => {
    const resident2 = await apiToken(request, "resident2");
    const resident = await apiToken(request, "resident");
    const admin = await apiToken(request, "admin");
    const counselor2 = await apiToken(request, "counselor2");
    const teacher = await apiToken(request, "teacher");
    const svc = await serviceId(request, admin, "个体心理咨询");
    const c = await counselorWithSlots(request, svc, 4, 0);
    const slot = c.slots[c.slots.length - 1];

    // 422: no offset, unknown field, half a slot; 403: a resident naming a resident, a teacher.
    expect((await post(request, resident2, "/api/v1/appointments", { serviceId: svc, counselorId: c.id, startAt: slot.startAt.slice(0, 19) })).status()).toBe(422);
    expect((await post(request, resident2, "/api/v1/appointments", { serviceId: svc, counselorId: c.id, startAt: slot.startAt, status: "confirmed" })).status()).toBe(422);
    expect((await post(request, resident2, "/api/v1/appointments", { serviceId: svc, counselorId: c.id })).status()).toBe(422);
    expect((await post(request, resident2, "/api/v1/appointments", { serviceId: svc, note: "替别人预约一下", residentId: 1 })).status()).toBe(403);
    expect((await post(request, teacher, "/api/v1/appointments", { serviceId: svc, note: "老师替学生预约", residentId: 1 })).status()).toBe(403);

    const created = await post(request, resident2, "/api/v1/appointments", { serviceId: svc, counselorId: c.id, startAt: slot.startAt, note: "想聊聊工作压力" });
    expect(created.status()).toBe(201);
    const body = await created.json();
    expect(body).toMatchObject({ id: expect.any(Number), status: "requested", mode: "slot", counselorId: c.id, startAt: slot.startAt, roomId: expect.any(Number) });
    expect(body.holdExpiresAt).toMatch(ISO_LOCAL);
    const id = body.id as number;

    // The slot is held: nobody else gets it, and it is gone from the slots.
    const taken = await post(request, resident, "/api/v1/appointments", { serviceId: svc, counselorId: c.id, startAt: slot.startAt });
    expect(taken.status()).toBe(409);
    expect((await taken.json()).error.code).toBe("conflict");
    expect((await slotsOf(request, admin, c.id, svc)).map((s) => s.startAt)).not.toContain(slot.startAt);

    const got = await (await request.get(`/api/v1/appointments/${id}`, { headers: bearer(resident2) })).json();
    expect(got).toMatchObject({ id, status: "requested", note: "想聊聊工作压力", hasSessionRecord: false });
    expect(got).not.toHaveProperty("presentingIssue");
    expect((await request.get(`/api/v1/appointments/${id}`, { headers: bearer(resident) })).status()).toBe(404);

    // Confirm: not the resident (403), not another counsellor (404); the admin yes; twice is 409.
    expect((await post(request, resident2, `/api/v1/appointments/${id}/confirm`, {})).status()).toBe(403);
    expect((await post(request, counselor2, `/api/v1/appointments/${id}/confirm`, {})).status()).toBe(404);
    expect((await post(request, admin, `/api/v1/appointments/${id}/confirm`, { startAt: "2026-12-01T10:00:00" })).status()).toBe(422);
    const confirmed = await post(request, admin, `/api/v1/appointments/${id}/confirm`, {});
    expect(confirmed.status()).toBe(200);
    expect(await confirmed.json()).toMatchObject({ status: "confirmed", roomId: body.roomId });
    expect((await post(request, admin, `/api/v1/appointments/${id}/confirm`, {})).status()).toBe(409);

    // Not started yet: no-show and check-in are 409; the resident may not mark them (403); completing is its counsellor's alone.
    expect((await post(request, admin, `/api/v1/appointments/${id}/no-show`, {})).status()).toBe(409);
    expect((await post(request, admin, `/api/v1/appointments/${id}/check-in`, {})).status()).toBe(409);
    expect((await post(request, resident2, `/api/v1/appointments/${id}/no-show`, {})).status()).toBe(403);
    expect((await post(request, resident2, `/api/v1/appointments/${id}/complete`, {})).status()).toBe(403);
    expect((await post(request, counselor2, `/api/v1/appointments/${id}/complete`, {})).status()).toBe(404);

    // The resident cancels with a reason (none: 422): slot and room are free again.
    expect((await post(request, resident2, `/api/v1/appointments/${id}/cancel`, {})).status()).toBe(422);
    expect((await post(request, resident, `/api/v1/appointments/${id}/cancel`, { reason: "不是我的预约" })).status()).toBe(404);
    const cancelled = await post(request, resident2, `/api/v1/appointments/${id}/cancel`, { reason: "临时出差" });
    expect(cancelled.status()).toBe(200);
    expect(await cancelled.json()).toMatchObject({ status: "cancelled" });
    expect((await post(request, resident2, `/api/v1/appointments/${id}/cancel`, { reason: "再取消一次" })).status()).toBe(409);
    expect((await slotsOf(request, admin, c.id, svc)).map((s) => s.startAt)).toContain(slot.startAt);

    // Staff book the freed slot on the resident's behalf (walk-in), and confirm it with the same room.
    const residentId = got.residentId as number;
    const again = await post(request, admin, "/api/v1/appointments", { serviceId: svc, counselorId: c.id, startAt: slot.startAt, residentId });
    expect(again.status()).toBe(201);
    const againBody = await again.json();
    expect(againBody.roomId).toBe(body.roomId);
    expect((await post(request, admin, `/api/v1/appointments/${againBody.id}/confirm`, { roomId: 999999 })).status()).toBe(422);
    expect((await post(request, admin, `/api/v1/appointments/${againBody.id}/confirm`, {})).status()).toBe(200);
    expect((await post(request, admin, `/api/v1/appointments/${againBody.id}/cancel`, { reason: "居民来电取消" })).status()).toBe(200);
    expect((await request.get(`/api/v1/appointments/999999`, { headers: bearer(admin) })).status()).toBe(404);
  });

  test("lists are scoped: a resident sees their own, a counsellor theirs, a teacher none (403)", async ({ request }) => {
    const resident = await apiToken(request, "resident");
    const counselor = await apiToken(request, "counselor");
    const teacher = await apiToken(request, "teacher");
    const mine = await (await request.get("/api/v1/appointments?limit=200", { headers: bearer(resident) })).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((a: { residentId: number }) => a.residentId)).size).toBe(1);
    const widened = await (await request.get(`/api/v1/appointments?residentId=${mine.items[0].residentId + 1}`, { headers: bearer(resident) })).json();
    expect(widened.items).toEqual([]);
    const counselorId = await userId(request, counselor);
    const theirs = await (await request.get("/api/v1/appointments?limit=200", { headers: bearer(counselor) })).json();
    expect(theirs.items.every((a: { counselorId: number }) => a.counselorId === counselorId)).toBe(true);
    expect((await request.get("/api/v1/appointments", { headers: bearer(teacher) })).status()).toBe(403);
    expect((await request.get("/api/v1/appointments?queue=1", { headers: bearer(resident) })).status()).toBe(403);
    expect((await request.get("/api/v1/appointments?status=nope", { headers: bearer(counselor) })).status()).toBe(422);
    expect((await request.get("/api/v1/appointments?cursor=abc", { headers: bearer(counselor) })).status()).toBe(422);
    // Paging: limit and cursor.
    const p1 = await (await request.get("/api/v1/appointments?limit=5", { headers: bearer(counselor) })).json();
    expect(p1.items).toHaveLength(5);
    const p2 = await (await request.get(`/api/v1/appointments?limit=5&cursor=${p1.nextCursor}`, { headers: bearer(counselor) })).json();
    expect(p2.items[0].id).not.toBe(p1.items[0].id);
  });

  test("订单式 via the API: needs and preferred times, matched by the admin, then cancelled", async ({ request }) => {
    const resident = await apiToken(request, "resident");
    const admin = await apiToken(request, "admin");
    const svc = await serviceId(request, admin, "个体心理咨询");
    expect((await post(request, resident, "/api/v1/appointments", { serviceId: svc, note: "短" })).status()).toBe(422);
    const res = await post(request, resident, "/api/v1/appointments", { serviceId: svc, note: "最近总是焦虑，想找咨询师聊聊", preferredTimes: ["周六上午"], urgency: "soon" });
    expect(res.status()).toBe(201);
    const order = await res.json();
    expect(order).toMatchObject({ status: "requested", mode: "order", counselorId: null, startAt: null, roomId: null });
    const queue = await (await request.get("/api/v1/appointments?queue=1&limit=200", { headers: bearer(admin) })).json();
    expect(queue.items.map((a: { id: number }) => a.id)).toContain(order.id);
    const c = await counselorWithSlots(request, svc, 2, 1);
    const start = c.slots[0].startAt;
    const matched = await post(request, admin, `/api/v1/appointments/${order.id}/confirm`, { counselorId: c.id, startAt: start });
    expect(matched.status()).toBe(200);
    expect(await matched.json()).toMatchObject({ status: "confirmed", counselorId: c.id, roomId: expect.any(Number) });
    expect((await post(request, admin, `/api/v1/appointments/${order.id}/cancel`, { reason: "居民来电改期" })).status()).toBe(200);
  });

  test("complete with a session record; the record is the author's, or an admin's with a reason", async ({ request }) => {
    const counselor = await apiToken(request, "counselor");
    const counselor2 = await apiToken(request, "counselor2");
    const admin = await apiToken(request, "admin");
    const resident = await apiToken(request, "resident");
    const list = await (await request.get("/api/v1/appointments?status=confirmed&limit=200", { headers: bearer(counselor) })).json();
    const past = list.items.find((a: { startAt: string }) => Date.parse(a.startAt) < Date.now());
    expect(past, "a past session of the demo counsellor still open").toBeTruthy();
    const text = `来访者诉说近期压力-${Date.now()}`;
    const record = { presentingIssue: text, assessment: "轻度焦虑", intervention: "放松训练", plan: "两周后复诊", riskLevel: "low" };
    expect((await post(request, counselor2, `/api/v1/appointments/${past.id}/complete`, { record })).status()).toBe(404);
    expect((await post(request, admin, `/api/v1/appointments/${past.id}/complete`, { record })).status()).toBe(403);
    expect((await post(request, counselor, `/api/v1/appointments/${past.id}/complete`, { record: { ...record, riskLevel: "extreme" } })).status()).toBe(422);
    const done = await post(request, counselor, `/api/v1/appointments/${past.id}/complete`, { record });
    expect(done.status()).toBe(200);
    expect(await done.json()).toMatchObject({ status: "completed", recordId: expect.any(Number) });
    expect((await post(request, counselor, `/api/v1/appointments/${past.id}/no-show`, {})).status()).toBe(409);

    const own = await request.get(`/api/v1/appointments/${past.id}/session-record`, { headers: bearer(counselor) });
    expect(own.status()).toBe(200);
    expect((await own.json()).presentingIssue).toBe(text);
    expect((await request.get(`/api/v1/appointments/${past.id}/session-record`, { headers: bearer(counselor2) })).status()).toBe(404);
    expect((await request.get(`/api/v1/appointments/${past.id}/session-record`, { headers: bearer(admin) })).status()).toBe(422);
    const glass = await request.get(`/api/v1/appointments/${past.id}/session-record?reason=${encodeURIComponent("居民投诉，核实咨询过程")}`, { headers: bearer(admin) });
    expect(glass.status()).toBe(200);
    expect((await glass.json()).presentingIssue).toBe(text);
    const detail = await request.get(`/api/v1/appointments/${past.id}`, { headers: bearer(admin) });
    expect(await detail.text()).not.toContain(text);
    const listed = await request.get("/api/v1/appointments?status=completed&limit=200", { headers: bearer(counselor) });
    expect(await listed.text()).not.toContain(text);
    expect((await request.get(`/api/v1/appointments/${past.id}/session-record`, { headers: bearer(resident) })).status()).toBe(404);
  });

  test("50 parallel requests for one counsellor slot: exactly one 201, 49 × 409", async ({ request }) => {
    const admin = await apiToken(request, "admin");
    const resident = await apiToken(request, "resident");
    const svc = await serviceId(request, admin, "个体心理咨询");
    const residentId = (await (await request.get("/api/v1/appointments?limit=1", { headers: bearer(resident) })).json()).items[0].residentId;
    const c = await counselorWithSlots(request, svc, 6, 2);
    const slot = c.slots[Math.floor(c.slots.length / 2)];
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => post(request, admin, "/api/v1/appointments", { serviceId: svc, counselorId: c.id, startAt: slot.startAt, residentId })),
    );
    const statuses = responses.map((r) => r.status());
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const day = slot.startAt.slice(0, 10);
    const booked = await (await request.get(`/api/v1/appointments?counselorId=${c.id}&from=${day}&to=${day}&limit=200`, { headers: bearer(admin) })).json();
    expect(booked.items.filter((a: { startAt: string; status: string }) => a.startAt === slot.startAt && a.status === "requested")).toHaveLength(1);
  });
});
