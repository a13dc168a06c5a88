import { hasRole, isStaff, type Actor } from "../auth/actor";

/** Teachers run activities; the admin runs the centre. */
export function canCreateActivity(actor: Actor): boolean {
  return hasRole(actor, "teacher", "admin");
}

export function isActivityTeacher(actor: Actor, teacherIds: readonly number[]): boolean {
  return hasRole(actor, "teacher") && teacherIds.includes(actor.userId);
}

/** Change, cancel, see the roster, take attendance: a teacher of this activity, or the admin. */
export function canManageActivity(actor: Actor, teacherIds: readonly number[]): boolean {
  return hasRole(actor, "admin") || isActivityTeacher(actor, teacherIds);
}

/** Residents sign up for themselves; staff accounts have no resident file to sign up with. */
export function canSignUp(actor: Actor): boolean {
  return hasRole(actor, "resident") && !isStaff(actor) && actor.residentId !== null;
}

/** Only the admin hands an activity to other teachers; a teacher may add co-teachers but stays on it. */
export function canAssignTeachers(actor: Actor): boolean {
  return hasRole(actor, "admin", "teacher");
}
