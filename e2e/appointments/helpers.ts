import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "../helpers";

/** Local date "YYYY-MM-DD" in the centre, `days` from today. */
export function centreDate(days = 0): string {
  const d = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(d);
}

export async function serviceId(request: APIRequestContext, token: string, name: string): Promise<number> {
  const res = await request.get("/api/v1/services", { headers: bearer(token) });
  expect(res.status()).toBe(200);
  const s = (await res.json()).items.find((x: { name: string }) => x.name === name);
  expect(s, name).toBeTruthy();
  return s.id;
}

export async function slotsOf(request: APIRequestContext, token: string, counselorId: number, svc: number, from = centreDate(1), to = centreDate(14)): Promise<{ startAt: string; endAt: string }[]> {
  const res = await request.get(`/api/v1/counselors/${counselorId}/slots?from=${from}&to=${to}&serviceId=${svc}`, { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return (await res.json()).items;
}

/** The id of a demo account, through its own token. */
export async function userId(request: APIRequestContext, token: string): Promise<number> {
  return (await (await request.get("/api/v1/me", { headers: bearer(token) })).json()).id;
}
