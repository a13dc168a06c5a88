import { z } from "../zod";
import { COUNSELOR_KINDS, ROLES } from "@/db/schema";
import { newPasswordSchema } from "../auth/password";
import { t } from "../i18n/messages";

const STAFF_ROLE_CODES = ROLES.filter((r) => r !== "resident") as [Exclude<(typeof ROLES)[number], "resident">, ...Exclude<(typeof ROLES)[number], "resident">[]];

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,31}$/, t("field.invalidUsername"));

const nameSchema = z.string().trim().min(1, t("field.required")).max(40, t("field.tooLong", { max: 40 }));
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^(1\d{10}|0\d{2,3}-?\d{7,8})$/, t("field.invalidPhone"));
const optionalPhone = z.union([phoneSchema, z.literal("").transform(() => undefined)]).optional();

const staffRolesSchema = z.array(z.enum(STAFF_ROLE_CODES)).min(1, t("field.chooseRole")).max(STAFF_ROLE_CODES.length);

export const createStaffUserSchema = z.strictObject({
  username: usernameSchema,
  name: nameSchema,
  phone: optionalPhone,
  roles: staffRolesSchema,
  password: newPasswordSchema,
  title: z.string().trim().max(40, t("field.tooLong", { max: 40 })).optional(),
  counselorKind: z.enum(COUNSELOR_KINDS).optional(),
});
export type CreateStaffUserInput = z.infer<typeof createStaffUserSchema>;

export const updateStaffUserSchema = z.strictObject({
  name: nameSchema,
  phone: optionalPhone,
  roles: staffRolesSchema,
  title: z.string().trim().max(40, t("field.tooLong", { max: 40 })).optional(),
  counselorKind: z.enum(COUNSELOR_KINDS).optional(),
});
export type UpdateStaffUserInput = z.infer<typeof updateStaffUserSchema>;

export const setUserActiveSchema = z.strictObject({
  active: z.boolean(),
  reason: z.string().trim().max(200, t("field.tooLong", { max: 200 })).optional(),
});
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

export const resetPasswordSchema = z.strictObject({ password: newPasswordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

export const listUsersSchema = z.strictObject({
  q: z.string().trim().max(40).optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(["active", "disabled"]).optional(),
});
export type ListUsersInput = z.infer<typeof listUsersSchema>;
