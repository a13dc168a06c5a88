import type { Role } from "@/db/schema";
import { forbidden } from "../errors";

export const STAFF_ROLES: readonly Role[] = ["admin", "counselor", "teacher", "hotline", "mediator", "carer"];

/** The signed-in user as every use case sees them: roles read from the database on this request. */
export interface Actor {
  userId: number;
  username: string;
  name: string;
  roles: readonly Role[];
  residentId: number | null;
  sessionId: string;
  mustChangePassword: boolean;
}

export function hasRole(actor: Actor, ...roles: Role[]): boolean {
  return roles.some((r) => actor.roles.includes(r));
}

export function isStaff(actor: Pick<Actor, "roles">): boolean {
  return actor.roles.some((r) => r !== "resident");
}

/** Throws 403 unless the actor holds one of the roles. */
export function assertRole(actor: Actor, ...roles: Role[]): void {
  if (!hasRole(actor, ...roles)) throw forbidden();
}
