import { expect, type APIRequestContext } from "@playwright/test";
import { bearer } from "../helpers";

/** Passes the password rules (10+ characters, letters and digits, not common). */
export const STAFF_PASSWORD = "Qingshui-River-2026";
export const OTHER_PASSWORD = "Huanghe-Bank-7788";

let seq = 0;
/** A username no other test (or earlier run against the same database) uses. */
export function uniqueUsername(prefix = "e2e"): string {
  const rand = Math.random().toString(36).slice(2, 6);
  return `${prefix}${Date.now().toString(36)}${(++seq).toString(36)}${rand}`.slice(0, 32);
}

export interface CreatedUser {
  id: number;
  username: string;
  password: string;
}

/** Creates a staff account through the API as the admin. */
export async function createUserViaApi(
  request: APIRequestContext,
  adminToken: string,
  over: { roles?: string[]; name?: string; password?: string; username?: string } = {},
): Promise<CreatedUser> {
  const username = over.username ?? uniqueUsername();
  const password = over.password ?? STAFF_PASSWORD;
  const res = await request.post("/api/v1/users", {
    headers: bearer(adminToken),
    data: { username, name: over.name ?? "测试员工", roles: over.roles ?? ["teacher"], password },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: number };
  return { id, username, password };
}
