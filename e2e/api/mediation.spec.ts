import { expect, test } from "@playwright/test";
import { apiToken, bearer } from "../helpers";
import { localDate, localIso, registerCase, twoParties, userId } from "../mediation/api-helpers";

const ISO_LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/;

test.describe("mediation API", () => {
  test("a case goes from registration to archive with a counsellor, two sessions (one in a booked room), an agreement and a follow-up", async ({ request }) => {
    const mediator = await apiToken(request, "mediator");
    const counselor = await apiToken(request, "counselor");
    const counselorId = await userId(request, counselor);
    const mediatorId = await userId(request, mediator);

    const created = await request.post("/api/v1/mediation/cases", {
      headers: bearer(mediator),
      data: { source: "police", disputeType: "damages", summary: "电动车撞伤行人 <img src=x onerror=alert(1)>", requestedItems: "赔偿医疗费", riskColor: "yellow", riskReason: "家属情绪激动", parties: twoParties("API") },
    });
    expect(created.status()).toBe(201);
    const { id, caseNo, status } = await created.json();
    expect(status).toBe("registered");
    expect(caseNo).toMatch(/^\(\d{4}\)安康人调字第\d{4,}号$/);

    const assign = await request.post(`/api/v1/mediation/cases/${id}/assign`, { headers: bearer(mediator), data: { mediatorIds: [mediatorId], counselorId } });
    expect(assign.status()).toBe(200);
    expect(await assign.json()).toEqual({ leadMediatorId: mediatorId, assistantIds: [], counselorId });

    const step = async (to: string, reason?: string) => {
      const res = await request.post(`/api/v1/mediation/cases/${id}/transition`, { headers: bearer(mediator), data: reason ? { to, reason } : { to } });
      expect(res.status(), `${to}: ${await res.text()}`).toBe(200);
      expect(await res.json()).toEqual({ status: to });
    };
    await step("accepted");
    await step("in_mediation");

    // First session: today, in the community hall, by the counsellor.
    const detail0 = await (await request.get(`/api/v1/mediation/cases/${id}`, { headers: bearer(counselor) })).json();
    const [applicant, respondent] = detail0.parties;
    const s1 = await request.post(`/api/v1/mediation/cases/${id}/sessions`, {
      headers: bearer(counselor),
      data: {
        heldAt: localIso(0, "08:00"),
        endAt: localIso(0, "09:00"),
        place: "社区调解室",
        participants: "双方当事人、调解员、心理咨询师",
        statements: [
          { partyId: applicant.id, text: "对方车速太快。" },
          { partyId: respondent.id, text: "愿意承担医药费。" },
        ],
        facts: "交警认定骑车人负主要责任。",
        outcome: "同意赔偿，数额再议。",
      },
    });
    expect(s1.status(), await s1.text()).toBe(201);
    expect((await s1.json()).roomReservationId).toBeNull();

    // Second session books a room through the booking engine: find a free weekday slot.
    const rooms = (await (await request.get("/api/v1/rooms", { headers: bearer(mediator) })).json()).items as { id: number; code: string }[];
    const studio = rooms.find((r) => r.code === "studio")!;
    let booked: { id: number; roomReservationId: number } | null = null;
    let day = 30;
    for (; day < 60 && !booked; day++) {
      const res = await request.post(`/api/v1/mediation/cases/${id}/sessions`, {
        headers: bearer(mediator),
        data: { heldAt: localIso(day, "10:00"), endAt: localIso(day, "11:00"), roomId: studio.id, participants: "双方当事人", statements: [] },
      });
      expect([201, 409, 422]).toContain(res.status());
      if (res.status() === 201) booked = await res.json();
    }
    expect(booked?.roomReservationId).toBeGreaterThan(0);
    // The same room at the same time is taken: 409, and no session is added.
    const clash = await request.post(`/api/v1/mediation/cases/${id}/sessions`, {
      headers: bearer(mediator),
      data: { heldAt: localIso(day - 1, "10:30"), endAt: localIso(day - 1, "11:30"), roomId: studio.id, participants: "x", statements: [] },
    });
    expect(clash.status()).toBe(409);
    const reservations = await (await request.get(`/api/v1/rooms/${studio.id}/reservations?from=${localDate(day - 1)}&to=${localDate(day - 1)}`, { headers: bearer(mediator) })).json();
    expect(reservations.items.some((r: { id: number }) => r.id === booked!.roomReservationId)).toBe(true);

    const agreement = await request.put(`/api/v1/mediation/cases/${id}/agreement`, {
      headers: bearer(mediator),
      data: { oral: false, facts: "骑车人负主要责任。", content: "被申请人赔偿申请人医疗费 8000 元。", performanceMethod: "银行转账", performanceDeadlineOn: localDate(10), signedOn: localDate(0) },
    });
    expect(agreement.status(), await agreement.text()).toBe(200);
    expect((await agreement.json()).agreementNo).toBe(caseNo.replace("人调字", "人调协字"));
    await step("agreed");

    const followUp = await request.post(`/api/v1/mediation/cases/${id}/follow-ups`, {
      headers: bearer(counselor),
      data: { visitedAt: new Date().toISOString(), method: "phone", performed: "yes", satisfaction: "satisfied", situation: "已按期赔付。" },
    });
    expect(followUp.status(), await followUp.text()).toBe(201);
    expect((await followUp.json()).followUpDueOn).toBeNull();
    await step("closed");
    await step("archived");

    const detail = await request.get(`/api/v1/mediation/cases/${id}`, { headers: bearer(mediator) });
    expect(detail.status()).toBe(200);
    const c = await detail.json();
    expect(c).toMatchObject({ id, caseNo, status: "archived", summary: "电动车撞伤行人 <img src=x onerror=alert(1)>" });
    expect(c.sessions).toHaveLength(2);
    expect(c.sessions[1].room).toMatchObject({ id: studio.id, reservationId: booked!.roomReservationId });
    expect(c.agreement.content).toContain("8000");
    expect(c.followUps).toHaveLength(1);
    expect(c.team.map((m: { role: string }) => m.role).sort()).toEqual(["counselor", "lead"]);
    expect(c.transitions.map((x: { to: string }) => x.to)).toEqual(["registered", "accepted", "in_mediation", "agreed", "closed", "archived"]);
    for (const x of c.transitions) expect(x.at).toMatch(ISO_LOCAL);
    expect(c.createdAt).toMatch(ISO_LOCAL);
    expect(c.can.transitions).toEqual([]);

    const list = await request.get(`/api/v1/mediation/cases?q=${encodeURIComponent(caseNo)}`, { headers: bearer(counselor) });
    expect((await list.json()).items.map((x: { id: number }) => x.id)).toEqual([id]);
  });

  test("refuses without a token (401), for the wrong role (403), for an unknown case (404)", async ({ request }) => {
    expect((await request.get("/api/v1/mediation/cases")).status()).toBe(401);
    expect((await request.post("/api/v1/mediation/cases", { data: {} })).status()).toBe(401);
    const bad = await request.get("/api/v1/mediation/cases/1", { headers: { Authorization: "Bearer not-a-token" } });
    expect(bad.status()).toBe(401);

    const teacher = await apiToken(request, "teacher");
    const res = await request.post("/api/v1/mediation/cases", { headers: bearer(teacher), data: { source: "application", disputeType: "neighbour", summary: "x", riskColor: "green", parties: twoParties("T") } });
    expect(res.status()).toBe(403);
    expect((await res.json()).error.code).toBe("forbidden");
    const counselor = await apiToken(request, "counselor");
    expect((await request.post("/api/v1/mediation/cases", { headers: bearer(counselor), data: {} })).status()).toBe(403);

    const mediator = await apiToken(request, "mediator");
    for (const path of ["/api/v1/mediation/cases/99999999", "/api/v1/mediation/cases/abc"]) {
      const r = await request.get(path, { headers: bearer(mediator) });
      expect(r.status(), path).toBe(404);
      expect((await r.json()).error.code).toBe("not_found");
    }
    expect((await request.post("/api/v1/mediation/cases/99999999/transition", { headers: bearer(mediator), data: { to: "accepted" } })).status()).toBe(404);
  });

  test("an illegal transition gets 409 and changes nothing", async ({ request }) => {
    const mediator = await apiToken(request, "mediator");
    const { id } = await registerCase(request, mediator);
    const before = await (await request.get(`/api/v1/mediation/cases/${id}`, { headers: bearer(mediator) })).json();
    for (const to of ["agreed", "closed", "archived"]) {
      const res = await request.post(`/api/v1/mediation/cases/${id}/transition`, { headers: bearer(mediator), data: { to } });
      expect(res.status(), to).toBe(409);
      const body = await res.json();
      expect(body.error.code).toBe("conflict");
      expect(body.error.message).toContain("已登记");
    }
    const after = await (await request.get(`/api/v1/mediation/cases/${id}`, { headers: bearer(mediator) })).json();
    expect(after.status).toBe("registered");
    expect(after.transitions).toEqual(before.transitions);
  });

  test("validates strictly: unknown fields, missing parties, times without offset, a missing reason → 422", async ({ request }) => {
    const mediator = await apiToken(request, "mediator");
    const base = { source: "application", disputeType: "neighbour", summary: "x", riskColor: "green", parties: twoParties("V") };
    const cases: [Record<string, unknown>, string][] = [
      [{ ...base, status: "closed" }, "status"],
      [{ ...base, parties: [{ role: "applicant", name: "甲", isAdmin: true }, base.parties[1]] }, "parties.0.isAdmin"],
      [{ ...base, parties: [base.parties[0]] }, "parties"],
      [{ ...base, riskColor: "red" }, "riskReason"],
      [{ ...base, disputeType: "murder" }, "disputeType"],
      [{ ...base, summary: "x".repeat(2001) }, "summary"],
    ];
    for (const [data, field] of cases) {
      const res = await request.post("/api/v1/mediation/cases", { headers: bearer(mediator), data });
      expect(res.status(), field).toBe(422);
      expect(Object.keys((await res.json()).error.fieldErrors), field).toContain(field);
    }
    const { id } = await registerCase(request, mediator);
    const noReason = await request.post(`/api/v1/mediation/cases/${id}/transition`, { headers: bearer(mediator), data: { to: "rejected" } });
    expect(noReason.status()).toBe(422);
    expect((await noReason.json()).error.fieldErrors).toHaveProperty("reason");
    await request.post(`/api/v1/mediation/cases/${id}/transition`, { headers: bearer(mediator), data: { to: "accepted" } });
    await request.post(`/api/v1/mediation/cases/${id}/transition`, { headers: bearer(mediator), data: { to: "in_mediation" } });
    const noOffset = await request.post(`/api/v1/mediation/cases/${id}/sessions`, { headers: bearer(mediator), data: { heldAt: "2026-12-01T09:00:00", place: "x", participants: "x", statements: [] } });
    expect(noOffset.status()).toBe(422);
    expect((await noOffset.json()).error.fieldErrors).toHaveProperty("heldAt");
    const badJson = await request.post(`/api/v1/mediation/cases/${id}/sessions`, { headers: { ...bearer(mediator), "Content-Type": "application/json" }, data: Buffer.from("{not json") });
    expect(badJson.status()).toBe(400);
  });

  test("20 concurrent registrations get 20 distinct, consecutive case numbers", async ({ request }) => {
    const mediator = await apiToken(request, "mediator");
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => registerCase(request, mediator, { summary: `并发登记 ${i}` })));
    const seqOf = (caseNo: string) => Number(/第(\d+)号/.exec(caseNo)![1]);
    const seqs = results.map((r) => seqOf(r.caseNo)).sort((a, b) => a - b);
    expect(new Set(seqs).size).toBe(20);
    // Consecutive, save for any case another test file registered at the same moment: the year's
    // numbers as a whole have no gap.
    const admin = await apiToken(request, "admin");
    const year = /^\((\d{4})\)/.exec(results[0].caseNo)![1];
    const all: number[] = [];
    let cursor: string | null = null;
    do {
      const page = await (await request.get(`/api/v1/mediation/cases?limit=200${cursor ? `&cursor=${cursor}` : ""}`, { headers: bearer(admin) })).json();
      all.push(...page.items.filter((c: { caseNo: string }) => c.caseNo.startsWith(`(${year})`)).map((c: { caseNo: string }) => seqOf(c.caseNo)));
      cursor = page.nextCursor;
    } while (cursor);
    all.sort((a, b) => a - b);
    expect(all).toEqual(all.map((_, i) => i + 1));
    const between = all.filter((n) => n >= seqs[0] && n <= seqs[19]);
    expect(between.length).toBe(seqs[19] - seqs[0] + 1);
  });

  test("the closure rate and the OpenAPI document", async ({ request }) => {
    const admin = await apiToken(request, "admin");
    const res = await request.get(`/api/v1/mediation/stats?from=${localDate(-90)}&to=${localDate(0)}`, { headers: bearer(admin) });
    expect(res.status()).toBe(200);
    const s = await res.json();
    expect(s.accepted).toBeGreaterThan(0);
    expect(s.closureRate).toBeCloseTo(s.concluded / s.accepted, 10);
    expect((await request.get(`/api/v1/mediation/stats?from=2026-13-01&to=2026-01-01`, { headers: bearer(admin) })).status()).toBe(422);
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    for (const p of ["/api/v1/mediation/cases", "/api/v1/mediation/cases/{id}", "/api/v1/mediation/cases/{id}/assign", "/api/v1/mediation/cases/{id}/transition", "/api/v1/mediation/cases/{id}/sessions"]) {
      expect(Object.keys(doc.paths), p).toContain(p);
    }
  });
});
