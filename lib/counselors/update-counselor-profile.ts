import { eq } from "drizzle-orm";
import { counselorSettings, staffProfiles } from "@/db/schema";
import type { Ctx } from "../context";
import { assertEditable, auditCounselor } from "./internal";
import type { UpdateCounselorProfileInput } from "./schemas";

/** The counsellor's own profile (admin: anyone's): kind, qualifications, specialties, bio, and whether they take appointments. */
export function updateCounselorProfile(ctx: Ctx, counselorId: number, input: UpdateCounselorProfileInput): { id: number } {
  return ctx.db.transaction(
    () => {
      assertEditable(ctx, counselorId);
      const profile = {
        ...(input.title !== undefined ? { title: input.title || null } : {}),
        ...(input.counselorKind !== undefined ? { counselorKind: input.counselorKind } : {}),
        ...(input.qualifications !== undefined ? { qualifications: input.qualifications || null } : {}),
        ...(input.specialties !== undefined ? { specialties: [...new Set(input.specialties)] } : {}),
        ...(input.bio !== undefined ? { bio: input.bio || null } : {}),
      };
      if (Object.keys(profile).length) {
        const exists = ctx.db.select({ id: staffProfiles.userId }).from(staffProfiles).where(eq(staffProfiles.userId, counselorId)).get();
        if (exists) ctx.db.update(staffProfiles).set(profile).where(eq(staffProfiles.userId, counselorId)).run();
        else ctx.db.insert(staffProfiles).values({ userId: counselorId, ...profile }).run();
      }
      if (input.accepting !== undefined) {
        ctx.db
          .insert(counselorSettings)
          .values({ userId: counselorId, accepting: input.accepting, updatedAt: ctx.now, updatedBy: ctx.actor.userId })
          .onConflictDoUpdate({ target: counselorSettings.userId, set: { accepting: input.accepting, updatedAt: ctx.now, updatedBy: ctx.actor.userId } })
          .run();
      }
      auditCounselor(ctx, "counselor.profile_update", counselorId, { fields: Object.keys(input).sort() });
      return { id: counselorId };
    },
    { behavior: "immediate" },
  );
}
