import { isStaff, type Actor } from "../auth/actor";

/**
 * The person register and timeline (一人一档) are a staff tool: every staff role may look a person up,
 * and each then sees only the items their own areas allow (lib/residents/timeline.ts). Residents
 * have their own portal instead.
 */
export function canUseTimeline(actor: Actor): boolean {
  return isStaff(actor);
}
