import "server-only";
import { forbidden, redirect } from "next/navigation";
import { headers } from "next/headers";
import { getDb } from "@/db/client";
import type { Role } from "@/db/schema";
import { hasRole, isStaff, type Actor } from "@/lib/auth/actor";
import { resolveSession } from "@/lib/auth/sessions";
import type { Ctx } from "@/lib/context";
import { auth, clientIp } from "./auth";

/** The actor of this browser request, or null: the cookie's session row is checked every time. */
export async function currentActor(): Promise<Actor | null> {
  const session = await auth();
  if (!session?.sid) return null;
  return resolveSession(getDb(), { sessionId: session.sid }, new Date());
}

/** Where a user whose password was reset by an admin must go before anything else. */
export function passwordPagePath(actor: Actor): string {
  return isStaff(actor) ? "/account/password" : "/me/password";
}

export interface RequireActorOptions {
  /**
   * Only the change-password pages and actions (and sign-out) set this: everything else sends a
   * user who must change their password to the change-password page first.
   */
  allowMustChangePassword?: boolean;
}

/**
 * Every page and server action starts here: signed-out visitors go to the login page, a user
 * without one of `roles` gets 403, a user who must change their password goes to do that.
 * Returns the use-case context.
 */
export async function requireActor(roles?: Role[], options: RequireActorOptions = {}): Promise<Ctx> {
  const actor = await currentActor();
  if (!actor) redirect("/login?expired=1");
  if (roles && !hasRole(actor, ...roles)) forbidden();
  if (actor.mustChangePassword && !options.allowMustChangePassword) redirect(passwordPagePath(actor));
  return { db: getDb(), actor, now: new Date(), ip: clientIp(await headers()) };
}
