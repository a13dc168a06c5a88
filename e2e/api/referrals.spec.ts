import { expect, test, type APIRequestContext } from "@playwright/test";
import { addDays, minutesAgoIso, registerPerson, todayLocal } from "../care/helpers";
import { apiToken, bearer } from "../helpers";
import { routineCall } from "../hotline/helpers";

// Referrals between areas (issues 5 and 7) and the person timeline (issue 9), through the API.

async function residentId(request: APIRequestContext, token: string, phone: string): Promise<number> {
  const res = await request.get(`/api/v1/residents?q=${phone}`, { headers: bearer(token) });
  expect(res.status()).toBe(200);
  const { items } = await res.json();
  expect(items).toHaveLength(1);
  expect(items[0].maskedPhone).toBe(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
  return items[0].id as number;
}

test.describe("referrals and the person timeline", () => {
  test("a call with a referral creates the appointment request (source hotline); without a resident it is 422", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const admin = await apiToken(request, "admin");
    // A fresh person (not a demo resident account, whose own open-request limit other tests rely on).
    const rid = (await registerPerson(request, await apiToken(request, "carer"))).residentId;

    const refused = await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ callerKind: "anonymous", actions: ["referred_appointment"] }) });
    expect(refused.status()).toBe(422);
    const err = (await refused.json()).error;
    expect(err.message).toContain("关联居民档案");
    expect(err.fieldErrors.residentId[0]).toContain("关联居民档案");

    const res = await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ riskLevel: "medium", residentId: rid, actions: ["referred_appointment"] }) });
    expect(res.status()).toBe(201);
    const call = await res.json();
    expect(call.appointmentId).toEqual(expect.any(Number));

    const a = await request.get(`/api/v1/appointments/${call.appointmentId}`, { headers: bearer(admin) });
    expect(a.status()).toBe(200);
    expect(await a.json()).toMatchObject({ id: call.appointmentId, status: "requested", mode: "order", urgency: "soon", residentId: rid, source: "hotline", sourceId: call.id });
    const detail = await (await request.get(`/api/v1/hotline/calls/${call.id}`, { headers: bearer(op) })).json();
    expect(detail.referrals.appointmentId).toBe(call.appointmentId);
    // The operator still cannot open the appointment desk.
    expect((await request.get(`/api/v1/appointments/${call.appointmentId}`, { headers: bearer(op) })).status()).toBe(403);
  });

  test("a care visit refers to an appointment (source care) or to a mediation case (registered), in one step", async ({ request }) => {
    const carer = await apiToken(request, "carer");
    const admin = await apiToken(request, "admin");
    const p = await registerPerson(request, carer, { riskColor: "yellow" });

    const toAppointment = await request.post(`/api/v1/care/persons/${p.id}/visits`, {
      headers: bearer(carer),
      data: { visitedAt: minutesAgoIso(30), kind: "home", observations: { mental: "情绪低落" }, referral: "appointment", referralNote: "希望与咨询师谈谈" },
    });
    expect(toAppointment.status()).toBe(201);
    const v1 = await toAppointment.json();
    expect(v1).toMatchObject({ nextVisitDue: addDays(todayLocal(), 14), referral: { appointmentId: expect.any(Number), mediationCaseId: null } });
    expect(await (await request.get(`/api/v1/appointments/${v1.referral.appointmentId}`, { headers: bearer(admin) })).json()).toMatchObject({ residentId: p.residentId, source: "care", sourceId: v1.id, status: "requested" });

    const missing = await request.post(`/api/v1/care/persons/${p.id}/visits`, {
      headers: bearer(carer),
      data: { visitedAt: minutesAgoIso(20), kind: "home", observations: { family: "邻里不和" }, referral: "mediation", referralNote: "与邻居因噪音争执" },
    });
    expect(missing.status()).toBe(422);
    expect(Object.keys((await missing.json()).error.fieldErrors).sort()).toEqual(["referralDisputeType", "referralRespondent"]);

    const toMediation = await request.post(`/api/v1/care/persons/${p.id}/visits`, {
      headers: bearer(carer),
      data: { visitedAt: minutesAgoIso(10), kind: "home", observations: { family: "邻里不和" }, referral: "mediation", referralNote: "与邻居因噪音争执", referralDisputeType: "neighbour", referralRespondent: "楼上住户" },
    });
    expect(toMediation.status()).toBe(201);
    const caseId = (await toMediation.json()).referral.mediationCaseId;
    const c = await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(admin) });
    expect(c.status()).toBe(200);
    const body = await c.json();
    expect(body).toMatchObject({ status: "registered", source: "government", disputeType: "neighbour" });
    // The carer referred it but cannot open the case (mediation's own policy).
    expect((await request.get(`/api/v1/mediation/cases/${caseId}`, { headers: bearer(carer) })).status()).toBe(403);
  });

  test("the timeline: the admin sees the calls, a counsellor does not; residents are refused", async ({ request }) => {
    const op = await apiToken(request, "hotline");
    const admin = await apiToken(request, "admin");
    const counselor = await apiToken(request, "counselor2");
    const rid = await residentId(request, admin, "13839300012");
    const call = await (await request.post("/api/v1/hotline/calls", { headers: bearer(op), data: routineCall({ residentId: rid }) })).json();

    const all = await (await request.get(`/api/v1/residents/${rid}/timeline`, { headers: bearer(admin) })).json();
    expect(all.resident.id).toBe(rid);
    expect(all.items).toContainEqual(expect.objectContaining({ kind: "call", id: call.id, href: `/hotline/calls/${call.id}`, at: expect.stringMatching(/\+08:00$/) }));
    expect(all.hiddenAreas).toEqual([]);
    expect(JSON.stringify(all)).not.toContain("倾听");

    const mine = await (await request.get(`/api/v1/residents/${rid}/timeline`, { headers: bearer(counselor) })).json();
    expect(mine.items.filter((i: { kind: string }) => i.kind !== "appointment" && i.kind !== "mediation_case")).toEqual([]);
    expect(mine.hiddenAreas).toEqual(expect.arrayContaining(["call", "care_person", "activity_signup"]));

    const resident = await apiToken(request, "resident");
    expect((await request.get(`/api/v1/residents/${rid}/timeline`, { headers: bearer(resident) })).status()).toBe(403);
    expect((await request.get(`/api/v1/residents?q=138`, { headers: bearer(resident) })).status()).toBe(403);
    expect((await request.get(`/api/v1/residents/99999999/timeline`, { headers: bearer(admin) })).status()).toBe(404);
  });
});
