import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "../helpers";

/** A centre-local date `days` from today ("2026-12-03"), computed in Beijing time. */
export function localDate(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** "2026-12-03T10:00:00+08:00" */
export const localIso = (days: number, hhmm: string) => `${localDate(days)}T${hhmm}:00+08:00`;

export async function userId(request: APIRequestContext, token: string): Promise<number> {
  const res = await request.get("/api/v1/me", { headers: bearer(token) });
  expect(res.status()).toBe(200);
  return (await res.json()).id as number;
}

export const twoParties = (tag: string) => [
  { role: "applicant", name: `申请人${tag}`, gender: "female", age: 45, ethnicity: "汉族", occupation: "教师", phone: "13800001111", address: "建设路社区 1 号楼" },
  { role: "respondent", name: `被申请人${tag}`, gender: "male", age: 50 },
];

/** Registers a case as `token` and returns its id and number. */
export async function registerCase(request: APIRequestContext, token: string, over: Record<string, unknown> = {}): Promise<{ id: number; caseNo: string }> {
  const res = await request.post("/api/v1/mediation/cases", {
    headers: bearer(token),
    data: { source: "application", disputeType: "neighbour", summary: "楼上噪音扰民", riskColor: "green", parties: twoParties("甲"), ...over },
  });
  expect(res.status(), await res.text()).toBe(201);
  return res.json();
}
