import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { emptyWindow, iso, localDay, roomsByCode } from "../rooms/helpers";

test.describe("rooms and reservations API", () => {
  test("anonymous callers get 401", async ({ request }) => {
    expect((await request.get("/api/v1/rooms")).status()).toBe(401);
    expect((await request.get("/api/v1/reservations")).status()).toBe(401);
    const post = await request.post("/api/v1/reservations", { data: { roomId: 1, startAt: iso(localDay(3), "10:00"), endAt: iso(localDay(3), "11:00") } });
    expect(post.status()).toBe(401);
    expect((await post.json()).error.code).toBe("unauthenticated");
  });

  test("lists the eight rooms with the contract's fields", async ({ request }) => {
    const token = await apiToken(request, "resident");
    const res = await request.get("/api/v1/rooms", { headers: bearer(token) });
    const { items } = await res.json();
    expect(items).toHaveLength(8);
    expect(items.map((r: { code: string }) => r.code)).toEqual(["self-service", "studio", "exercise", "vr", "emotion", "music", "sandplay", "sleep"]);
    expect(items[0]).toMatchObject({ id: expect.any(Number), code: "self-service", name: "心理服务自助系统", mode: "shared", capacity: 4, residentBookable: true });
  });

  test("staff book (201), an overlap is 409, the booker cancels, and the slot can be booked again", async ({ request }) => {
    const counselor = await apiToken(request, "counselor");
    const teacher = await apiToken(request, "teacher");
    const rooms = await roomsByCode(request, counselor);
    const w = await emptyWindow(request, counselor, rooms.studio, 60, 22);
    const created = await request.post("/api/v1/reservations", { headers: bearer(counselor), data: { roomId: rooms.studio.id, startAt: w.startAt, endAt: w.endAt, purpose: "meeting", title: "个案研讨（接口测试）" } });
    expect(created.status()).toBe(201);
    const r = await created.json();
    expect(r).toMatchObject({ id: expect.any(Number), roomId: rooms.studio.id, startAt: w.startAt, endAt: w.endAt, status: "confirmed" });

    // 30 minutes inside the booked hour, given in UTC ("Z"): any explicit offset is accepted.
    const clash = await request.post("/api/v1/reservations", {
      headers: bearer(teacher),
      data: { roomId: rooms.studio.id, startAt: new Date(Date.parse(w.startAt) + 30 * 60_000).toISOString(), endAt: new Date(Date.parse(w.endAt)).toISOString(), purpose: "activity" },
    });
    expect(clash.status()).toBe(409);
    const err = (await clash.json()).error;
    expect(err.code).toBe("conflict");
    expect(err.message).toContain("已被预约");

    const list = await request.get(`/api/v1/rooms/${rooms.studio.id}/reservations?from=${w.day}&to=${w.day}`, { headers: bearer(teacher) });
    const found = (await list.json()).items.find((x: { id: number }) => x.id === r.id);
    expect(found).toMatchObject({ title: "个案研讨（接口测试）", bookedBy: { name: "李静怡" }, purpose: "meeting" });

    expect((await request.post(`/api/v1/reservations/${r.id}/cancel`, { headers: bearer(teacher), data: {} })).status()).toBe(403);
    const cancel = await request.post(`/api/v1/reservations/${r.id}/cancel`, { headers: bearer(counselor), data: { reason: "改期" } });
    expect(cancel.status()).toBe(200);
    expect(await cancel.json()).toMatchObject({ id: r.id, status: "cancelled" });
    const again = await request.post("/api/v1/reservations", { headers: bearer(teacher), data: { roomId: rooms.studio.id, startAt: w.startAt, endAt: w.endAt, purpose: "activity" } });
    expect(again.status()).toBe(201);
    await request.post(`/api/v1/reservations/${(await again.json()).id}/cancel`, { headers: bearer(teacher), data: {} });
  });

  test("a resident books 睡眠小屋 but is refused 心理服务工作室 (403)", async ({ request }) => {
    const resident = await apiToken(request, "resident2");
    const staff = await apiToken(request, "admin");
    const rooms = await roomsByCode(request, resident);
    const studio = await emptyWindow(request, staff, rooms.studio, 60, 24);
    const refused = await request.post("/api/v1/reservations", { headers: bearer(resident), data: { roomId: rooms.studio.id, startAt: studio.startAt, endAt: studio.endAt } });
    expect(refused.status()).toBe(403);
    expect((await refused.json()).error.message).toContain("心理服务工作室");
    const sleep = await emptyWindow(request, staff, rooms.sleep, 60, 5);
    const ok = await request.post("/api/v1/reservations", { headers: bearer(resident), data: { roomId: rooms.sleep.id, startAt: sleep.startAt, endAt: sleep.endAt } });
    expect(ok.status()).toBe(201);
    const { id } = await ok.json();
    const mine = await request.get("/api/v1/reservations?mine=1", { headers: bearer(resident) });
    expect((await mine.json()).items.map((x: { id: number }) => x.id)).toContain(id);
    expect((await request.post(`/api/v1/reservations/${id}/cancel`, { headers: bearer(resident) })).status()).toBe(200);
  });

  test("bad input is 422 (no offset, end before start, unknown field, outside hours, past) and 404 for an unknown room", async ({ request }) => {
    const token = await apiToken(request, "counselor");
    const rooms = await roomsByCode(request, token);
    const day = localDay(9);
    const post = (data: Record<string, unknown>) => request.post("/api/v1/reservations", { headers: bearer(token), data });
    const noOffset = await post({ roomId: rooms.studio.id, startAt: `${day}T10:00:00`, endAt: iso(day, "11:00") });
    expect(noOffset.status()).toBe(422);
    expect((await noOffset.json()).error.fieldErrors.startAt[0]).toContain("时区");
    const backwards = await post({ roomId: rooms.studio.id, startAt: iso(day, "11:00"), endAt: iso(day, "10:00") });
    expect(backwards.status()).toBe(422);
    expect((await backwards.json()).error.fieldErrors.endAt[0]).toBe("结束时间必须晚于开始时间。");
    expect((await post({ roomId: rooms.studio.id, startAt: iso(day, "10:00"), endAt: iso(day, "11:00"), residentId: 1 })).status()).toBe(422);
    const late = await post({ roomId: rooms.studio.id, startAt: iso(day, "21:00"), endAt: iso(day, "22:00") });
    expect(late.status()).toBe(422);
    expect((await late.json()).error.message).toContain("开放时间");
    const past = await post({ roomId: rooms.studio.id, startAt: iso(localDay(-2), "10:00"), endAt: iso(localDay(-2), "11:00") });
    expect(past.status()).toBe(422);
    expect((await past.json()).error.message).toBe("不能预约已经过去的时间。");
    expect((await post({ roomId: 99999, startAt: iso(day, "10:00"), endAt: iso(day, "11:00") })).status()).toBe(404);
    expect((await request.post("/api/v1/reservations", { headers: { ...bearer(token), "Content-Type": "application/json" }, data: Buffer.from("{not json") })).status()).toBe(400);
  });

  test("a shared room of capacity 4 accepts exactly four bookings of one slot", async ({ request }) => {
    const token = await apiToken(request, "teacher");
    const rooms = await roomsByCode(request, token);
    const w = await emptyWindow(request, token, rooms.music, 60, 26);
    const results = await Promise.all(
      Array.from({ length: 6 }, () => request.post("/api/v1/reservations", { headers: bearer(token), data: { roomId: rooms.music.id, startAt: w.startAt, endAt: w.endAt, purpose: "activity" } })),
    );
    const codes = results.map((r) => r.status()).sort();
    expect(codes).toEqual([201, 201, 201, 201, 409, 409]);
  });

  test("50 parallel bookings of one exclusive slot: exactly one 201, 49 × 409, and one reservation", async ({ request }) => {
    const token = await apiToken(request, "counselor2");
    const rooms = await roomsByCode(request, token);
    const w = await emptyWindow(request, token, rooms.sleep, 60, 28);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => request.post("/api/v1/reservations", { headers: bearer(token), data: { roomId: rooms.sleep.id, startAt: w.startAt, endAt: w.endAt, purpose: "other" } })),
    );
    const statuses = results.map((r) => r.status());
    expect(statuses.filter((s) => s === 201)).toHaveLength(1);
    expect(statuses.filter((s) => s === 409)).toHaveLength(49);
    const list = await request.get(`/api/v1/rooms/${rooms.sleep.id}/reservations?from=${w.day}&to=${w.day}`, { headers: bearer(token) });
    const inWindow = (await list.json()).items.filter((x: { startAt: string; endAt: string }) => Date.parse(x.startAt) < Date.parse(w.endAt) && Date.parse(x.endAt) > Date.parse(w.startAt));
    expect(inWindow).toHaveLength(1);
  });

  test("a repeated submit with the same requestKey returns the same reservation (200)", async ({ request }) => {
    const token = await apiToken(request, "counselor");
    const rooms = await roomsByCode(request, token);
    const w = await emptyWindow(request, token, rooms.emotion, 60, 30);
    const data = { roomId: rooms.emotion.id, startAt: w.startAt, endAt: w.endAt, requestKey: `e2e-${Date.now()}` };
    const first = await request.post("/api/v1/reservations", { headers: bearer(token), data });
    const second = await request.post("/api/v1/reservations", { headers: bearer(token), data });
    expect(first.status()).toBe(201);
    expect(second.status()).toBe(200);
    expect((await second.json()).id).toBe((await first.json()).id);
  });

  test("a weekly series reports the conflicting week before saving; skipping saves the rest; one occurrence cancels alone", async ({ request }) => {
    const token = await apiToken(request, "teacher");
    const rooms = await roomsByCode(request, token);
    const w = await emptyWindow(request, token, rooms.sandplay, 60, 35, 2);
    const nextWeek = (isoTime: string, weeks: number) => new Date(Date.parse(isoTime) + weeks * 7 * 86_400_000).toISOString();
    const blocker = await request.post("/api/v1/reservations", { headers: bearer(token), data: { roomId: rooms.sandplay.id, startAt: nextWeek(w.startAt, 1), endAt: nextWeek(w.endAt, 1), purpose: "meeting" } });
    expect(blocker.status()).toBe(201);
    const series = { roomId: rooms.sandplay.id, startAt: w.startAt, endAt: w.endAt, purpose: "activity", title: "沙盘小组（接口测试）", count: 3 };
    const dry = await request.post("/api/v1/reservation-series", { headers: bearer(token), data: { ...series, dryRun: true } });
    expect(dry.status()).toBe(200);
    expect((await dry.json()).occurrences.map((o: { ok: boolean }) => o.ok)).toEqual([true, false, true]);
    const refused = await request.post("/api/v1/reservation-series", { headers: bearer(token), data: series });
    expect(refused.status()).toBe(409);
    expect(Object.keys((await refused.json()).error.fieldErrors)).toEqual(["occurrences.1"]);
    const saved = await request.post("/api/v1/reservation-series", { headers: bearer(token), data: { ...series, skipConflicts: true } });
    expect(saved.status()).toBe(201);
    const ids = (await saved.json()).occurrences.filter((o: { ok: boolean }) => o.ok).map((o: { reservationId: number }) => o.reservationId);
    expect(ids).toHaveLength(2);
    await request.post(`/api/v1/reservations/${ids[0]}/cancel`, { headers: bearer(token), data: {} });
    expect((await (await request.get(`/api/v1/reservations/${ids[1]}`, { headers: bearer(token) })).json()).status).toBe("confirmed");
  });

  test("the OpenAPI document describes the reservation endpoints", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/rooms", "/api/v1/rooms/{id}/reservations", "/api/v1/reservations", "/api/v1/reservations/{id}/cancel"]));
  });
});
