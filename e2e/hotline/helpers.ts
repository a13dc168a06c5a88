import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "../helpers";

/** An instant `minutes` from now (negative: ago), with the centre's +08:00 offset. */
export function isoIn(minutes: number): string {
  const d = new Date(Date.now() + minutes * 60_000 + 8 * 3_600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
}

/** The centre's calendar date today (Asia/Shanghai), whatever the machine's zone. */
export function todayLocal(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
}

export const routineCall = (over: Record<string, unknown> = {}) => ({
  startedAt: isoIn(-12),
  endedAt: isoIn(-2),
  callerKind: "self",
  categories: ["emotion"],
  summary: "来电者近期睡眠不好，倾听并介绍放松方法。",
  riskLevel: "low",
  ...over,
});

/** Logs a call through the API as the given operator and returns its id. */
export async function logCall(request: APIRequestContext, token: string, over: Record<string, unknown> = {}): Promise<number> {
  const res = await request.post("/api/v1/hotline/calls", { headers: bearer(token), data: routineCall(over) });
  expect(res.status(), await res.text()).toBe(201);
  return (await res.json()).id as number;
}
