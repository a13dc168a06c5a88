import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { addDays, minutesAgoIso, registerPerson, todayLocal } from "../care/helpers";

test.describe("care API", () => {
  test("register → due at once; a visit moves nextVisitDue by the colour's cadence; the file reads back", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const today = todayLocal();
    const p = await registerPerson(request, carer, { riskColor: "red" });
    expect(p.nextVisitDue).toBe(today);

    const visit = await request.post(`/api/v1/care/persons/${p.id}/visits`, {
      headers: bearer(carer),
      data: { visitedAt: minutesAgoIso(5), kind: "home", observations: { mental: "情绪平稳" } },
    });
    expect(visit.status()).toBe(201);
    expect(await visit.json()).toMatchObject({ nextVisitDue: addDays(today, 7), riskColor: "red", duplicate: false });

    const green = await request.post(`/api/v1/care/persons/${p.id}/visits`, {
      headers: bearer(carer),
      data: { visitedAt: minutesAgoIso(1), kind: "phone", observations: { family: "家属陪伴" }, riskColor: "green", clientKey: `api-${Date.now()}` },
    });
    expect((await green.json()).nextVisitDue).toBe(addDays(today, 30));

    const file = await request.get(`/api/v1/care/persons/${p.id}`, { headers: bearer(carer) });
    expect(file.status()).toBe(200);
    const body = await file.json();
    expect(body).toMatchObject({ id: p.id, name: p.name, riskColor: "green", status: "active", nextVisitDue: addDays(today, 30), registeredOn: today });
    expect(body.groups[0]).toMatchObject({ group: "bereaved", legalBasis: "consent", details: { familySituation: "测试用家庭情况" } });
    expect(body.colorHistory.map((h: { from: string | null; to: string }) => `${h.from}>${h.to}`)).toEqual(["red>green", "null>red"]);
    expect(body.recentVisits).toHaveLength(2);
    expect(body.recentVisits[0].visitedAt).toMatch(/\+08:00$/);
    expect(body.createdAt).toMatch(/\+08:00$/);

    const visits = await (await request.get(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(carer) })).json();
    expect(visits.items.map((v: { kind: string }) => v.kind)).toEqual(["phone", "home"]);
  });

  test("the due list: carer sees own persons only, most overdue first, then red before yellow before green", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const res = await request.get(`/api/v1/care/visits/due?before=${addDays(todayLocal(), 30)}&limit=200`, { headers: bearer(carer) });
    expect(res.status()).toBe(200);
    const { items, today } = await res.json();
    expect(today).toBe(todayLocal());
    expect(items.length).toBeGreaterThan(5);
    const me = await (await request.get("/api/v1/me", { headers: bearer(carer) })).json();
    for (const i of items) expect(i.carers.map((c: { id: number }) => c.id)).toContain(me.id);
    const rank = { red: 0, yellow: 1, green: 2 } as Record<string, number>;
    for (let k = 1; k < items.length; k++) {
      const a = items[k - 1];
      const b = items[k];
      const ordered = a.overdueDays > b.overdueDays || (a.overdueDays === b.overdueDays && (rank[a.riskColor] < rank[b.riskColor] || (rank[a.riskColor] === rank[b.riskColor] && a.nextVisitDue <= b.nextVisitDue)));
      expect(ordered, `${JSON.stringify(a)} before ${JSON.stringify(b)}`).toBe(true);
    }
    expect(items[0].overdueDays).toBeGreaterThan(0);
    const admin = await apiToken(request, "admin");
    const all = await (await request.get(`/api/v1/care/visits/due?before=${addDays(todayLocal(), 30)}&limit=200`, { headers: bearer(admin) })).json();
    expect(all.items.length).toBeGreaterThan(items.length);
  });

  test("the register: scoped list with filters; colour change, carers, exit; a visit to an exited person is 409", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const admin = await apiToken(request, "admin");
    const p = await registerPerson(request, carer, { group: "left_behind", leftBehindKind: "children", riskColor: "yellow", details: { contactName: "王某", contactRelation: "祖母（监护人）", contactPhone: "13900002222" } });
    const list = await (await request.get(`/api/v1/care/persons?group=left_behind&q=${encodeURIComponent(p.name)}`, { headers: bearer(carer) })).json();
    expect(list.items.map((i: { id: number }) => i.id)).toEqual([p.id]);
    expect(list.items[0]).toMatchObject({ groups: [{ group: "left_behind", leftBehindKind: "children" }], riskColor: "yellow" });

    const color = await request.post(`/api/v1/care/persons/${p.id}/risk-color`, { headers: bearer(carer), data: { riskColor: "red", reason: "监护人反映孩子近期厌学" } });
    expect(color.status()).toBe(200);
    expect(await color.json()).toEqual({ riskColor: "red", nextVisitDue: todayLocal() });
    expect((await request.post(`/api/v1/care/persons/${p.id}/risk-color`, { headers: bearer(carer), data: { riskColor: "red", reason: "再次" } })).status()).toBe(409);

    const me = await (await request.get("/api/v1/me", { headers: bearer(carer) })).json();
    const carers = await request.post(`/api/v1/care/persons/${p.id}/carers`, { headers: bearer(admin), data: { carerIds: [me.id] } });
    expect(carers.status()).toBe(200);

    const exit = await request.post(`/api/v1/care/persons/${p.id}/exit`, { headers: bearer(carer), data: { reason: "随父母迁居外地", exitedOn: todayLocal() } });
    expect(await exit.json()).toEqual({ status: "exited", exitedOn: todayLocal() });
    const late = await request.post(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(carer), data: { visitedAt: minutesAgoIso(1), kind: "home", observations: { family: "x" } } });
    expect(late.status()).toBe(409);
    expect((await late.json()).error.code).toBe("conflict");
  });

  test("a double submit with one clientKey makes one visit; a group activity records one visit per participant", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const a = await registerPerson(request, carer);
    const b = await registerPerson(request, carer, { riskColor: "green" });
    const data = { visitedAt: minutesAgoIso(3), kind: "home", observations: { health: "血压平稳" }, clientKey: `dbl-${Date.now()}` };
    const [r1, r2] = await Promise.all([
      request.post(`/api/v1/care/persons/${a.id}/visits`, { headers: bearer(carer), data }),
      request.post(`/api/v1/care/persons/${a.id}/visits`, { headers: bearer(carer), data }),
    ]);
    expect([r1.status(), r2.status()]).toEqual([201, 201]);
    expect((await r1.json()).id).toBe((await r2.json()).id);
    expect((await (await request.get(`/api/v1/care/persons/${a.id}/visits`, { headers: bearer(carer) })).json()).items).toHaveLength(1);

    const act = await request.post("/api/v1/care/activities", {
      headers: bearer(carer),
      data: { title: "冬至包饺子", heldAt: minutesAgoIso(30), location: "社区活动室", participants: [{ personId: a.id }, { personId: b.id, riskColor: "yellow" }] },
    });
    expect(act.status()).toBe(201);
    expect((await act.json()).visitIds).toHaveLength(2);
    const fileB = await (await request.get(`/api/v1/care/persons/${b.id}`, { headers: bearer(carer) })).json();
    expect(fileB).toMatchObject({ riskColor: "yellow", nextVisitDue: addDays(todayLocal(), 14) });
    expect(fileB.recentVisits[0]).toMatchObject({ kind: "activity", activity: { title: "冬至包饺子" } });
  });

  test("settings and overview: cadence readable by carers, changed by admin only; overview for admin only", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const admin = await apiToken(request, "admin");
    expect(await (await request.get("/api/v1/care/settings", { headers: bearer(carer) })).json()).toEqual({ cadence: { red: 7, yellow: 14, green: 30 } });
    expect((await request.put("/api/v1/care/settings", { headers: bearer(carer), data: { red: 3, yellow: 6, green: 9 } })).status()).toBe(403);
    expect((await request.put("/api/v1/care/settings", { headers: bearer(admin), data: { red: 20, yellow: 14, green: 30 } })).status()).toBe(422);
    // Saving the defaults again changes nothing for the other tests but goes through the whole path.
    const put = await request.put("/api/v1/care/settings", { headers: bearer(admin), data: { red: 7, yellow: 14, green: 30 } });
    expect(put.status()).toBe(200);
    expect((await put.json()).recomputed).toBeGreaterThan(30);
    const o = await request.get("/api/v1/care/overview", { headers: bearer(admin) });
    expect(o.status()).toBe(200);
    const body = await o.json();
    expect(body.byGroup.map((g: { group: string }) => g.group)).toEqual(["corrections", "bereaved", "petitioner", "left_behind"]);
    expect(body.activePersons).toBeGreaterThan(30);
    expect((await request.get("/api/v1/care/overview", { headers: bearer(carer) })).status()).toBe(403);
  });

  test("refusals: 401 without a session, 403 for other roles, 404 for strangers and bad ids, 422 for bad input", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const p = await registerPerson(request, carer);
    const visit = { visitedAt: minutesAgoIso(2), kind: "home", observations: { mental: "好" } };

    expect((await request.get("/api/v1/care/visits/due")).status()).toBe(401);
    expect((await request.post("/api/v1/care/persons", { data: {} })).status()).toBe(401);
    expect((await request.get(`/api/v1/care/persons/${p.id}`, { headers: { Authorization: "Bearer nope" } })).status()).toBe(401);

    for (const who of ["teacher", "resident", "counselor", "hotline", "mediator"]) {
      const tok = await apiToken(request, who);
      expect((await request.get("/api/v1/care/visits/due", { headers: bearer(tok) })).status(), who).toBe(403);
      expect((await request.get(`/api/v1/care/persons/${p.id}`, { headers: bearer(tok) })).status(), who).toBe(403);
      expect((await request.post(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(tok), data: visit })).status(), who).toBe(403);
      expect((await request.post("/api/v1/care/persons", { headers: bearer(tok), data: { person: { name: "某", gender: "male" }, group: "bereaved", riskColor: "red" } })).status(), who).toBe(403);
    }

    const other = await apiToken(request, "gh02");
    expect((await request.get(`/api/v1/care/persons/${p.id}`, { headers: bearer(other) })).status()).toBe(404);
    expect((await request.post(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(other), data: visit })).status()).toBe(404);
    expect((await request.get("/api/v1/care/persons/99999999", { headers: bearer(carer) })).status()).toBe(404);
    expect((await request.get("/api/v1/care/persons/abc", { headers: bearer(carer) })).status()).toBe(404);

    const bad = async (data: unknown, field: string) => {
      const r = await request.post(`/api/v1/care/persons/${p.id}/visits`, { headers: bearer(carer), data });
      expect(r.status(), JSON.stringify(data)).toBe(422);
      expect(Object.keys((await r.json()).error.fieldErrors)).toContain(field);
    };
    await bad({ ...visit, visitedAt: "2026-11-30T09:00:00" }, "visitedAt");
    await bad({ ...visit, kind: "email" }, "kind");
    await bad({ ...visit, observations: {} }, "observations");
    await bad({ ...visit, personId: 1 }, "personId");
    await bad({ ...visit, visitedAt: "2099-01-01T09:00:00+08:00" }, "visitedAt");
    const reg = await request.post("/api/v1/care/persons", { headers: bearer(carer), data: { person: { name: "某", gender: "male" }, group: "corrections", riskColor: "red", legalBasis: "consent" } });
    expect(reg.status()).toBe(422);
    expect(Object.keys((await reg.json()).error.fieldErrors)).toEqual(["legalBasis"]);
    expect((await request.get("/api/v1/care/visits/due?before=2026-13-01", { headers: bearer(carer) })).status()).toBe(422);
    const malformed = await request.post(`/api/v1/care/persons/${p.id}/visits`, { headers: { ...bearer(carer), "Content-Type": "application/json" }, data: Buffer.from("{not json") });
    expect(malformed.status()).toBe(400);
  });

  test("the OpenAPI document describes the care endpoints", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const p of ["/api/v1/care/persons", "/api/v1/care/persons/{id}/visits", "/api/v1/care/visits/due"]) expect(Object.keys(doc.paths)).toContain(p);
  });
});
