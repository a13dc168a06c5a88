import { and, asc, eq, gte, lte } from "drizzle-orm";
import { availabilityExceptions, availabilityRules, counselorSettings, services, staffProfiles, userRoles, users, type CounselorKind, type ExceptionKind } from "@/db/schema";
import { hasRole } from "../auth/actor";
import type { Ctx } from "../context";
import { forbidden, notFound } from "../errors";
import { contains } from "../search";
import { canSeeAvailability } from "./policy";

export interface CounselorView {
  id: number;
  name: string;
  gender: "male" | "female" | null;
  title: string | null;
  kind: CounselorKind | null;
  qualifications: string | null;
  specialties: string[];
  bio: string | null;
  /** Takes appointments now (the counsellor's or admin's switch). */
  accepting: boolean;
  /** The account is enabled. */
  active: boolean;
}

const columns = {
  id: users.id,
  name: users.name,
  active: users.active,
  gender: staffProfiles.gender,
  title: staffProfiles.title,
  kind: staffProfiles.counselorKind,
  qualifications: staffProfiles.qualifications,
  specialties: staffProfiles.specialties,
  bio: staffProfiles.bio,
  accepting: counselorSettings.accepting,
};

function base(ctx: Ctx) {
  return ctx.db
    .select(columns)
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, "counselor")))
    .leftJoin(staffProfiles, eq(staffProfiles.userId, users.id))
    .leftJoin(counselorSettings, eq(counselorSettings.userId, users.id));
}

type Row = Awaited<ReturnType<ReturnType<typeof base>["all"]>>[number];

const toView = (r: Row): CounselorView => ({
  id: r.id,
  name: r.name,
  gender: r.gender,
  title: r.title,
  kind: r.kind,
  qualifications: r.qualifications,
  specialties: r.specialties ?? [],
  bio: r.bio,
  accepting: r.accepting !== false,
  active: r.active,
});

/**
 * The counsellors directory. Everyone signed in sees active counsellors who take appointments
 * (no phone, no account details); admins may ask for all (`includeInactive`).
 */
export function listCounselors(ctx: Ctx, f: { specialty?: string; kind?: CounselorKind; q?: string; includeInactive?: boolean } = {}): CounselorView[] {
  const all = f.includeInactive && hasRole(ctx.actor, "admin");
  return base(ctx)
    .where(and(all ? undefined : eq(users.active, true), f.kind ? eq(staffProfiles.counselorKind, f.kind) : undefined, f.q ? contains(users.name, f.q) : undefined))
    .orderBy(asc(users.id))
    .all()
    .map(toView)
    .filter((c) => all || c.accepting)
    .filter((c) => !f.specialty || c.specialties.includes(f.specialty));
}

/** One counsellor; 404 for a user who is not one (or, except for admins and themselves, not active). */
export function getCounselor(ctx: Ctx, id: number): CounselorView {
  const row = base(ctx).where(eq(users.id, id)).get();
  if (!row) throw notFound();
  const view = toView(row);
  const privileged = hasRole(ctx.actor, "admin") || ctx.actor.userId === id;
  if (!privileged && (!view.active || !view.accepting)) throw notFound();
  return view;
}

/** Every specialty named by a counsellor or required by a service, for pickers and filters. */
export function knownSpecialties(ctx: Ctx): string[] {
  const set = new Set<string>();
  for (const r of ctx.db.select({ s: staffProfiles.specialties }).from(staffProfiles).all()) for (const s of r.s ?? []) set.add(s);
  for (const r of ctx.db.select({ s: services.requiredSpecialty }).from(services).all()) if (r.s) set.add(r.s);
  return [...set].sort((a, b) => a.localeCompare(b, "zh-CN"));
}

export interface AvailabilityView {
  rules: { id: number; weekday: number; startMinute: number; endMinute: number; validFrom: string | null; validTo: string | null }[];
  exceptions: { id: number; date: string; kind: ExceptionKind; startMinute: number; endMinute: number; note: string | null }[];
}

/** A counsellor's weekly rules and the dated exceptions in [fromDate, toDate] (staff only). */
export function getAvailability(ctx: Ctx, counselorId: number, range: { fromDate?: string; toDate?: string } = {}): AvailabilityView {
  if (!canSeeAvailability(ctx.actor)) throw forbidden();
  getCounselor(ctx, counselorId);
  const rules = ctx.db
    .select({ id: availabilityRules.id, weekday: availabilityRules.weekday, startMinute: availabilityRules.startMinute, endMinute: availabilityRules.endMinute, validFrom: availabilityRules.validFrom, validTo: availabilityRules.validTo })
    .from(availabilityRules)
    .where(eq(availabilityRules.counselorId, counselorId))
    .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startMinute))
    .all();
  const exceptions = ctx.db
    .select({ id: availabilityExceptions.id, date: availabilityExceptions.date, kind: availabilityExceptions.kind, startMinute: availabilityExceptions.startMinute, endMinute: availabilityExceptions.endMinute, note: availabilityExceptions.note })
    .from(availabilityExceptions)
    .where(
      and(
        eq(availabilityExceptions.counselorId, counselorId),
        range.fromDate ? gte(availabilityExceptions.date, range.fromDate) : undefined,
        range.toDate ? lte(availabilityExceptions.date, range.toDate) : undefined,
      ),
    )
    .orderBy(asc(availabilityExceptions.date), asc(availabilityExceptions.startMinute))
    .all();
  return { rules, exceptions };
}
