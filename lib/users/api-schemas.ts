import { COUNSELOR_KINDS, ROLES } from "@/db/schema";
import { toIsoLocal } from "../time";
import { z } from "../zod";
import type { UserDetail, UserListItem } from "./queries";

const isoLocal = z.string().meta({ description: "ISO 8601 with +08:00" });

export const userItemSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    name: z.string(),
    phone: z.string().nullable(),
    active: z.boolean(),
    roles: z.array(z.enum(ROLES)),
    title: z.string().nullable(),
    counselorKind: z.enum(COUNSELOR_KINDS).nullable(),
    lastSignInAt: isoLocal.nullable(),
  })
  .meta({ id: "UserListItem" });

export const userDetailSchema = userItemSchema
  .extend({
    residentId: z.number().int().nullable(),
    mustChangePassword: z.boolean(),
    disabledAt: isoLocal.nullable(),
    disabledReason: z.string().nullable(),
    createdAt: isoLocal,
  })
  .meta({ id: "User" });

export const userListSchema = z.object({ items: z.array(userItemSchema), nextCursor: z.string().nullable() });

/** The JSON of one account: explicit fields, never the password hash. */
export function userItemJson(u: UserListItem): z.infer<typeof userItemSchema> {
  return {
    id: u.id,
    username: u.username,
    name: u.name,
    phone: u.phone,
    active: u.active,
    roles: u.roles,
    title: u.title,
    counselorKind: u.counselorKind,
    lastSignInAt: u.lastSignInAt ? toIsoLocal(u.lastSignInAt) : null,
  };
}

export function userDetailJson(u: UserDetail): z.infer<typeof userDetailSchema> {
  return {
    ...userItemJson(u),
    residentId: u.residentId,
    mustChangePassword: u.mustChangePassword,
    disabledAt: u.disabledAt ? toIsoLocal(u.disabledAt) : null,
    disabledReason: u.disabledReason,
    createdAt: toIsoLocal(u.createdAt),
  };
}
