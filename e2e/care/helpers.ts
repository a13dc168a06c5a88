import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "../helpers";

/** The centre's calendar date today (Asia/Shanghai), whatever the machine's zone. */
export function todayLocal(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** An instant a few minutes ago, with the centre's +08:00 offset. */
export function minutesAgoIso(minutes: number): string {
  const d = new Date(Date.now() - minutes * 60_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

let seq = 0;
/** A fresh person in care through the API (inline resident), as the caller. */
export async function registerPerson(request: APIRequestContext, token: string, over: Record<string, unknown> = {}): Promise<{ id: number; residentId: number; nextVisitDue: string; name: string }> {
  const name = `测试${Date.now() % 100000}${++seq}`;
  const res = await request.post("/api/v1/care/persons", {
    headers: bearer(token),
    data: { person: { name, gender: "female", phone: "13800001111", address: "濮上街道测试社区 1 号" }, group: "bereaved", riskColor: "red", details: { familySituation: "测试用家庭情况" }, ...over },
  });
  expect(res.status(), await res.text()).toBe(201);
  return { ...(await res.json()), name };
}
