import type { Actor } from "../auth/actor";
import { hasRole } from "../auth/actor";

/** Staff accounts, roles and passwords are the admin's alone. */
export function canManageUsers(actor: Actor): boolean {
  return hasRole(actor, "admin");
}
