import { z } from "../zod";
import { COUNSELOR_KINDS, ROLES, type Role } from "@/db/schema/codes";
import { newPasswordSchema } from "../auth/password-rules";
import { t } from "../i18n/messages";

export type StaffRole = Exclude<Role, "resident">;
export const STAFF_ROLE_CODES = ROLES.filter((r): r is StaffRole => r !== "resident") as [StaffRole, ...StaffRole[]];

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
// "" (an emptied form field) clears the phone; leaving the field out keeps it (PATCH).
const optionalPhone = z.union([phoneSchema, z.literal("").transform(() => null)]).optional();
const titleSchema = z.string().trim().max(40, t("field.tooLong", { max: 40 })).optional();

const staffRolesSchema = z.array(z.enum(STAFF_ROLE_CODES, t("field.chooseRole"))).min(1, t("field.chooseRole")).max(STAFF_ROLE_CODES.length);

export const createStaffUserSchema = z.strictObject({
  username: usernameSchema,
  name: nameSchema,
  phone: optionalPhone,
  roles: staffRolesSchema,
  password: newPasswordSchema,
  title: titleSchema,
  counselorKind: z.enum(COUNSELOR_KINDS).optional(),
});
export type CreateStaffUserInput = z.infer<typeof createStaffUserSchema>;

/** PATCH: a field left out keeps its value; "" clears phone and title. */
export const updateStaffUserSchema = z.strictObject({
  name: nameSchema.optional(),
  phone: optionalPhone,
  roles: staffRolesSchema.optional(),
  title: titleSchema,
  counselorKind: z.enum(COUNSELOR_KINDS).optional(),
});
export type UpdateStaffUserInput = z.infer<typeof updateStaffUserSchema>;

const reasonSchema = z.string().trim().max(200, t("field.tooLong", { max: 200 })).optional();

export const setUserActiveSchema = z.strictObject({ active: z.boolean(), reason: reasonSchema });
export type SetUserActiveInput = z.infer<typeof setUserActiveSchema>;

/** POST /api/v1/users/{id}/disable */
export const disableUserSchema = z.strictObject({ reason: reasonSchema });
/** POST /api/v1/users/{id}/enable */
export const enableUserSchema = z.strictObject({});

export const resetPasswordSchema = z.strictObject({ password: newPasswordSchema });
export type ResetPasswordInput = z.infer<typeof resetPasswordSchema>;

// An empty filter from a GET form ("?role=") means "any".
const anyOr = <T extends z.ZodType>(schema: T) => z.union([z.literal("").transform(() => undefined), schema]).optional();

export const USER_STATUSES = ["active", "disabled"] as const;
export type UserStatus = (typeof USER_STATUSES)[number];

export const listUsersSchema = z.strictObject({
  q: z.string().trim().max(40, t("field.tooLong", { max: 40 })).optional(),
  role: anyOr(z.enum(ROLES)),
  status: anyOr(z.enum(USER_STATUSES)),
  limit: z.coerce.number().int().min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
});
export type ListUsersInput = z.infer<typeof listUsersSchema>;
