import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { isoIn, logCall, routineCall, todayLocal } from "../hotline/helpers";

test.describe("hotline API", () => {
  test("logs a call (201, +08:00 times), reads it back with its summary, lists it without", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const marker = `摘要标记${Date.now()}`;
    const res = await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ summary: marker, categories: ["family", "family"], callerPhone: "138-0393-1234" }) });
    expect(res.status()).toBe(201);
    const call = await res.json();
    expect(call).toMatchObject({ status: "saved", callerKind: "self", categories: ["family"], riskLevel: "low", actions: [], followUpAt: null });
    expect(call.startedAt).toMatch(/\+08:00$/);
    expect(JSON.stringify(call)).not.toContain(marker);

    const detail = await request.get(`/api/v1/hotline/calls/${call.id}`, { headers: bearer(op) });
    expect(detail.status()).toBe(200);
    const d = await detail.json();
    expect(d).toMatchObject({ id: call.id, summary: marker, callerPhone: "13803931234", operator: { name: "周晓梅" }, callbacks: [] });

    const list = await request.get(`/api/v1/hotline/calls?from=${todayLocal()}&to=${todayLocal()}&category=family`, { headers: bearer(op) });
    expect(list.status()).toBe(200);
    const { items, nextCursor } = await list.json();
    const row = items.find((i: { id: number }) => i.id === call.id);
    expect(row).toMatchObject({ maskedPhone: "138****1234", categories: ["family"] });
    expect(row).not.toHaveProperty("summary");
    expect(JSON.stringify(items)).not.toContain(marker);
    expect(nextCursor === null || typeof nextCursor === "string").toBe(true);
  });

  test("a high-risk call without actions and call-back time is 422 with field errors; with them it joins the call-back queue first", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const refused = await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ riskLevel: "high", categories: ["crisis"] }) });
    expect(refused.status()).toBe(422);
    const err = await refused.json();
    expect(err.error.code).toBe("validation");
    expect(Object.keys(err.error.fieldErrors).sort()).toEqual(["actions", "followUpAt"]);
    expect(err.error.fieldErrors.actions[0]).toContain("措施");

    const onlyActions = await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ riskLevel: "imminent", actions: ["emergency_120"] }) });
    expect(onlyActions.status()).toBe(422);
    expect(Object.keys((await onlyActions.json()).error.fieldErrors)).toEqual(["followUpAt"]);

    const id = await logCall(request, op, { riskLevel: "high", categories: ["crisis"], actions: ["safety_plan", "guardian_contacted"], followUpAt: isoIn(30) });
    const low = await logCall(request, op, { riskLevel: "medium", followUpAt: isoIn(10) });
    const queue = await request.get("/api/v1/hotline/follow-ups", { headers: bearer(op) });
    expect(queue.status()).toBe(200);
    const items: { callId: number; riskLevel: string; overdue: boolean; followUpAt: string }[] = (await queue.json()).items;
    const ids = items.map((i) => i.callId);
    expect(ids).toContain(id);
    expect(ids.indexOf(id)).toBeLessThan(ids.indexOf(low));
    const rank = (r: string) => (r === "imminent" ? 0 : r === "high" ? 1 : 2);
    for (let k = 1; k < items.length; k++) expect(rank(items[k - 1].riskLevel)).toBeLessThanOrEqual(rank(items[k].riskLevel));
    expect(items.find((i) => i.callId === id)?.followUpAt).toMatch(/\+08:00$/);
  });

  test("call-backs: no answer keeps it, rescheduled needs a time, done closes it, twice is 409", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const id = await logCall(request, op, { riskLevel: "medium", followUpAt: isoIn(20) });
    const post = (data: unknown) => request.post(`/api/v1/hotline/calls/${id}/callbacks`, { headers: bearer(op), data });
    expect((await post({ outcome: "no_answer" })).status()).toBe(201);
    const missing = await post({ outcome: "rescheduled" });
    expect(missing.status()).toBe(422);
    expect(Object.keys((await missing.json()).error.fieldErrors)).toEqual(["rescheduledTo"]);
    expect((await post({ outcome: "rescheduled", rescheduledTo: "2026-12-01T10:00:00" })).status()).toBe(422);
    const moved = await post({ outcome: "rescheduled", rescheduledTo: isoIn(90), note: "家属说晚些再打" });
    expect(moved.status()).toBe(201);
    const done = await post({ outcome: "done", note: "已回访，情绪平稳" });
    expect(done.status()).toBe(201);
    expect((await done.json()).followUpDoneAt).toMatch(/\+08:00$/);
    expect((await post({ outcome: "done" })).status()).toBe(409);
    const detail = await (await request.get(`/api/v1/hotline/calls/${id}`, { headers: bearer(op) })).json();
    expect(detail.callbacks.map((c: { outcome: string }) => c.outcome)).toEqual(["no_answer", "rescheduled", "done"]);
    const queue = await (await request.get("/api/v1/hotline/follow-ups?limit=200", { headers: bearer(op) })).json();
    expect(queue.items.map((i: { callId: number }) => i.callId)).not.toContain(id);
  });

  test("refuses bad input with 422 (time without offset, unknown fields, bad codes) and bad JSON with 400, never 500", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const h = bearer(op);
    const cases: [Record<string, unknown>, string][] = [
      [routineCall({ startedAt: "2026-11-30T09:00:00" }), "startedAt"],
      [routineCall({ followUpAt: "2026-12-01 10:00" }), "followUpAt"],
      [routineCall({ startedAt: "2026-02-30T09:00:00+08:00" }), "startedAt"],
      [routineCall({ status: "saved" }), "status"],
      [routineCall({ operatorId: 1 }), "operatorId"],
      [routineCall({ riskLevel: "severe" }), "riskLevel"],
      [routineCall({ categories: ["gossip"] }), "categories.0"],
      [routineCall({ callerKind: undefined }), "callerKind"],
      [routineCall({ endedAt: isoIn(-30) }), "endedAt"],
      [routineCall({ startedAt: isoIn(60), endedAt: undefined }), "startedAt"],
      [routineCall({ residentId: 99999999 }), "residentId"],
      [routineCall({ summary: "长".repeat(4001) }), "summary"],
    ];
    for (const [data, field] of cases) {
      const res = await request.post("/api/v1/hotline/calls", { headers: h, data });
      expect(res.status(), field).toBe(422);
      expect(Object.keys((await res.json()).error.fieldErrors), field).toContain(field);
    }
    const bad = await request.post("/api/v1/hotline/calls", { headers: { ...h, "Content-Type": "application/json" }, data: Buffer.from("{not json") });
    expect(bad.status()).toBe(400);
    for (const q of ["from=2026-11-31&to=2026-12-01", "from=2026-11-01", "risk=severe", "limit=500", "cursor=' OR 1=1--", "sort=summary"]) {
      expect((await request.get(`/api/v1/hotline/calls?${q}`, { headers: h })).status(), q).toBe(422);
    }
    expect((await request.get("/api/v1/hotline/calls?q=%25", { headers: h })).status()).toBe(200);
    expect((await request.get("/api/v1/hotline/calls/abc", { headers: h })).status()).toBe(404);
    expect((await request.get("/api/v1/hotline/calls/99999999", { headers: h })).status()).toBe(404);
  });

  test("401 without a token; 403 for staff without the hotline role, admin included for logging", async ({ request }) => {
    expect((await request.post("/api/v1/hotline/calls", { data: routineCall() })).status()).toBe(401);
    expect((await request.get("/api/v1/hotline/calls")).status()).toBe(401);
    expect((await request.get("/api/v1/hotline/follow-ups", { headers: bearer("ak_not-a-token") })).status()).toBe(401);
    for (const who of ["admin", "counselor2", "teacher"]) {
      const res = await request.post("/api/v1/hotline/calls", { headers: bearer(await apiToken(request, who)), data: routineCall() });
      expect(res.status(), who).toBe(403);
      expect((await res.json()).error.code).toBe("forbidden");
    }
  });

  test("only the operator who took a call, or an admin, may change it", async ({ request }) => {
    const mine = await apiToken(request, "hotline");
    const partner = await apiToken(request, "counselor");
    const admin = await apiToken(request, "admin");
    const id = await logCall(request, mine);
    const edit = routineCall({ summary: "补充记录：情况好转。", riskLevel: "none" });
    expect((await request.put(`/api/v1/hotline/calls/${id}`, { headers: bearer(partner), data: edit })).status()).toBe(403);
    expect((await request.post(`/api/v1/hotline/calls/${id}/resident`, { headers: bearer(partner), data: { residentId: null } })).status()).toBe(403);
    expect((await request.put(`/api/v1/hotline/calls/${id}`, { headers: bearer(mine), data: edit })).status()).toBe(200);
    expect((await request.put(`/api/v1/hotline/calls/${id}`, { headers: bearer(admin), data: { ...edit, riskLevel: "high" } })).status()).toBe(422);
    expect((await request.put(`/api/v1/hotline/calls/${id}`, { headers: bearer(admin), data: edit })).status()).toBe(200);
    // The partner may read it (hotline staff share the line) but not change it.
    expect((await (await request.get(`/api/v1/hotline/calls/${id}`, { headers: bearer(partner) })).json()).summary).toBe("补充记录：情况好转。");
  });

  test("links a call to a resident found by name or phone; wildcards are literal", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const found = await request.get(`/api/v1/hotline/residents?q=${encodeURIComponent("张秀英")}`, { headers: bearer(op) });
    expect(found.status()).toBe(200);
    const r = (await found.json()).items[0];
    expect(r).toMatchObject({ name: "张秀英", maskedPhone: "138****0011" });
    expect((await (await request.get("/api/v1/hotline/residents?q=%25", { headers: bearer(op) })).json()).items).toEqual([]);
    expect((await request.get("/api/v1/hotline/residents?q=", { headers: bearer(op) })).status()).toBe(422);
    const id = await logCall(request, op);
    const link = await request.post(`/api/v1/hotline/calls/${id}/resident`, { headers: bearer(op), data: { residentId: r.id } });
    expect(link.status()).toBe(200);
    expect((await (await request.get(`/api/v1/hotline/calls/${id}`, { headers: bearer(op) })).json()).resident).toEqual({ id: r.id, name: "张秀英" });
    const again = await logCall(request, op, { residentId: r.id });
    const repeat = await (await request.get(`/api/v1/hotline/calls?repeat=1&from=${todayLocal()}&to=${todayLocal()}`, { headers: bearer(op) })).json();
    expect(repeat.items.map((i: { id: number }) => i.id)).toEqual(expect.arrayContaining([id, again]));
  });

  test("the roster: any staff member reads it, only admin writes; warnings instead of refusals", async ({ request }) => {
    const teacher = await apiToken(request, "teacher");
    const shifts = await request.get(`/api/v1/hotline/shifts?from=${todayLocal()}&to=${todayLocal()}`, { headers: bearer(teacher) });
    expect(shifts.status()).toBe(200);
    const items = (await shifts.json()).items;
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items[0].startAt).toMatch(/\+08:00$/);
    for (const s of items) expect(s.staff.length).toBeGreaterThanOrEqual(1);

    const admin = await apiToken(request, "admin");
    const me = await (await request.get("/api/v1/me", { headers: bearer(await apiToken(request, "hotline")) })).json();
    const body = { startAt: "2027-03-01T08:00:00+08:00", endAt: "2027-03-01T14:00:00+08:00", staffIds: [me.id] };
    const hotline = await apiToken(request, "hotline");
    expect((await request.post("/api/v1/hotline/shifts", { headers: bearer(hotline), data: body })).status()).toBe(403);
    const created = await request.post("/api/v1/hotline/shifts", { headers: bearer(admin), data: body });
    expect(created.status()).toBe(201);
    const c = await created.json();
    expect(c.warnings).toEqual([{ shiftId: c.id, code: "understaffed", count: 1 }]);
    const overlap = await request.post("/api/v1/hotline/shifts", { headers: bearer(admin), data: { ...body, startAt: "2027-03-01T12:00:00+08:00", endAt: "2027-03-01T18:00:00+08:00" } });
    expect((await overlap.json()).warnings.map((w: { code: string }) => w.code).sort()).toEqual(["overlap", "understaffed"]);
    expect((await request.post("/api/v1/hotline/shifts", { headers: bearer(admin), data: { ...body, endAt: "2027-03-01T07:00:00+08:00" } })).status()).toBe(422);
    expect((await request.post("/api/v1/hotline/shifts", { headers: bearer(admin), data: { ...body, startAt: "2027-03-01T08:00:00" } })).status()).toBe(422);
    expect((await request.delete(`/api/v1/hotline/shifts/${c.id}`, { headers: bearer(admin) })).status()).toBe(200);
    expect((await request.get(`/api/v1/hotline/shifts/${c.id}`, { headers: bearer(teacher) })).status()).toBe(404);
    expect((await request.get("/api/v1/hotline/shifts", { headers: bearer(await apiToken(request, "resident")) })).status()).toBe(403);
  });

  test("is described in the OpenAPI document", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const p of ["/api/v1/hotline/shifts", "/api/v1/hotline/calls", "/api/v1/hotline/calls/{id}", "/api/v1/hotline/follow-ups", "/api/v1/hotline/calls/{id}/callbacks"]) expect(Object.keys(doc.paths)).toContain(p);
  });
});
